import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.uptake.assessment.benchmark.PeerGroup;
import org.uptake.assessment.questionnaire.Questionnaire;
import org.uptake.assessment.questionnaire.Questionnaire.Item;
import org.uptake.assessment.questionnaire.Questionnaire.Question;
import org.uptake.assessment.questionnaire.QuestionnaireParser;
import org.uptake.assessment.scoring.Answer;
import org.uptake.assessment.scoring.ScoreCard;
import org.uptake.assessment.scoring.Scoring;
import org.uptake.directory.OrganisationSummary;
import org.uptake.directory.OrganisationType;
import org.uptake.directory.SizeClass;

/**
 * Fills a PostgreSQL database that the application has migrated (and started once, so that the questionnaire
 * versions are registered) with N SME organisations, one submitted dma-sme T0 assessment each, and the
 * benchmark_distribution rows the application would have built by submitting them one by one.
 *
 * <p>Runs on the application's own classes (java -cp <app classes and libs> Generate.java ...), so that scores come
 * from {@link Scoring#score}, the scores JSON from the app's ScoresJson, the peer group keys from
 * {@link PeerGroup#of} and the histogram bytes from the app's Histogram (both package-private: called by
 * reflection). Everything is drawn from a seeded generator: the same N and seed give the same data.
 *
 * <p>Arguments: --url jdbc:postgresql://... --user postgres [--password ''] --n 10000 [--seed 2027] [--answers]
 * (--answers also writes one assessment_answer row per answered item; the benchmark endpoint does not read them).
 */
public class Generate {

    static final String QUESTIONNAIRE = "dma-sme";
    static final Instant START = Instant.parse("2025-01-06T07:00:00Z");
    static final long SPAN_SECONDS = 660L * 24 * 3600;

    /** Rough shares of enterprises by NACE section (EU business demography, rounded). */
    static final Map<String, Double> SECTION_WEIGHTS = new TreeMap<>(Map.ofEntries(
            Map.entry("A", 5.0), Map.entry("B", 0.2), Map.entry("C", 9.0), Map.entry("D", 0.5), Map.entry("E", 0.4),
            Map.entry("F", 14.0), Map.entry("G", 21.0), Map.entry("H", 5.0), Map.entry("I", 8.0), Map.entry("J", 4.0),
            Map.entry("K", 2.0), Map.entry("L", 4.0), Map.entry("M", 14.0), Map.entry("N", 5.0), Map.entry("O", 0.1),
            Map.entry("P", 1.0), Map.entry("Q", 3.0), Map.entry("R", 1.5), Map.entry("S", 3.0), Map.entry("T", 0.1),
            Map.entry("U", 0.05)));

    /** Digital maturity leaning by section: information and finance ahead, farming and building behind. */
    static final Map<String, Double> SECTION_EFFECT = Map.of("J", 0.12, "K", 0.08, "M", 0.06, "C", 0.02,
            "A", -0.08, "F", -0.06, "I", -0.04, "S", -0.03);

    record Firm(UUID id, String name, String nuts, String nace, String section, int employees, SizeClass size,
            String country, Instant createdAt, UUID assessmentId, Instant assessmentCreated, Instant submitted,
            Map<String, Answer> answers) {
    }

    final Random seedRandom;
    final long seed;
    final List<String> regions = new ArrayList<>();
    final Map<String, List<String>> classesOfSection = new TreeMap<>();
    final List<String> sections = new ArrayList<>();
    final double[] sectionCumulative;
    final Questionnaire questionnaire;
    final Method scoresJsonWrite;
    final Constructor<?> histogramNew;
    final Method histogramAdd;
    final Method histogramEncode;
    final Method histogramTotal;

