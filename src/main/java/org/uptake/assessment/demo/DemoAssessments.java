package org.uptake.assessment.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.uptake.assessment.application.AdvisorSharing;
import org.uptake.assessment.application.Assessments;
import org.uptake.assessment.model.AssessmentRepository;
import org.uptake.assessment.questionnaire.Questionnaire;
import org.uptake.assessment.questionnaire.Questionnaire.Item;
import org.uptake.assessment.questionnaire.QuestionnaireCatalog;
import org.uptake.directory.Directory;
import org.uptake.directory.OrganisationSummary;
import org.uptake.directory.OrganisationType;
import org.uptake.identity.Accounts;
import org.uptake.identity.UptakeUser;

/**
 * Demo assessments (profile {@code demo}): every demo SME has submitted a T0 digital maturity assessment, so
 * benchmarks show real figures; the demo SME user's own firm also has a better T1, to show progress. Answers are
 * drawn from a seeded random generator per firm (larger firms a little more mature), so every start looks alike.
 * Goes through the same use cases as users do. Firms that have any assessment are left alone, so it runs once.
 */
@Component
@Profile("demo")
@Order(30)
class DemoAssessments implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAssessments.class);
    private static final String QUESTIONNAIRE = "dma-sme";
    private static final List<String> OWNERS = List.of("sme@uptake.demo", "admin@uptake.demo", "manager@uptake.demo",
            "trainer@uptake.demo", "librarian@uptake.demo");
    private static final String ADVISOR = "advisor@uptake.demo";

    private final Assessments assessments;
    private final AssessmentRepository repository;
    private final QuestionnaireCatalog catalog;
    private final Directory directory;
    private final Accounts accounts;
    private final AdvisorSharing sharing;

    DemoAssessments(Assessments assessments, AssessmentRepository repository, QuestionnaireCatalog catalog,
            Directory directory, Accounts accounts, AdvisorSharing sharing) {
        this.sharing = sharing;
        this.assessments = assessments;
        this.repository = repository;
        this.catalog = catalog;
        this.directory = directory;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        Questionnaire questionnaire = catalog.current(QUESTIONNAIRE).orElseThrow();
        // Half the demo firms share with the demo advisor's chamber, so the advisor's list has something to show.
        List<UUID> advisorOrganisations = accounts.findByEmail(ADVISOR)
                .map(advisor -> directory.affiliations(advisor.id()).stream().map(a -> a.organisation().id()).toList())
                .orElse(List.of());
        int submitted = 0;
        for (String email : OWNERS) {
            UptakeUser owner = UptakeUser.of(accounts.findByEmail(email).orElseThrow());
            for (Directory.Affiliation affiliation : directory.affiliations(owner.id())) {
                OrganisationSummary firm = affiliation.organisation();
                if (firm.type() != OrganisationType.SME
                        || !repository.findByOrganisationIdOrderByCreatedAtDesc(firm.id()).isEmpty()) {
                    continue;
                }
                Random random = new Random(firm.name().hashCode());
                double maturity = 0.25 + 0.1 * firm.sizeClass().ordinal() + random.nextDouble() * 0.3;
                UUID t0 = submit(owner, firm, "T0", answers(questionnaire, random, maturity));
                if (submitted % 2 == 0) {
                    advisorOrganisations.forEach(advisorOrganisation -> sharing.grant(owner, firm.id(), advisorOrganisation));
                }
                submitted++;
                if (email.equals("sme@uptake.demo")) {
                    // A year of support later: the same firm, more mature.
                    if (assessments.nextStage(owner, t0, "T1") instanceof Assessments.Done t1) {
                        save(owner, t1.assessment().getId(), answers(questionnaire, new Random(7), maturity + 0.25));
                        assessments.submit(owner, t1.assessment().getId());
                        submitted++;
                    }
                }
            }
        }
        log.info("Submitted {} demo assessments", submitted);
    }

    private UUID submit(UptakeUser owner, OrganisationSummary firm, String stage, Map<String, Object> answers) {
        var started = assessments.start(owner, firm.id(), QUESTIONNAIRE, stage);
        if (!(started instanceof Assessments.Done done)) {
            throw new IllegalStateException("Demo assessment for " + firm.name() + " not started: " + started);
        }
        UUID id = done.assessment().getId();
        save(owner, id, answers);
        var result = assessments.submit(owner, done.assessment().getId());
        if (!(result instanceof Assessments.Scored)) {
            throw new IllegalStateException("Demo assessment for " + firm.name() + " not submitted: " + result);
        }
        return id;
    }

    private void save(UptakeUser owner, UUID id, Map<String, Object> answers) {
        var saved = assessments.saveAnswers(owner, id, answers);
        if (!(saved instanceof Assessments.Done)) {
            throw new IllegalStateException("Demo answers rejected: " + saved);
        }
    }

    /** Answers where each item is positive with probability {@code maturity}. */
    private static Map<String, Object> answers(Questionnaire questionnaire, Random random, double maturity) {
        Map<String, Object> answers = new HashMap<>();
        for (Questionnaire.Question question : questionnaire.questions()) {
            for (Item item : question.scoredItems()) {
                boolean yes = random.nextDouble() < maturity;
                answers.put(item.id(), switch (question.kind()) {
                    case CHECKBOX, YESNO -> yes;
                    case INVEST_MATRIX -> Map.of("planned", random.nextDouble() < maturity + 0.1, "invested", yes);
                    case SCALE05 -> (int) Math.min(5, Math.round(maturity * 5 + random.nextGaussian()));
                    case TRISTATE -> yes ? "yes" : random.nextBoolean() ? "partially" : "no";
                });
            }
        }
        answers.replaceAll((item, value) -> value instanceof Integer scale ? Math.max(0, scale) : value);
        return answers;
    }

}
