package org.uptake.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.uptake.assessment.benchmark.EurostatIntensity;
import org.uptake.directory.SizeClass;

class EurostatIntensityTest {

    private final EurostatIntensity eurostat = newInstance();

    private static EurostatIntensity newInstance() {
        try {
            var constructor = EurostatIntensity.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void comparesWithTheLatestYearForCountryAndSizeBand() {
        var small = eurostat.compare("DE", SizeClass.SMALL).orElseThrow();
        assertThat(small.country().percent()).isEqualTo(70.99);
        assertThat(small.country().year()).isEqualTo(2025);
        assertThat(small.eu().percent()).isEqualTo(68.85);
        assertThat(small.microComparedWithSmall()).isFalse();

        assertThat(eurostat.compare("NO", SizeClass.MEDIUM).orElseThrow().country().percent()).isEqualTo(94.11);
    }

    @Test
    void microFirmsAreComparedWithSmallOnesAndSaySo() {
        var micro = eurostat.compare("NO", SizeClass.MICRO).orElseThrow();
        assertThat(micro.microComparedWithSmall()).isTrue();
        assertThat(micro.country().sizeBand()).isEqualTo("10-49");
        assertThat(eurostat.compare("XK", SizeClass.SMALL).orElseThrow().country()).isNull();
    }
}
