package org.uptake.notification.mailbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.annotation.Conditional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The demo mailbox's read model: sent mails from the outbox, newest first. */
@Component
@Conditional(DemoMailboxOn.class)
class Mailbox {

    record MailSummary(UUID id, String recipient, String subject, Instant sentAt, int attachments) {
    }

    record MailView(UUID id, String recipient, String subject, String text, Instant sentAt, String deliveredVia,
            List<AttachmentInfo> attachments) {
    }

    record AttachmentInfo(int position, String fileName, String contentType, int size) {
    }

    record AttachmentFile(String fileName, String contentType, byte[] content) {
    }

    private static final String SENT = "status = 'SENT' and recipient <> ''";

    private final JdbcTemplate jdbc;

    Mailbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param recipient only mails to this address, or {@code null} for all */
    Page<MailSummary> sent(String recipient, Pageable page) {
        List<Object> args = new ArrayList<>();
        String where = "where " + SENT;
        if (recipient != null) {
            where += " and lower(recipient) = lower(?)";
            args.add(recipient);
        }
        long total = jdbc.queryForObject("select count(*) from mail_outbox " + where, Long.class, args.toArray());
        args.add(page.getOffset());
        args.add(page.getPageSize());
        List<MailSummary> mails = jdbc.query("select id, recipient, subject, sent_at, (select count(*) from "
                        + "mail_attachment a where a.outbox_id = mail_outbox.id) as attachments from mail_outbox "
                        + where + " order by sent_at desc, id offset ? rows fetch first ? rows only",
                (rs, row) -> new MailSummary(rs.getObject("id", UUID.class), rs.getString("recipient"),
                        rs.getString("subject"), rs.getObject("sent_at", OffsetDateTime.class).toInstant(),
                        rs.getInt("attachments")), args.toArray());
        return new PageImpl<>(mails, page, total);
    }

    Optional<MailView> mail(UUID id) {
        List<AttachmentInfo> attachments = jdbc.query("""
                select position, file_name, content_type, octet_length(content) as size
                from mail_attachment where outbox_id = ? order by position""",
                (rs, row) -> new AttachmentInfo(rs.getInt("position"), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getInt("size")), id);
        return jdbc.query("select id, recipient, subject, body, sent_at, delivered_via from mail_outbox where id = ? and "
                        + SENT,
                (rs, row) -> new MailView(rs.getObject("id", UUID.class), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("body"),
                        rs.getObject("sent_at", OffsetDateTime.class).toInstant(), rs.getString("delivered_via"),
                        attachments), id)
                .stream().findFirst();
    }

    Optional<AttachmentFile> attachment(UUID id, int position) {
        return jdbc.query("""
                select file_name, content_type, content from mail_attachment where outbox_id = ? and position = ?""",
                (rs, row) -> new AttachmentFile(rs.getString("file_name"), rs.getString("content_type"),
                        rs.getBytes("content")), id, position)
                .stream().findFirst();
    }
}
