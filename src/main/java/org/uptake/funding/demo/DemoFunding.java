package org.uptake.funding.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.uptake.directory.Directory;
import org.uptake.directory.OrganisationSummary;
import org.uptake.directory.OrganisationType;
import org.uptake.funding.application.Application;
import org.uptake.funding.application.ApplicationDocuments;
import org.uptake.funding.application.ApplicationRepository;
import org.uptake.funding.application.ApplicationRequest;
import org.uptake.funding.application.ApplicationRequest.BudgetRequest;
import org.uptake.funding.application.ApplicationRequest.PartnerRequest;
import org.uptake.funding.application.ApplicationResult;
import org.uptake.funding.application.Applications;
import org.uptake.funding.call.CallRequest;
import org.uptake.funding.call.Calls;
import org.uptake.funding.demo.DemoProjects.Outcome;
import org.uptake.funding.demo.DemoProjects.Project;
import org.uptake.funding.ranking.Decisions;
import org.uptake.funding.ranking.RankingResult;
import org.uptake.funding.ranking.Rankings;
import org.uptake.funding.ranking.ReviewRequests;
import org.uptake.funding.review.AssignmentRequest;
import org.uptake.funding.review.Assignments;
import org.uptake.funding.review.Consensus;
import org.uptake.funding.review.Eligibility;
import org.uptake.funding.review.EligibilityRequest;
import org.uptake.funding.review.ReviewRequest;
import org.uptake.funding.review.Reviews;
import org.uptake.funding.review.ScoreInput;
import org.uptake.funding.review.Outcome.Done;
import org.uptake.identity.Accounts;
import org.uptake.identity.UptakeUser;

/**
 * Funding calls of the demo (profile {@code demo} only), on the demo organisations of directory: "Smart Region 2026"
 * with twelve applications of consortia from the Altmark and Trøndelag, each submitted, checked, reviewed by two
 * reviewers, agreed in a consensus, ranked, selected within the budget and decided (one ineligible, one approved with
 * conditions and revised since, one contested with an answered request for evaluation review); and the open call
 * "Smart Region 2027" with a submitted application of the demo SME and a draft. Everything goes through the
 * module's use cases; only the dates of the decided call are moved into the past afterwards, since its deadline
 * must lie ahead while applications are submitted. Runs once: nothing is done when "Smart Region 2026" exists.
 */
