package org.uptake.notification.outbox;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.uptake.identity.AccountView;
import org.uptake.identity.Accounts;
import org.uptake.identity.PersonalDataContributor;

/** A person's data export lists the mails the outbox holds for their address (their content stays out). */
@Component
class MailsInPersonalData implements PersonalDataContributor {

    private final Accounts accounts;
    private final JdbcTemplate jdbc;

    MailsInPersonalData(Accounts accounts, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "mails";
    }

    @Override
    public Object export(UUID accountId) {
        String email = accounts.findById(accountId).map(AccountView::email).orElse(null);
        if (email == null) {
            return List.of();
        }
        return jdbc.query("""
                select subject, status, created_at, sent_at from mail_outbox
                where lower(recipient) = lower(?) order by created_at""", (rs, row) -> {
            Map<String, Object> mail = new LinkedHashMap<>();
            mail.put("subject", rs.getString("subject"));
            mail.put("status", rs.getString("status"));
            mail.put("queuedAt", rs.getObject("created_at", OffsetDateTime.class).toInstant());
            OffsetDateTime sentAt = rs.getObject("sent_at", OffsetDateTime.class);
            mail.put("sentAt", sentAt == null ? null : sentAt.toInstant());
            return mail;
        }, email);
    }
}
