package org.uptake.platform;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem details whose title and detail come from the message bundles in the
 * caller's language, so every module answers errors the same way.
 */
@Component
public class Problems {

    private static final String TYPE_BASE = "https://uptake.org/problems/";

    private final MessageSource messages;

    public Problems(MessageSource messages) {
        this.messages = messages;
    }

    /** A problem with a localized title for the status and a localized detail from {@code detailKey}. */
    public ProblemDetail problem(HttpStatus status, String detailKey, Object... args) {
        return problem(status, LocaleContextHolder.getLocale(), detailKey, args);
    }

    /** As {@link #problem(HttpStatus, String, Object...)}, for callers outside Spring MVC such as security filters. */
    public ProblemDetail problem(HttpStatus status, Locale locale, String detailKey, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_BASE + detailKey.replace('.', '-')));
        problem.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale));
        problem.setDetail(messages.getMessage(detailKey, args, locale));
        return problem;
    }

    /** A 400 problem listing the offending fields, each with a localized message. */
    public ProblemDetail invalid(List<FieldProblem> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.validation");
        problem.setProperty("errors", errors);
        return problem;
    }

    public ResponseEntity<ProblemDetail> respond(HttpStatus status, String detailKey, Object... args) {
        return respond(problem(status, detailKey, args));
    }

    public static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Localizes a message key in the caller's language. */
    public String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** One invalid field of a request. */
    public record FieldProblem(String field, String message) {
    }
}
