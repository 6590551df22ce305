package org.uptake.assessment.application;

import java.util.LinkedHashMap;
import java.util.Map;

import org.uptake.assessment.scoring.ScoreCard;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores a score card's dimension and question scores with the assessment, at full precision. */
final class ScoresJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ScoresJson() {
    }

    record Stored(Map<String, Double> dimensions, Map<String, Double> questions) {
    }

    static String write(ScoreCard card) {
        return JSON.writeValueAsString(new Stored(card.dimensions(), card.questions()));
    }

    static ScoreCard read(double overall, String level, String json) {
        Stored stored = JSON.readValue(json, new TypeReference<Stored>() { });
        return new ScoreCard(overall, level, new LinkedHashMap<>(stored.dimensions()), new LinkedHashMap<>(stored.questions()));
    }
}
