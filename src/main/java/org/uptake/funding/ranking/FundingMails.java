package org.uptake.funding.ranking;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.uptake.directory.Directory;
import org.uptake.funding.application.Application;
import org.uptake.funding.call.Call;
import org.uptake.identity.Accounts;
import org.uptake.identity.AccountView;
import org.uptake.notification.Mailer;
import org.uptake.notification.OutgoingMail;
import org.uptake.platform.Language;

/**
 * Mails about decisions and review requests to the people of the lead organisation, each in their own language.
 * Queued in the caller's transaction, so a rolled-back decision sends nothing.
 */
@Component
class FundingMails {

    private final Mailer mailer;
    private final Directory directory;
    private final Accounts accounts;
    private final MessageSource messages;
    private final String baseUrl;

    FundingMails(Mailer mailer, Directory directory, Accounts accounts, MessageSource messages,
            @Value("${uptake.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.directory = directory;
        this.accounts = accounts;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    void decision(Application application, Call call, Decision decision, String text) {
        send(application, call, "funding.mail.decision." + decision.name(), text);
    }

    void reviewRequestAnswered(Application application, Call call, String outcome, String answer) {
        send(application, call, "funding.mail.reviewRequest." + outcome, answer);
    }

    private void send(Application application, Call call, String key, String text) {
        List<UUID> members = directory.memberAccountIds(application.getLeadOrganisationId());
        for (AccountView account : accounts.findAll(members).values()) {
            if (account.erased() || account.email() == null) {
                continue;
            }
            Locale locale = Language.fromTag(account.locale()).orElse(Language.EN).locale();
            Object[] args = {call.getTitle().in(locale), title(application), text,
                    baseUrl + "/applications/" + application.getId(), application.getReceiptNumber()};
            mailer.queue(OutgoingMail.of(account.email(), messages.getMessage(key + ".subject", args, locale),
                    messages.getMessage(key + ".text", args, locale)));
        }
    }

    private static String title(Application application) {
        return application.getTitle() == null ? "" : application.getTitle();
    }
}
