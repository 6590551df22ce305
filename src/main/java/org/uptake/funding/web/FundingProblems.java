package org.uptake.funding.web;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.uptake.platform.Issue;
import org.uptake.platform.Problems;
import org.uptake.platform.Problems.FieldProblem;

/** Problem documents of the funding API in the caller's language. */
@Component
public class FundingProblems {

    private final Problems problems;
    private final MessageSource messages;

    FundingProblems(Problems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    /** 400 with each field and its message. */
    public ResponseEntity<ProblemDetail> invalid(List<Issue> issues) {
        return Problems.respond(problems.invalid(issues.stream()
                .map(issue -> new FieldProblem(issue.field(), text(issue))).toList()));
    }

    public ResponseEntity<ProblemDetail> respond(HttpStatus status, String messageKey, Object... args) {
        return problems.respond(status, messageKey, args);
    }

    /** A message of the bundles in the caller's language. */
    public String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    public String text(Issue issue) {
        return messages.getMessage(issue.messageKey(), issue.arguments(), issue.messageKey(),
                LocaleContextHolder.getLocale());
    }
}
