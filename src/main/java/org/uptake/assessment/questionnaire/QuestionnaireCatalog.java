package org.uptake.assessment.questionnaire;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every questionnaire version ever loaded. At start the definitions shipped in
 * {@code assessment/questionnaires/*.yaml} are stored with their checksum; a changed file under an existing version
 * stops the start (release it as a new version instead). Old versions stay available from the database, so
 * assessments keep scoring under the version they were answered with.
 */
@Component
public class QuestionnaireCatalog {

    private static final Logger log = LoggerFactory.getLogger(QuestionnaireCatalog.class);

    private final JdbcTemplate jdbc;
    private final Map<String, Questionnaire> byKeyAndVersion = new ConcurrentHashMap<>();

    QuestionnaireCatalog(JdbcTemplate jdbc) throws IOException {
        this.jdbc = jdbc;
        for (Resource file : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:assessment/questionnaires/*.yaml")) {
            register(file.getContentAsString(StandardCharsets.UTF_8));
        }
        jdbc.query("select definition from questionnaire_version", row -> {
            Questionnaire stored = QuestionnaireParser.parse(row.getString(1));
            byKeyAndVersion.putIfAbsent(id(stored.key(), stored.version()), stored);
        });
    }

    /** Adds a questionnaire version (shipped files at start; tests and future admin uploads later). */
    public void register(String yaml) {
        Questionnaire shipped = QuestionnaireParser.parse(yaml);
        List<String> stored = jdbc.queryForList("select checksum from questionnaire_version "
                + "where questionnaire_key = ? and version = ?", String.class, shipped.key(), shipped.version());
        if (stored.isEmpty()) {
            try {
                jdbc.update("insert into questionnaire_version (questionnaire_key, version, checksum, definition, loaded_at) "
                        + "values (?, ?, ?, ?, ?)", shipped.key(), shipped.version(), shipped.checksum(), yaml,
                        Timestamp.from(Instant.now()));
                log.info("Questionnaire {} version {} loaded", shipped.key(), shipped.version());
            } catch (DuplicateKeyException anotherNode) {
                register(yaml);
                return;
            }
        } else if (!stored.getFirst().equals(shipped.checksum())) {
            throw new IllegalStateException("Questionnaire " + shipped.key() + " version " + shipped.version()
                    + " differs from the one stored: release changes as a new version");
        }
        byKeyAndVersion.put(id(shipped.key(), shipped.version()), shipped);
    }

    public Optional<Questionnaire> find(String key, int version) {
        return Optional.ofNullable(byKeyAndVersion.get(id(key, version)));
    }

    /** The newest version of a questionnaire, used for new assessments. */
    public Optional<Questionnaire> current(String key) {
        return byKeyAndVersion.values().stream().filter(q -> q.key().equals(key))
                .max(Comparator.comparingInt(Questionnaire::version));
    }

    /** The newest version of every questionnaire, ordered by key. */
    public List<Questionnaire> currentVersions() {
        return byKeyAndVersion.values().stream().map(Questionnaire::key).distinct().sorted()
                .map(key -> current(key).orElseThrow()).toList();
    }

    private static String id(String key, int version) {
        return key + "@" + version;
    }
}
