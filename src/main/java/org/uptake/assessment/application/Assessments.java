package org.uptake.assessment.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.assessment.AssessmentSubmitted;
import org.uptake.assessment.benchmark.Benchmarks;
import org.uptake.assessment.benchmark.PeerGroup;
import org.uptake.assessment.model.AnswerStore;
import org.uptake.assessment.model.Assessment;
import org.uptake.assessment.model.AssessmentRepository;
import org.uptake.assessment.questionnaire.Questionnaire;
import org.uptake.assessment.questionnaire.QuestionnaireCatalog;
import org.uptake.assessment.scoring.Answer;
import org.uptake.assessment.scoring.AnswerParser;
import org.uptake.assessment.scoring.ScoreCard;
import org.uptake.assessment.scoring.Scoring;
import org.uptake.directory.Directory;
import org.uptake.directory.OrganisationSummary;
import org.uptake.identity.AuditLog;
import org.uptake.identity.UptakeUser;

/** The use cases of an assessment: start, save answers, submit, start the next stage. */
@Service
public class Assessments {

    private final AssessmentRepository assessments;
    private final AnswerStore answers;
    private final QuestionnaireCatalog catalog;
    private final AssessmentAccess access;
    private final Directory directory;
    private final Benchmarks benchmarks;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    Assessments(AssessmentRepository assessments, AnswerStore answers, QuestionnaireCatalog catalog,
            AssessmentAccess access, Directory directory, Benchmarks benchmarks, ApplicationEventPublisher events,
            AuditLog audit) {
        this.assessments = assessments;
        this.answers = answers;
        this.catalog = catalog;
        this.access = access;
        this.directory = directory;
        this.benchmarks = benchmarks;
        this.events = events;
        this.audit = audit;
    }

    public sealed interface Result {
    }

    public record Done(Assessment assessment) implements Result {
    }

    public record Scored(Assessment assessment, ScoreCard card) implements Result {
    }

    /** Unknown, or not visible to the caller: the two are indistinguishable on purpose. */
    public record NotFound() implements Result {
    }

    public record Invalid(String field, String messageKey) implements Result {
    }

    public record StageTaken() implements Result {
    }

    public record Rejected(List<AnswerParser.ItemProblem> problems) implements Result {
    }

    public record AlreadySubmitted() implements Result {
    }

    public record Incomplete(List<String> missingItems) implements Result {
    }

    /** Stage names: T0 before support, T1, T2 ... after. */
    public static boolean validStage(String stage) {
        return stage != null && stage.matches("T[0-9]{1,2}");
    }

    @Transactional
    public Result start(UptakeUser user, UUID organisationId, String questionnaireKey, String stage) {
        if (directory.organisation(organisationId).isEmpty() || !access.canEdit(user, organisationId)) {
            return new NotFound();
        }
        Optional<Questionnaire> questionnaire = catalog.current(questionnaireKey == null ? "" : questionnaireKey);
        if (questionnaire.isEmpty()) {
            return new Invalid("questionnaire", "assessment.questionnaire.unknown");
        }
        if (!validStage(stage)) {
            return new Invalid("stage", "assessment.stage.invalid");
        }
        if (assessments.existsByOrganisationIdAndQuestionnaireKeyAndStage(organisationId, questionnaireKey, stage)) {
            return new StageTaken();
        }
        Assessment assessment = new Assessment(organisationId, questionnaireKey, questionnaire.get().version(), stage,
                user.id());
        try {
            assessments.saveAndFlush(assessment);
        } catch (org.springframework.dao.DataIntegrityViolationException concurrent) {
            return new StageTaken();
        }
        audit.record("ASSESSMENT_STARTED", "assessment", assessment.getId(), questionnaireKey + " " + stage);
        return new Done(assessment);
    }

    /** Starts the next stage with a copy of a submitted assessment's answers. */
    @Transactional
    public Result nextStage(UptakeUser user, UUID previousId, String stage) {
        Optional<Assessment> previous = assessments.findById(previousId)
                .filter(a -> access.canEdit(user, a.getOrganisationId()));
        if (previous.isEmpty()) {
            return new NotFound();
        }
        if (previous.get().isDraft()) {
            return new Invalid("stage", "assessment.nextStage.draft");
        }
        Result started = start(user, previous.get().getOrganisationId(), previous.get().getQuestionnaireKey(), stage);
        if (started instanceof Done done) {
            answers.copy(previousId, done.assessment().getId());
        }
        return started;
    }

