package org.uptake.funding.application;

import java.util.Locale;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.uptake.funding.call.CallRepository;
import org.uptake.platform.Language;

/**
 * Renders the receipt PDF and queues the receipt mail after the submission committed. Rendering a PDF takes tens of
 * milliseconds; done inside the submission it would hold the call's receipt counter that long and cap a deadline
 * rush at a few dozen submissions a second. The mail's dedupe key keeps a republished event from mailing twice.
 */
@Component
class ReceiptMails {

    private final SubmittedVersionRepository versions;
    private final ApplicationRepository applications;
    private final CallRepository calls;
    private final ReceiptDocuments receipts;

    ReceiptMails(SubmittedVersionRepository versions, ApplicationRepository applications, CallRepository calls,
            ReceiptDocuments receipts) {
        this.versions = versions;
        this.applications = applications;
        this.calls = calls;
        this.receipts = receipts;
    }

    @ApplicationModuleListener
    void on(ReceiptRequested event) {
        SubmittedVersion version = versions.findById(new SubmittedVersion.Key(event.applicationId(),
                event.version())).orElseThrow();
        Application application = applications.findById(event.applicationId()).orElseThrow();
        var call = calls.findById(application.getCallId()).orElseThrow();
        Locale locale = Language.fromTag(event.language()).orElse(Language.EN).locale();
        receipts.send(event.email(), event.language(), receipts.of(version, call.getTitle().in(locale),
                call.zone()));
    }
}