    Generate(Connection db, long seed) throws Exception {
        this.seed = seed;
        this.seedRandom = new Random(seed);
        try (Statement s = db.createStatement()) {
            try (ResultSet r = s.executeQuery("select code from region where level = 3 and code not like '%ZZ%' "
                    + "order by code")) {
                while (r.next()) {
                    regions.add(r.getString(1));
                }
            }
            try (ResultSet r = s.executeQuery("select code, section from sector where level = 4 order by code")) {
                while (r.next()) {
                    classesOfSection.computeIfAbsent(r.getString(2), k -> new ArrayList<>()).add(r.getString(1));
                }
            }
            try (ResultSet r = s.executeQuery("select definition from questionnaire_version where questionnaire_key = '"
                    + QUESTIONNAIRE + "' order by version desc limit 1")) {
                if (!r.next()) {
                    throw new IllegalStateException("questionnaire " + QUESTIONNAIRE + " is not registered: start the "
                            + "application once against this database");
                }
                questionnaire = QuestionnaireParser.parse(r.getString(1));
            }
        }
        if (regions.isEmpty() || classesOfSection.isEmpty()) {
            throw new IllegalStateException("no reference data: start the application once against this database");
        }
        double sum = 0;
        List<Double> cumulative = new ArrayList<>();
        for (Map.Entry<String, Double> e : SECTION_WEIGHTS.entrySet()) {
            if (classesOfSection.containsKey(e.getKey())) {
                sections.add(e.getKey());
                sum += e.getValue();
                cumulative.add(sum);
            }
        }
        sectionCumulative = new double[cumulative.size()];
        for (int i = 0; i < sectionCumulative.length; i++) {
            sectionCumulative[i] = cumulative.get(i) / sum;
        }
        Class<?> scoresJson = Class.forName("org.uptake.assessment.application.ScoresJson");
        scoresJsonWrite = scoresJson.getDeclaredMethod("write", ScoreCard.class);
        scoresJsonWrite.setAccessible(true);
        Class<?> histogram = Class.forName("org.uptake.assessment.benchmark.Histogram");
        histogramNew = histogram.getDeclaredConstructor();
        histogramNew.setAccessible(true);
        histogramAdd = histogram.getDeclaredMethod("add", double.class, int.class);
        histogramAdd.setAccessible(true);
        histogramEncode = histogram.getDeclaredMethod("encode");
        histogramEncode.setAccessible(true);
        histogramTotal = histogram.getDeclaredMethod("total");
        histogramTotal.setAccessible(true);
    }

    static UUID uuid(Random random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    /** Firm number i, always the same for the same seed; withAnswers false skips drawing the answers. */
    Firm firm(int i, boolean withAnswers) {
        Random random = new Random(seed * 1_000_003L + i);
        UUID id = uuid(random);
        String nuts = regions.get(random.nextInt(regions.size()));
        double p = random.nextDouble();
        int s = 0;
        while (s < sectionCumulative.length - 1 && p > sectionCumulative[s]) {
            s++;
        }
        String section = sections.get(s);
        List<String> classes = classesOfSection.get(section);
        String nace = classes.get(random.nextInt(classes.size()));
        double q = random.nextDouble();
        int employees = q < 0.70 ? 1 + random.nextInt(9)
                : q < 0.92 ? 10 + random.nextInt(40)
                : q < 0.99 ? 50 + random.nextInt(200)
                : 250 + random.nextInt(1750);
        SizeClass size = SizeClass.of(employees, null, null);
        Instant assessmentCreated = START.plusSeconds((long) (random.nextDouble() * SPAN_SECONDS));
        Instant created = assessmentCreated.minusSeconds((long) (random.nextDouble() * 90 * 24 * 3600));
        Instant submitted = assessmentCreated.plusSeconds((long) (random.nextDouble() * 14 * 24 * 3600));
        UUID assessmentId = uuid(random);
        String name = String.format(Locale.ROOT, "Bench %s %s firm %07d", nuts, section, i + 1);
        Map<String, Answer> answers = null;
        if (withAnswers) {
            double countryEffect = ((nuts.substring(0, 2).hashCode() & 0xFF) / 255.0 - 0.5) * 0.16;
            double maturity = 0.2 + 0.1 * size.ordinal() + random.nextDouble() * 0.35 + countryEffect
                    + SECTION_EFFECT.getOrDefault(section, 0.0);
            answers = answers(random, Math.max(0.02, Math.min(0.95, maturity)));
        }
        return new Firm(id, name, nuts, nace, section, employees, size, nuts.substring(0, 2), created, assessmentId,
                assessmentCreated, submitted, answers);
    }

    /** Like the demo data: each item positive with probability maturity; a few firms collect no data digitally. */
    Map<String, Answer> answers(Random random, double maturity) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        boolean noDigitalData = maturity < 0.3 && random.nextDouble() < 0.25;
        for (Question question : questionnaire.questions()) {
            Item exclusive = question.exclusiveItem().orElse(null);
            boolean none = exclusive != null && noDigitalData;
            for (Item item : question.scoredItems()) {
                boolean yes = !none && random.nextDouble() < maturity;
                answers.put(item.id(), switch (question.kind()) {
                    case CHECKBOX, YESNO -> new Answer.Ticked(yes);
                    case INVEST_MATRIX -> new Answer.Investment(random.nextDouble() < maturity + 0.1, yes);
                    case SCALE05 -> new Answer.Scale((int) Math.max(0, Math.min(5,
                            Math.round(maturity * 5 + random.nextGaussian()))));
                    case TRISTATE -> new Answer.Tristate(yes ? Answer.Tristate.Choice.YES
                            : random.nextBoolean() ? Answer.Tristate.Choice.PARTIALLY : Answer.Tristate.Choice.NO);
                });
            }
            if (none) {
                answers.put(exclusive.id(), new Answer.Ticked(true));
            }
        }
        return answers;
    }

