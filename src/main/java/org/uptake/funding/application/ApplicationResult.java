package org.uptake.funding.application;

import java.time.Instant;
import java.util.List;

import org.uptake.platform.Issue;

/** The outcomes of the applicant's use cases; controllers map each to a page or a response. */
public sealed interface ApplicationResult {

    record Done(ApplicationView application) implements ApplicationResult {
    }

    /** The pre-submission check: what is missing or wrong (empty when complete). */
    record Checked(List<Issue> issues) implements ApplicationResult {
    }

    record Submitted(String receiptNumber, Instant submittedAt, String checksum, int version)
            implements ApplicationResult {
    }

    record Uploaded(ApplicationView.DocumentView document) implements ApplicationResult {
    }

    record Listed(List<ApplicationSummary> applications) implements ApplicationResult {
    }

    /** The request is malformed: nothing was changed. */
    record Invalid(List<Issue> issues) implements ApplicationResult {
    }

    /** The application cannot be submitted yet: nothing was changed. */
    record Incomplete(List<Issue> issues) implements ApplicationResult {
    }

    /** Not there, or not for this reader: the existence of other consortia's applications is not revealed. */
    record NotFound() implements ApplicationResult {
    }

    record Forbidden() implements ApplicationResult {
    }

    /** The call does not accept applications or submissions (any more). */
    record CallClosed() implements ApplicationResult {
    }

    /** Submitted and not returned for revision: the content is frozen. */
    record NotEditable() implements ApplicationResult {
    }

    /** Someone else saved the application since the client read it. */
    record Stale() implements ApplicationResult {
    }
}
