package org.uptake.makerspace.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.uptake.platform.Issue;
import org.uptake.makerspace.venue.Localized;
import org.uptake.platform.Problems;
import org.uptake.platform.Problems.FieldProblem;

/** Problem documents of the maker space API, with typed message arguments written in the caller's language. */
@Component
class MakerspaceProblems {

    private final Problems problems;
    private final MessageSource messages;

    MakerspaceProblems(Problems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    /** 400 with each field and its message. */
    ResponseEntity<ProblemDetail> invalid(List<Issue> issues) {
        return Problems.respond(problems.invalid(issues.stream()
                .map(issue -> new FieldProblem(issue.field(), text(issue))).toList()));
    }

    /** A problem whose detail is the issue's message; {@code property} (such as "rule") names the issue's field. */
    ResponseEntity<ProblemDetail> respond(HttpStatus status, Issue issue, String property) {
        return respond(status, issue, property, Map.of());
    }

    /** As {@link #respond(HttpStatus, Issue, String)}, with further properties. */
    ResponseEntity<ProblemDetail> respond(HttpStatus status, Issue issue, String property, Map<String, Object> more) {
        ProblemDetail problem = problems.problem(status, issue.messageKey(), arguments(issue));
        if (property != null) {
            problem.setProperty(property, issue.field());
        }
        more.forEach(problem::setProperty);
        return Problems.respond(problem);
    }

    ResponseEntity<ProblemDetail> respond(HttpStatus status, String messageKey) {
        return problems.respond(status, messageKey);
    }

    String text(Issue issue) {
        return messages.getMessage(issue.messageKey(), arguments(issue), issue.messageKey(), locale());
    }

    private Object[] arguments(Issue issue) {
        return Localized.arguments(messages, locale(), issue.arguments());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