    /** Buffers COPY text and sends it in chunks. */
    static final class Copy implements AutoCloseable {
        private final CopyIn in;
        private final StringBuilder buffer = new StringBuilder(1 << 21);
        long rows;

        Copy(Connection db, String sql) throws Exception {
            this.in = db.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        }

        void row(Object... values) throws Exception {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append('\t');
                }
                Object v = values[i];
                if (v == null) {
                    buffer.append("\\N");
                } else {
                    String text = v.toString();
                    if (text.indexOf('\\') >= 0 || text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0
                            || text.indexOf('\r') >= 0) {
                        throw new IllegalArgumentException("value needs COPY escaping: " + text);
                    }
                    buffer.append(text);
                }
            }
            buffer.append('\n');
            rows++;
            if (buffer.length() > (1 << 20)) {
                flush();
            }
        }

        private void flush() throws Exception {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        @Override
        public void close() throws Exception {
            flush();
            in.endCopy();
        }
    }

    static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        if (fallback == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return fallback;
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    public static void main(String[] args) throws Exception {
        String url = arg(args, "--url", null);
        int n = Integer.parseInt(arg(args, "--n", null));
        long seed = Long.parseLong(arg(args, "--seed", "2027"));
        boolean withAnswerRows = List.of(args).contains("--answers");
        long total = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, arg(args, "--user", "postgres"),
                arg(args, "--password", ""))) {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                    "select (select count(*) from organisation), (select count(*) from assessment)")) {
                r.next();
                if (r.getLong(1) > 0 || r.getLong(2) > 0) {
                    throw new IllegalStateException("the database has organisations or assessments already; "
                            + "the generator fills a fresh one");
                }
            }
            Generate generator = new Generate(db, seed);
            int version = generator.questionnaire.version();
            System.out.printf(Locale.ROOT, "generating N=%d (seed %d) over %d NUTS 3 regions and %d NACE classes, "
                    + "questionnaire %s v%d, answer rows: %s%n", n, seed, generator.regions.size(),
                    generator.classesOfSection.values().stream().mapToInt(List::size).sum(), QUESTIONNAIRE, version,
                    withAnswerRows);

            long phase = System.nanoTime();
            try (Copy copy = new Copy(db, "copy organisation (id, name, type, nuts_code, nace_code, nace_section, "
                    + "employees, turnover_eur, balance_sheet_eur, size_class, website, street, postal_code, city, "
                    + "country_code, created_at, updated_at, version) from stdin")) {
                for (int i = 0; i < n; i++) {
                    Firm f = generator.firm(i, false);
                    copy.row(f.id, f.name, OrganisationType.SME.name(), f.nuts, f.nace, f.section, f.employees, null,
                            null, f.size.name(), null, null, null, null, f.country, f.createdAt, f.createdAt, 0);
                }
            }
            System.out.printf(Locale.ROOT, "organisations: %d rows in %.1f s%n", n, seconds(phase));

            phase = System.nanoTime();
            Map<String, Map<String, Object>> histograms = new TreeMap<>();
            Map<String, Integer> levels = new TreeMap<>();
            long answerRows = 0;
            try (Copy copy = new Copy(db, "copy assessment (id, organisation_id, questionnaire_key, "
                    + "questionnaire_version, stage, status, created_by, created_at, updated_at, submitted_at, "
                    + "overall_score, level, scores, peer_groups, version) from stdin")) {
                for (int i = 0; i < n; i++) {
                    Firm f = generator.firm(i, true);
                    List<String> missing = Scoring.missing(generator.questionnaire, f.answers);
                    List<String> exclusive = Scoring.exclusivityViolations(generator.questionnaire, f.answers);
                    if (!missing.isEmpty() || !exclusive.isEmpty()) {
                        throw new IllegalStateException("firm " + i + ": the app would refuse these answers: missing "
                                + missing + ", exclusive " + exclusive);
                    }
                    ScoreCard card = Scoring.score(generator.questionnaire, f.answers);
                    String scores = (String) generator.scoresJsonWrite.invoke(null, card);
                    List<PeerGroup> groups = PeerGroup.of(new OrganisationSummary(f.id, f.name, OrganisationType.SME,
                            f.nuts, f.nace, f.section, f.size, f.country));
                    copy.row(f.assessmentId, f.id, QUESTIONNAIRE, version, "T0", "SUBMITTED", null,
                            f.assessmentCreated, f.submitted, f.submitted, card.overall(), card.level(), scores,
                            PeerGroup.join(groups), 1);
                    levels.merge(card.level(), 1, Integer::sum);
                    // as Benchmarks.replace: metric "overall" and then every dimension, in each group
                    Map<String, Double> metrics = new LinkedHashMap<>();
                    metrics.put("overall", card.overall());
                    metrics.putAll(card.dimensions());
                    for (PeerGroup group : groups) {
                        Map<String, Object> byMetric = histograms.computeIfAbsent(group.key(), k -> new TreeMap<>());
                        for (Map.Entry<String, Double> metric : metrics.entrySet()) {
                            Object h = byMetric.get(metric.getKey());
                            if (h == null) {
                                h = generator.histogramNew.newInstance();
                                byMetric.put(metric.getKey(), h);
                            }
                            generator.histogramAdd.invoke(h, metric.getValue(), 1);
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "assessments: %d rows in %.1f s; levels %s%n", n, seconds(phase), levels);

            if (withAnswerRows) {
                phase = System.nanoTime();
                try (Copy copy = new Copy(db, "copy assessment_answer (assessment_id, item_id, answer, updated_at) "
                        + "from stdin")) {
                    for (int i = 0; i < n; i++) {
                        Firm f = generator.firm(i, true);
                        for (Map.Entry<String, Answer> a : f.answers.entrySet()) {
                            copy.row(f.assessmentId, a.getKey(), a.getValue().encode(), f.submitted);
                        }
                    }
                    answerRows = copy.rows;
                }
                System.out.printf(Locale.ROOT, "assessment answers: %d rows in %.1f s%n", answerRows, seconds(phase));
            }

            phase = System.nanoTime();
            int rows = 0;
            try (Statement s = db.createStatement()) {
                s.executeUpdate("delete from benchmark_distribution where questionnaire_key = '" + QUESTIONNAIRE + "'");
            }
            try (PreparedStatement insert = db.prepareStatement("insert into benchmark_distribution "
                    + "(questionnaire_key, peer_group, metric, total, counts) values (?, ?, ?, ?, ?)")) {
                for (Map.Entry<String, Map<String, Object>> group : histograms.entrySet()) {
                    for (Map.Entry<String, Object> metric : group.getValue().entrySet()) {
                        insert.setString(1, QUESTIONNAIRE);
                        insert.setString(2, group.getKey());
                        insert.setString(3, metric.getKey());
                        insert.setInt(4, (Integer) generator.histogramTotal.invoke(metric.getValue()));
                        insert.setBytes(5, (byte[]) generator.histogramEncode.invoke(metric.getValue()));
                        insert.addBatch();
                        rows++;
                        if (rows % 500 == 0) {
                            insert.executeBatch();
                        }
                    }
                }
                insert.executeBatch();
            }
            System.out.printf(Locale.ROOT, "benchmark_distribution: %d rows (%d peer groups) in %.1f s%n", rows,
                    histograms.size(), seconds(phase));

            phase = System.nanoTime();
            db.commit();
            db.setAutoCommit(true);
            try (Statement s = db.createStatement()) {
                s.execute("analyze organisation");
                s.execute("analyze assessment");
                s.execute("analyze benchmark_distribution");
                if (withAnswerRows) {
                    s.execute("analyze assessment_answer");
                }
            }
            System.out.printf(Locale.ROOT, "commit and analyze in %.1f s%n", seconds(phase));
        }
        System.out.printf(Locale.ROOT, "generation total: %.1f s%n", seconds(total));
    }
}
