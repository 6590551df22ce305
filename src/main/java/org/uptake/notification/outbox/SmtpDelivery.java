package org.uptake.notification.outbox;

import java.util.Date;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.uptake.notification.OutgoingMail.Attachment;

/** Sends through Spring's {@link JavaMailSender} (configured by {@code spring.mail.*}). */
class SmtpDelivery implements MailDelivery {

    static final String CHANNEL = "SMTP";

    private final JavaMailSender sender;
    private final InternetAddress from;

    SmtpDelivery(JavaMailSender sender, InternetAddress from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void deliver(QueuedMail mail) {
        sender.send(message(mail));
    }

    private MimeMessage message(QueuedMail mail) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, !mail.attachments().isEmpty(), "UTF-8");
            helper.setFrom(from);
            helper.setTo(new InternetAddress(mail.recipient(), true));
            helper.setSubject(mail.subject());
            helper.setSentDate(new Date());
            helper.setText(mail.text(), false);
            for (Attachment attachment : mail.attachments()) {
                helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
                        attachment.contentType());
            }
            // RFC 3834: no out-of-office replies to notifications
            message.setHeader("Auto-Submitted", "auto-generated");
            return message;
        } catch (MessagingException | RuntimeException e) {
            throw new UndeliverableMail("Cannot build the mail: " + e.getMessage(), e);
        }
    }
}
