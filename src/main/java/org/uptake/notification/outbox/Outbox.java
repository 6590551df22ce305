package org.uptake.notification.outbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.uptake.notification.OutgoingMail;
import org.uptake.notification.OutgoingMail.Attachment;

/**
 * The {@code mail_outbox} and {@code mail_attachment} tables. Plain SQL rather than JPA: queueing needs
 * {@code on conflict do nothing}, and the sender works row by row with conditional updates.
 */
@Repository
class Outbox {

    private static final int MAX_ERROR_LENGTH = 2000;

    private final JdbcTemplate jdbc;

    Outbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the mail in the current transaction; false when its dedupe key is taken.
     * <p>
     * {@code on conflict do nothing} is the one statement that is right under a race on both databases (PostgreSQL,
     * and H2 in PostgreSQL mode, which was seen to behave the same): when two transactions insert the same key, the
     * second waits for the first; if the first commits it inserts nothing and reports 0 rows, if the first rolls
     * back it inserts. The dedupe key thus follows committed mails only, and no unique-constraint error is raised,
     * which on PostgreSQL would abort the caller's whole transaction. A check-then-insert in a separate transaction
     * would instead commit the mail even when the caller's transaction rolls back.
     */
    boolean insert(UUID id, OutgoingMail mail, Instant now) {
        Instant sendAfter = mail.sendAfter() == null || mail.sendAfter().isBefore(now) ? now : mail.sendAfter();
        int inserted = jdbc.update("""
                insert into mail_outbox (id, recipient, subject, body, dedupe_key, created_at, send_after, attempts, status)
                values (?, ?, ?, ?, ?, ?, ?, 0, 'QUEUED')
                on conflict do nothing""",
                id, mail.to().strip(), mail.subject(), mail.text(), mail.dedupeKey(), utc(now), utc(sendAfter));
        if (inserted == 0) {
            return false;
        }
        List<Attachment> attachments = mail.attachments();
        for (int position = 0; position < attachments.size(); position++) {
            Attachment attachment = attachments.get(position);
            jdbc.update("""
                    insert into mail_attachment (outbox_id, position, file_name, content_type, content)
                    values (?, ?, ?, ?, ?)""",
                    id, position, attachment.fileName(), attachment.contentType(), attachment.content());
        }
        return true;
    }

    /** Ids of queued mails whose time has come, oldest first. */
    List<UUID> due(Instant now, int limit) {
        return jdbc.queryForList("""
                select id from mail_outbox where status = 'QUEUED' and send_after <= ?
                order by send_after, created_at fetch first ? rows only""", UUID.class, utc(now), limit);
    }

    /** The mail if it is still queued. */
    Optional<QueuedMail> queued(UUID id) {
        List<Attachment> attachments = jdbc.query("""
                select file_name, content_type, content from mail_attachment where outbox_id = ? order by position""",
                (rs, row) -> new Attachment(rs.getString("file_name"), rs.getString("content_type"),
                        rs.getBytes("content")), id);
        return jdbc.query("""
                select id, recipient, subject, body, attempts from mail_outbox where id = ? and status = 'QUEUED'""",
                (rs, row) -> new QueuedMail(rs.getObject("id", UUID.class), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("body"), attachments, rs.getInt("attempts")), id)
                .stream().findFirst();
    }

    void markSent(UUID id, String deliveredVia, Instant now) {
        jdbc.update("""
                update mail_outbox set status = 'SENT', sent_at = ?, delivered_via = ?
                where id = ? and status = 'QUEUED'""", utc(now), deliveredVia, id);
    }

    /** A failed attempt; the mail stays queued until {@code nextAttempt}. */
    void markRetry(UUID id, String error, Instant nextAttempt) {
        jdbc.update("""
                update mail_outbox set attempts = attempts + 1, last_error = ?, send_after = ?
                where id = ? and status = 'QUEUED'""", truncate(error), utc(nextAttempt), id);
    }

    /** Given up: counted as an attempt, kept with its error for the administrators. */
    void markFailed(UUID id, String error) {
        jdbc.update("""
                update mail_outbox set attempts = attempts + 1, last_error = ?, status = 'FAILED'
                where id = ? and status = 'QUEUED'""", truncate(error), id);
    }

    /**
     * Removes the content of sent and failed mails older than {@code before}: mails hold personal data and are not
     * kept for ever. Rows with a dedupe key stay as empty shells, so the key keeps preventing a second mail.
     *
     * @return mails removed or emptied
     */
    int purge(Instant before) {
        int deleted = jdbc.update("""
                delete from mail_outbox where status <> 'QUEUED' and created_at < ? and dedupe_key is null""",
                utc(before));
        jdbc.update("""
                delete from mail_attachment where outbox_id in (select id from mail_outbox
                where status <> 'QUEUED' and created_at < ? and dedupe_key is not null)""", utc(before));
        int emptied = jdbc.update("""
                update mail_outbox set recipient = '', subject = '', body = '', last_error = null
                where status <> 'QUEUED' and created_at < ? and dedupe_key is not null and recipient <> ''""",
                utc(before));
        return deleted + emptied;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String error) {
        String text = error == null ? "unknown error" : error;
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }
}
