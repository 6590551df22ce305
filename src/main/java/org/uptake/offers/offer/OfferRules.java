package org.uptake.offers.offer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.uptake.directory.SizeClass;

/** What makes an offer request valid; each problem names its field and a message key. */
public final class OfferRules {

    /** The six dimensions of the maturity assessment, which offers use as topics besides free tags. */
    public static final List<String> DIMENSIONS = List.of("strategy", "readiness", "human", "data", "automation", "green");
    private static final Set<String> LANGUAGES = Set.of("en", "de", "nb");
    private static final Set<String> CURRENCIES = Set.of("EUR", "NOK");
    /** At most this many questions at registration, each label at most this long in each language. */
    public static final int MAX_QUESTIONS = 10;
    public static final int MAX_QUESTION_LENGTH = 300;

    public record Problem(String field, String messageKey) {
    }

    private OfferRules() {
    }

    static List<Problem> check(OfferRequest request) {
        List<Problem> problems = new ArrayList<>();
        texts(problems, "title", request.title(), 200, true);
        texts(problems, "description", request.description(), 10_000, false);
        if (request.kind() == null) {
            problems.add(new Problem("kind", "validation.required"));
        }
        if (request.providerOrganisationId() == null) {
            problems.add(new Problem("providerOrganisationId", "validation.required"));
        }
        if (request.topics().size() > 20 || request.topics().stream()
                .anyMatch(t -> t == null || !t.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} .&+-]{0,39}"))) {
            problems.add(new Problem("topics", "offer.topics.invalid"));
        }
        if (request.targetSections().stream().anyMatch(s -> s == null || !s.matches("[A-U]"))) {
            problems.add(new Problem("targetSections", "offer.sections.invalid"));
        }
        if (request.sizeClasses().stream().anyMatch(s -> !isSizeClass(s))) {
            problems.add(new Problem("sizeClasses", "offer.sizes.invalid"));
        }
        if (request.language() == null || !LANGUAGES.contains(request.language())) {
            problems.add(new Problem("language", "validation.language"));
        }
        if (request.price().compareTo(BigDecimal.ZERO) < 0 || request.price().compareTo(new BigDecimal("100000")) > 0
                || request.price().scale() > 2) {
            problems.add(new Problem("price", "offer.price.invalid"));
        }
        if (!CURRENCIES.contains(request.currency())) {
            problems.add(new Problem("currency", "offer.currency.invalid"));
        }
        if (request.fundingNote() != null && request.fundingNote().length() > 500) {
            problems.add(new Problem("fundingNote", "validation.tooLong"));
        }
        if (request.industry() != null && request.industry().length() > 200) {
            problems.add(new Problem("industry", "validation.tooLong"));
        }
        if (request.cancellationHours() < 0 || request.cancellationHours() > 720) {
            problems.add(new Problem("cancellationHours", "offer.cancellationHours.invalid"));
        }
        questions(problems, request.questions());
        return problems;
    }

    /** Each question needs a label in at least one language; problems name the question by its place in the list. */
    private static void questions(List<Problem> problems, List<OfferQuestion> questions) {
        if (questions.size() > MAX_QUESTIONS) {
            problems.add(new Problem("questions", "offer.questions.tooMany"));
            return;
        }
        for (int i = 0; i < questions.size(); i++) {
            String field = "questions[" + i + "].label";
            OfferQuestion question = questions.get(i);
            if (question == null) {
                problems.add(new Problem(field, "offer.question.label.required"));
            } else if (!LANGUAGES.containsAll(question.label().keySet())) {
                problems.add(new Problem(field, "validation.language"));
            } else if (question.label().values().stream().allMatch(t -> t == null || t.isBlank())) {
                problems.add(new Problem(field, "offer.question.label.required"));
            } else if (question.label().values().stream().anyMatch(t -> t != null && t.length() > MAX_QUESTION_LENGTH)) {
                problems.add(new Problem(field, "offer.question.label.tooLong"));
            }
        }
    }

    private static void texts(List<Problem> problems, String field, Map<String, String> texts, int max,
            boolean required) {
        if (texts.keySet().stream().anyMatch(language -> !LANGUAGES.contains(language))) {
            problems.add(new Problem(field, "validation.language"));
        } else if (texts.values().stream().anyMatch(text -> text != null && text.length() > max)) {
            problems.add(new Problem(field, "validation.tooLong"));
        } else if (required && texts.values().stream().allMatch(text -> text == null || text.isBlank())) {
            problems.add(new Problem(field, "validation.required"));
        }
    }

    private static boolean isSizeClass(String value) {
        return value != null && java.util.Arrays.stream(SizeClass.values()).anyMatch(s -> s.name().equals(value));
    }
}