    /** Merges answers into a draft. All values are checked first; one bad value and nothing is saved. */
    @Transactional
    public Result saveAnswers(UptakeUser user, UUID id, Map<String, Object> values) {
        Result locked = lockDraft(user, id);
        if (!(locked instanceof Done draft)) {
            return locked;
        }
        Assessment assessment = draft.assessment();
        Questionnaire questionnaire = questionnaireOf(assessment);
        AnswerParser.Result parsing = AnswerParser.parse(questionnaire, values);
        if (parsing instanceof AnswerParser.Rejected rejected) {
            return new Rejected(rejected.problems());
        }
        Map<String, Answer> changes = ((AnswerParser.Parsed) parsing).answers();
        Map<String, Answer> merged = new HashMap<>(answers.load(id, questionnaire));
        changes.forEach((item, answer) -> {
            if (answer == null) {
                merged.remove(item);
            } else {
                merged.put(item, answer);
            }
        });
        List<String> exclusive = Scoring.exclusivityViolations(questionnaire, merged);
        if (!exclusive.isEmpty()) {
            return new Rejected(exclusive.stream().map(question -> new AnswerParser.ItemProblem(
                    questionnaire.questionsById().get(question).exclusiveItem().orElseThrow().id(),
                    "assessment.answer.exclusive")).toList());
        }
        answers.merge(id, changes);
        assessment.touched();
        return new Done(assessment);
    }

    @Transactional
    public Result submit(UptakeUser user, UUID id) {
        Result locked = lockDraft(user, id);
        if (!(locked instanceof Done draft)) {
            return locked;
        }
        Assessment assessment = draft.assessment();
        Questionnaire questionnaire = questionnaireOf(assessment);
        Map<String, Answer> given = answers.load(id, questionnaire);
        List<String> missing = Scoring.missing(questionnaire, given);
        if (!missing.isEmpty()) {
            return new Incomplete(missing);
        }
        ScoreCard card = Scoring.score(questionnaire, given);
        OrganisationSummary organisation = directory.organisation(assessment.getOrganisationId()).orElseThrow();
        List<PeerGroup> groups = PeerGroup.of(organisation);
        Optional<Assessment> previous = assessments.latestSubmittedExcept(organisation.id(),
                assessment.getQuestionnaireKey(), id);
        assessment.submit(card.overall(), card.level(), ScoresJson.write(card), PeerGroup.join(groups));
        benchmarks.replace(assessment.getQuestionnaireKey(),
                previous.map(p -> PeerGroup.parse(p.getPeerGroups())).orElse(List.of()),
                previous.map(Assessments::scoreCard).orElse(null), groups, card);
        events.publishEvent(new AssessmentSubmitted(id, organisation.id(), assessment.getQuestionnaireKey(),
                assessment.getStage(), card.overall(), card.level(), card.dimensions()));
        audit.record("ASSESSMENT_SUBMITTED", "assessment", id, assessment.getStage() + " " + card.level());
        return new Scored(assessment, card);
    }

    /** The draft, locked until the transaction ends, if the caller may edit it; otherwise why not. */
    private Result lockDraft(UptakeUser user, UUID id) {
        Optional<Assessment> found = assessments.lockById(id).filter(a -> access.canEdit(user, a.getOrganisationId()));
        if (found.isEmpty()) {
            return new NotFound();
        }
        return found.get().isDraft() ? new Done(found.get()) : new AlreadySubmitted();
    }

    /** The assessment if the caller may read it. */
    @Transactional(readOnly = true)
    public Optional<Assessment> readable(UptakeUser user, UUID id) {
        return assessments.findById(id).filter(a -> access.canRead(user, a.getOrganisationId()));
    }

    public Questionnaire questionnaireOf(Assessment assessment) {
        return catalog.find(assessment.getQuestionnaireKey(), assessment.getQuestionnaireVersion()).orElseThrow();
    }

    public Map<String, Answer> answersOf(Assessment assessment) {
        return answers.load(assessment.getId(), questionnaireOf(assessment));
    }

    public static ScoreCard scoreCard(Assessment submitted) {
        return ScoresJson.read(submitted.getOverallScore(), submitted.getLevel(), submitted.getScores());
    }

    /** All of an organisation's assessments, newest first, for its members. */
    @Transactional(readOnly = true)
    public List<Assessment> ofOrganisation(UptakeUser user, UUID organisationId) {
        return access.canEdit(user, organisationId)
                ? assessments.findByOrganisationIdOrderByCreatedAtDesc(organisationId) : List.of();
    }

    /** The stage after the organisation's latest stage of a questionnaire: T0 first, then T1, T2 ... */
    @Transactional(readOnly = true)
    public String nextFreeStage(UUID organisationId, String questionnaireKey) {
        int highest = assessments.findByOrganisationIdOrderByCreatedAtDesc(organisationId).stream()
                .filter(a -> a.getQuestionnaireKey().equals(questionnaireKey))
                .mapToInt(a -> Integer.parseInt(a.getStage().substring(1))).max().orElse(-1);
        return "T" + (highest + 1);
    }

    /** The organisation's assessments of one questionnaire, oldest stage first, for the change over time. */
    @Transactional(readOnly = true)
    public List<Assessment> history(UUID organisationId, String questionnaireKey) {
        List<Assessment> all = new ArrayList<>(assessments.findByOrganisationIdOrderByCreatedAtDesc(organisationId));
        all.removeIf(a -> !a.getQuestionnaireKey().equals(questionnaireKey) || a.isDraft());
        all.sort(java.util.Comparator.comparing(Assessment::getSubmittedAt));
        return all;
    }
}
