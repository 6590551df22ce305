package org.uptake.funding.application;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.uptake.notification.Mailer;
import org.uptake.notification.OutgoingMail;
import org.uptake.platform.Language;
import org.uptake.platform.PdfRenderer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The receipt of a submitted version as PDF, and the receipt mail with it attached, in the reader's language. */
@Component
class ReceiptDocuments {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PdfRenderer pdf;
    private final Mailer mailer;
    private final MessageSource messages;

    ReceiptDocuments(PdfRenderer pdf, Mailer mailer, MessageSource messages) {
        this.pdf = pdf;
        this.mailer = mailer;
        this.messages = messages;
    }

    /** The receipt as the frozen version states it: it never changes after submission. */
    Receipt of(SubmittedVersion version, String callTitle, java.time.ZoneId zone) {
        JsonNode content = JSON.readTree(version.getContent());
        List<String> partners = new ArrayList<>();
        String lead = null;
        for (JsonNode partner : content.path("partners")) {
            String name = partner.path("name").asString("");
            if ("LEAD".equals(partner.path("role").asString())) {
                lead = name;
            } else {
                partners.add(name);
            }
        }
        List<String> documents = new ArrayList<>();
        content.path("documents").forEach(d -> documents.add(d.path("fileName").asString() + " (SHA-256 "
                + d.path("sha256").asString() + ")"));
        return new Receipt(version.getApplicationId(), version.getVersionNumber(), version.getReceiptNumber(),
                ZonedDateTime.ofInstant(version.getSubmittedAt(), zone), version.getChecksum(), callTitle,
                text(content, "title"), text(content, "acronym"), lead, partners,
                decimal(content, "totalBudget"), decimal(content, "requestedGrant"),
                content.path("currency").asString(""), documents);
    }

    byte[] pdf(Receipt receipt, Locale locale) {
        return pdf.render("funding/application/receipt", Map.of("r", receipt), locale);
    }

    /** Queues the receipt mail in the submission's transaction: no submission, no mail; no mail, no submission. */
    void send(String to, String languageTag, Receipt receipt) {
        Locale locale = Language.fromTag(languageTag).orElse(Language.EN).locale();
        String subject = messages.getMessage("funding.receipt.mail.subject",
                new Object[] { receipt.receiptNumber(), receipt.title() }, locale);
        String text = messages.getMessage("funding.receipt.mail.text", new Object[] { receipt.title(),
                receipt.callTitle(), receipt.receiptNumber(),
                receipt.submittedAt().toLocalDateTime().withNano(0).toString().replace('T', ' ') + " "
                        + receipt.submittedAt().getZone().getId(),
                receipt.checksum(), receipt.version() }, locale);
        mailer.queue(OutgoingMail.of(to, subject, text)
                .with(new OutgoingMail.Attachment("receipt-" + receipt.receiptNumber() + ".pdf", "application/pdf",
                        pdf(receipt, locale)))
                .once("funding-receipt:" + receipt.applicationId() + ":" + receipt.version()));
    }

    private static String text(JsonNode content, String field) {
        JsonNode node = content.path(field);
        return node.isNull() || node.isMissingNode() ? null : node.asString();
    }

    private static java.math.BigDecimal decimal(JsonNode content, String field) {
        String value = text(content, field);
        return value == null ? null : new java.math.BigDecimal(value);
    }
}
