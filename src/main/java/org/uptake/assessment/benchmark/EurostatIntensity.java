package org.uptake.assessment.benchmark;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.uptake.directory.SizeClass;

/**
 * Eurostat's share of enterprises with at least a basic level of digital intensity (isoc_e_dii, indicator
 * E_DI3_GELO) by country and size class, to set a firm's Digital Intensity Index beside its country and the EU.
 * Eurostat counts enterprises from 10 persons employed; micro firms are compared with small ones (10-49).
 */
@Component
public class EurostatIntensity {

    public static final String INDICATOR = "E_DI3_GELO";
    public static final String SOURCE = "Eurostat, isoc_e_dii (Digital Intensity Index v3), E_DI3_GELO, % of enterprises";
    private static final String EU = "EU27_2020";

    /** A published share for one country (or the EU) and size band in the latest year available. */
    public record Share(String geo, String sizeBand, int year, double percent) {
    }

    public record Comparison(Share country, Share eu, boolean microComparedWithSmall, String source) {
    }

    private final Map<String, Share> latest = new HashMap<>();

    EurostatIntensity() throws IOException {
        try (Reader reader = new InputStreamReader(new ClassPathResource("assessment/eurostat/isoc_e_dii.csv")
                .getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                if (!INDICATOR.equals(row.get("indic_is")) || row.get("OBS_VALUE").isBlank()) {
                    continue;
                }
                Share share = new Share(row.get("geo"), row.get("size_emp"), Integer.parseInt(row.get("TIME_PERIOD")),
                        Double.parseDouble(row.get("OBS_VALUE")));
                latest.merge(share.geo() + "/" + share.sizeBand(), share,
                        (a, b) -> Comparator.comparingInt(Share::year).compare(a, b) >= 0 ? a : b);
            }
        }
    }

    /** The comparison for a firm's country (NUTS country code) and size class, where Eurostat publishes one. */
    public Optional<Comparison> compare(String nutsCountry, SizeClass size) {
        String band = switch (size) {
            case MICRO, SMALL -> "10-49";
            case MEDIUM -> "50-249";
            case LARGE -> "GE250";
        };
        Share eu = latest.get(EU + "/" + band);
        if (eu == null) {
            return Optional.empty();
        }
        return Optional.of(new Comparison(latest.get(nutsCountry + "/" + band), eu, size == SizeClass.MICRO, SOURCE));
    }
}