@Component
@Profile("demo")
@Order(60)
class DemoFunding implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoFunding.class);
    static final String DECIDED_TITLE = "Smart Region 2026";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final List<String> REVIEWERS = List.of("reviewer@uptake.demo", "reviewer2@uptake.demo",
            "reviewer3@uptake.demo");
    private static final String[] CRITERIA = { "relevance", "workplan", "impact" };

    private final Calls calls;
    private final Applications applications;
    private final ApplicationDocuments documents;
    private final Eligibility eligibility;
    private final Assignments assignments;
    private final Reviews reviews;
    private final Consensus consensus;
    private final Rankings rankings;
    private final Decisions decisions;
    private final ReviewRequests reviewRequests;
    private final Directory directory;
    private final Accounts accounts;
    private final JdbcTemplate jdbc;
    private final ApplicationRepository applicationRepository;

    DemoFunding(Calls calls, Applications applications, ApplicationDocuments documents, Eligibility eligibility,
            Assignments assignments, Reviews reviews, Consensus consensus, Rankings rankings, Decisions decisions,
            ReviewRequests reviewRequests, Directory directory, Accounts accounts, JdbcTemplate jdbc,
            ApplicationRepository applicationRepository) {
        this.applicationRepository = applicationRepository;
        this.calls = calls;
        this.applications = applications;
        this.documents = documents;
        this.eligibility = eligibility;
        this.assignments = assignments;
        this.reviews = reviews;
        this.consensus = consensus;
        this.rankings = rankings;
        this.decisions = decisions;
        this.reviewRequests = reviewRequests;
        this.directory = directory;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        UptakeUser manager = user("manager@uptake.demo");
        if (calls.list(manager, null).stream().anyMatch(c -> DECIDED_TITLE.equals(c.title().en()))) {
            log.debug("Demo funding calls already present, nothing to do");
            return;
        }
        Map<String, OrganisationSummary> organisations = new LinkedHashMap<>();
        directory.organisationsOfTypes(EnumSet.allOf(OrganisationType.class))
                .forEach(o -> organisations.put(o.name(), o));
        decidedCall(manager, organisations);
        openCall(manager, organisations);
        log.info("Demo funding calls created: {} (decided) and Smart Region 2027 (open)", DECIDED_TITLE);
    }

    private void decidedCall(UptakeUser manager, Map<String, OrganisationSummary> organisations) {
        LocalDateTime now = LocalDateTime.now(BERLIN).truncatedTo(ChronoUnit.SECONDS);
        UUID callId = call(manager, DemoTexts.call2026(now.minusDays(120), now.plusHours(1)));
        Map<Project, UUID> submitted = new LinkedHashMap<>();
        for (Project project : DemoProjects.DECIDED_CALL) {
            UptakeUser lead = owner(organisations, project.lead());
            UUID id = draft(lead, callId, request(project, organisations, callId, now.toLocalDate()));
            expect(applications.submit(lead, id, Locale.forLanguageTag(lead.locale())),
                    ApplicationResult.Submitted.class, project.acronym());
            submitted.put(project, id);
        }
        closedFiftyDaysAgo(callId);

        submitted.forEach((project, id) -> done(eligibility.check(manager, id, project.outcome() == Outcome.INELIGIBLE
                ? new EligibilityRequest(false, DemoTexts.DE_MINIMIS, null)
                : new EligibilityRequest(true, null, null)), project.acronym()));
        List<UUID> pool = REVIEWERS.stream().map(this::user).map(UptakeUser::id).toList();
        var run = done(assignments.assign(manager, callId, new AssignmentRequest("AUTO", pool, null)), "assignment");
        run.made().forEach(assignment -> {
            Project project = projectOf(submitted, assignment.getApplicationId());
            UptakeUser reviewer = UptakeUser.of(accounts.findById(assignment.getReviewerId()).orElseThrow());
            done(reviews.submit(reviewer, assignment.getApplicationId(), new ReviewRequest(false, null,
                    scores(project, assignment.isLead() ? 0 : 1, project.german()))), project.acronym());
        });
        run.made().stream().filter(a -> a.isLead()).forEach(lead -> {
            Project project = projectOf(submitted, lead.getApplicationId());
            UptakeUser reviewer = UptakeUser.of(accounts.findById(lead.getReviewerId()).orElseThrow());
            done(consensus.set(reviewer, lead.getApplicationId(), scores(project, -1, project.german())),
                    project.acronym());
        });
        expect(rankings.select(manager, callId), RankingResult.Done.class, "selection");
        decide(manager, submitted);
        revise(submitted, organisations, callId);
        contest(manager, submitted, organisations);
    }

    /** Selected applications are approved (one with conditions), the others rejected with their reason. */
    private void decide(UptakeUser manager, Map<Project, UUID> submitted) {
        Map<UUID, Application> ranked = new LinkedHashMap<>();
        applicationRepository.findAllById(submitted.values()).forEach(a -> ranked.put(a.getId(), a));
        submitted.forEach((project, id) -> {
            String decision;
            String text;
            if (project.outcome() == Outcome.INELIGIBLE) {
                decision = "INELIGIBLE";
                text = DemoTexts.DE_MINIMIS;
            } else if (ranked.get(id).isSelected()) {
                decision = project.outcome() == Outcome.CONDITIONS ? "APPROVED_WITH_CONDITIONS" : "APPROVED";
                text = project.outcome() == Outcome.CONDITIONS ? DemoTexts.CONDITIONS : DemoTexts.approved(project);
            } else {
                decision = "REJECTED";
                Integer reserveRank = ranked.get(id).getReserveRank();
                text = reserveRank != null ? DemoTexts.reserve(reserveRank) : DemoTexts.BELOW_THRESHOLD;
            }
            expect(decisions.decide(manager, id, new Decisions.DecisionRequest(decision, text, null)),
                    RankingResult.Done.class, project.acronym());
        });
    }

    /** The consortium approved with conditions sends its revised version. */
    private void revise(Map<Project, UUID> submitted, Map<String, OrganisationSummary> organisations, UUID callId) {
        submitted.entrySet().stream().filter(e -> e.getKey().outcome() == Outcome.CONDITIONS).forEach(e -> {
            UptakeUser lead = owner(organisations, e.getKey().lead());
            ApplicationRequest revised = request(e.getKey(), organisations, callId, LocalDate.now(BERLIN));
            revised = new ApplicationRequest(revised.title(), revised.acronym(), revised.summary() + " "
                    + DemoTexts.REVISION, revised.leadOrganisationId(), revised.partners(), revised.budget(),
                    revised.requestedGrant(), revised.ownContribution(), revised.sections(), revised.projectStart(),
                    revised.projectEnd(), null);
            expect(applications.update(lead, e.getValue(), revised), ApplicationResult.Done.class, "revision");
            expect(applications.submit(lead, e.getValue(), Locale.GERMAN), ApplicationResult.Submitted.class,
                    "revision");
        });
    }

    /** The lead of a rejected application asks for an evaluation review; the programme dismisses it. */
    private void contest(UptakeUser manager, Map<Project, UUID> submitted,
            Map<String, OrganisationSummary> organisations) {
        submitted.entrySet().stream().filter(e -> e.getKey().outcome() == Outcome.CONTESTED).forEach(e -> {
            UptakeUser lead = owner(organisations, e.getKey().lead());
            expect(reviewRequests.request(lead, e.getValue(), DemoTexts.REVIEW_REQUEST), RankingResult.Done.class,
                    "review request");
            UUID requestId = jdbc.queryForObject("select id from funding_review_request where application_id = ?",
                    UUID.class, e.getValue());
            expect(reviewRequests.answer(manager, requestId, "DISMISSED", DemoTexts.REVIEW_ANSWER),
                    RankingResult.Done.class, "review answer");
        });
    }

    private void openCall(UptakeUser manager, Map<String, OrganisationSummary> organisations) {
        LocalDateTime now = LocalDateTime.now(BERLIN).truncatedTo(ChronoUnit.DAYS);
        UUID callId = call(manager, DemoTexts.call2027(now.minusDays(7), now.plusDays(42).withHour(23)
                .withMinute(59).withSecond(59)));
        Project hoffmann = new Project("Tischlerei Hoffmann GmbH", List.of("Haustechnik Lindemann GmbH",
                "Digitalisierungszentrum Altmark"), "BAUDOK", "Digitale Baustellendokumentation",
                "Fotos, M\u00e4ngel und Abnahmen der Baustelle an einem Ort, vom Handy aus, f\u00fcr zwei "
                        + "Handwerksbetriebe und ihre Kunden.",
                42000, new int[] { 0, 0, 0 }, Outcome.FUNDABLE, true);
        UptakeUser sabine = user("sme@uptake.demo");
        UUID submitted = draft(sabine, callId, request(hoffmann, organisations, callId, now.toLocalDate()));
        expect(documents.upload(sabine, submitted, "letters", "absichtserklaerungen.pdf", letterOfIntent()),
                ApplicationResult.Uploaded.class, "upload");
        expect(applications.submit(sabine, submitted, Locale.GERMAN), ApplicationResult.Submitted.class, "BAUDOK");
        Project draft = new Project("Nidaros Elektro AS", List.of("Trøndelag Håndverkerforening"), "SMARTHUS",
                "Smarthus-service for eldre boliger", "", 30000, new int[] { 0, 0, 0 }, Outcome.FUNDABLE, false);
        UptakeUser nidaros = owner(organisations, draft.lead());
        draft(nidaros, callId, new ApplicationRequest(draft.title(), draft.acronym(), null,
                organisations.get(draft.lead()).id(), List.of(new PartnerRequest(organisations.get(
                        "Tr\u00f8ndelag H\u00e5ndverkerforening").id(), "PARTNER", null)), List.of(), null, null,
                Map.of(), null, null, null));
    }

    private UUID call(UptakeUser manager, CallRequest request) {
        Calls.Result created = calls.create(manager, request);
        if (!(created instanceof Calls.Done done)) {
            throw new IllegalStateException("Demo call was not created: " + created);
        }
        if (!(calls.publish(manager, done.call().id()) instanceof Calls.Done)) {
            throw new IllegalStateException("Demo call was not published");
        }
        return done.call().id();
    }

    private UUID draft(UptakeUser lead, UUID callId, ApplicationRequest request) {
        return expect(applications.create(lead, callId, request), ApplicationResult.Done.class, request.acronym())
                .application().id();
    }

    /**
     * The application as its consortium sends it: the lead takes half of the costs, the partners share the rest;
     * each has staff costs, the 15 % flat rate for office and administration, and travel or external expertise.
     * The total is such that the grant asks for at most 65 % of it.
     */
    private ApplicationRequest request(Project project, Map<String, OrganisationSummary> organisations, UUID callId,
            LocalDate today) {
        List<UUID> consortium = new ArrayList<>();
        consortium.add(organisation(organisations, project.lead()));
        project.partners().forEach(p -> consortium.add(organisation(organisations, p)));
        BigDecimal grant = BigDecimal.valueOf(project.grant());
        BigDecimal total = grant.divide(new BigDecimal("0.65"), 0, RoundingMode.CEILING)
                .setScale(-2, RoundingMode.CEILING).setScale(2);
        List<BudgetRequest> budget = new ArrayList<>();
        BigDecimal left = total;
        for (int i = 0; i < consortium.size(); i++) {
            BigDecimal share = i == consortium.size() - 1 ? left : (i == 0 ? total.divide(BigDecimal.TWO)
                    : total.divide(BigDecimal.valueOf(2L * (consortium.size() - 1)), 2, RoundingMode.DOWN));
            left = left.subtract(share);
            BigDecimal staff = share.multiply(new BigDecimal("0.6")).divide(new BigDecimal("1.15"), 2,
                    RoundingMode.DOWN);
            BigDecimal office = staff.multiply(new BigDecimal("0.15")).setScale(2, RoundingMode.HALF_UP);
            budget.add(new BudgetRequest(consortium.get(i), "STAFF", staff));
            budget.add(new BudgetRequest(consortium.get(i), "OFFICE_ADMINISTRATION", office));
            budget.add(new BudgetRequest(consortium.get(i), i == 0 ? "EXTERNAL_EXPERTISE" : "TRAVEL",
                    share.subtract(staff).subtract(office)));
        }
        List<PartnerRequest> partners = consortium.subList(1, consortium.size()).stream()
                .map(id -> new PartnerRequest(id, "PARTNER", null)).toList();
        return new ApplicationRequest(project.title(), project.acronym(), project.summary(), consortium.get(0),
                partners, budget, grant, total.subtract(grant), DemoTexts.sections(project),
                today.plusMonths(3).withDayOfMonth(1), today.plusMonths(21).withDayOfMonth(1).minusDays(1), null);
    }

    /**
     * Scores around the consensus: the lead reviewer ({@code 0}) gives it, the second ({@code 1}) differs by one on
     * the work plan; {@code -1} is the consensus itself.
     */
    private static List<ScoreInput> scores(Project project, int reviewer, boolean german) {
        List<ScoreInput> scores = new ArrayList<>();
        for (int c = 0; c < CRITERIA.length; c++) {
            int agreed = project.consensus()[c];
            int score = reviewer == 1 && c == 1 ? Math.min(5, agreed + 1) : agreed;
            scores.add(new ScoreInput(CRITERIA[c], score, DemoTexts.justification(CRITERIA[c], score, reviewer < 0,
                    german)));
        }
        return scores;
    }

    /** The deadline of the decided call was fifty days ago; its applications came in the days before it. */
    private void closedFiftyDaysAgo(UUID callId) {
        Instant deadline = LocalDateTime.now(BERLIN).minusDays(50).withHour(23).withMinute(59).withSecond(59)
                .truncatedTo(ChronoUnit.SECONDS).atZone(BERLIN).toInstant();
        jdbc.update("update funding_call set deadline = ? where id = ?", ts(deadline), callId);
        List<UUID> ids = jdbc.queryForList("select id from funding_application where call_id = ?", UUID.class,
                callId);
        for (int i = 0; i < ids.size(); i++) {
            Duration back = Duration.ofDays(52).plusHours(7L * i);
            UUID id = ids.get(i);
            shift("funding_application", "id = ?", back, List.of("created_at", "submitted_at", "updated_at"), id);
            shift("funding_status_change", "application_id = ?", back, List.of("changed_at"), id);
            shift("funding_version", "application_id = ?", back, List.of("submitted_at"), id);
        }
    }

    /** Moves the time columns of the rows that match back by the duration (portable SQL: computed here). */
    private void shift(String table, String where, Duration back, List<String> columns, Object key) {
        String key0 = table.equals("funding_version") ? "application_id, version_number" : "id";
        jdbc.query("select " + key0 + ", " + String.join(", ", columns) + " from " + table + " where " + where,
                row -> {
                    List<Object> values = new ArrayList<>();
                    for (String column : columns) {
                        java.sql.Timestamp time = row.getTimestamp(column);
                        values.add(time == null ? null : ts(time.toInstant().minus(back)));
                    }
                    String set = String.join(", ", columns.stream().map(c -> c + " = ?").toList());
                    if (key0.equals("id")) {
                        values.add(row.getObject("id"));
                        jdbc.update("update " + table + " set " + set + " where id = ?", values.toArray());
                    } else {
                        values.add(row.getObject("application_id"));
                        values.add(row.getInt("version_number"));
                        jdbc.update("update " + table + " set " + set + " where application_id = ? and "
                                + "version_number = ?", values.toArray());
                    }
                }, key);
    }

    private static java.sql.Timestamp ts(Instant instant) {
        return java.sql.Timestamp.from(instant);
    }

    /** A one-page PDF, as the scanned letters of intent would be. */
    private static byte[] letterOfIntent() {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 720);
                text.showText("Absichtserklaerungen der Partner - Digitale Baustellendokumentation");
                text.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Project projectOf(Map<Project, UUID> submitted, UUID applicationId) {
        return submitted.entrySet().stream().filter(e -> e.getValue().equals(applicationId)).findFirst()
                .orElseThrow().getKey();
    }

    private UUID organisation(Map<String, OrganisationSummary> organisations, String name) {
        OrganisationSummary found = organisations.get(name);
        if (found == null) {
            throw new IllegalStateException("Demo organisation missing: " + name);
        }
        return found.id();
    }

    /** The first member of the organisation (its owner in the demo data). */
    private UptakeUser owner(Map<String, OrganisationSummary> organisations, String name) {
        UUID account = directory.memberAccountIds(organisation(organisations, name)).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo organisation without members: " + name));
        return UptakeUser.of(accounts.findById(account).orElseThrow());
    }

    private UptakeUser user(String email) {
        return UptakeUser.of(accounts.findByEmail(email).orElseThrow(
                () -> new IllegalStateException("Demo account missing: " + email)));
    }

    private static <T> T expect(Object result, Class<T> expected, String what) {
        if (!expected.isInstance(result)) {
            throw new IllegalStateException("Demo funding step failed for " + what + ": " + result);
        }
        return expected.cast(result);
    }

    private static <T> T done(org.uptake.funding.review.Outcome<T> outcome, String what) {
        if (outcome instanceof Done<T> done) {
            return done.value();
        }
        throw new IllegalStateException("Demo funding step failed for " + what + ": " + outcome);
    }
}
