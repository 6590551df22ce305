package org.uptake.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every visible string exists in every language: a key missing in one bundle fails here. */
class MessageBundlesTest {

    static Stream<String> bundles() throws IOException {
        Resource[] all = new PathMatchingResourcePatternResolver().getResources("classpath:messages/*.properties");
        return Stream.of(all).map(Resource::getFilename).filter(name -> !name.contains("_"))
                .map(name -> name.replace(".properties", ""));
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyLanguageHasEveryKey(String bundle) throws IOException {
        Set<String> english = keys(bundle + ".properties");
        assertThat(english).isNotEmpty();
        for (Language language : Language.values()) {
            if (language == Language.EN) {
                continue;
            }
            Set<String> translated = keys(bundle + "_" + language.tag() + ".properties");
            assertThat(difference(english, translated)).as("keys of %s missing in %s", bundle, language).isEmpty();
            assertThat(difference(translated, english)).as("keys of %s only in %s", bundle, language).isEmpty();
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        Resource resource = new PathMatchingResourcePatternResolver().getResource("classpath:messages/" + file);
        assertThat(resource.exists()).as(file).isTrue();
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        properties.values().forEach(value -> assertThat(value.toString()).as("empty value in %s", file).isNotBlank());
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
