package org.uptake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * One SMTP server (GreenMail) for the whole test run. Every Spring test context sends its mail here:
 * {@link TestMailServerContextCustomizerFactory} points {@code spring.mail.host} and {@code spring.mail.port} at it,
 * so any test can assert the mails its actions cause. Tests use unique addresses, so they read the mails to their
 * own address:
 *
 * <pre>{@code
 * TestMailServer.ReceivedMail mail = TestMailServer.awaitMailTo(email);
 * assertThat(mail.subject()).isEqualTo("Registration confirmed");
 * assertThat(mail.attachment("invite.ics").text()).contains("BEGIN:VEVENT");
 * }</pre>
 *
 * To show that something was <em>not</em> sent, cause a later mail to the same address and wait for it with
 * {@link #awaitMailTo(String, String)}: the outbox sends in the order mails were queued, so anything queued before
 * it has arrived by then. The test profile polls the outbox every 300 ms and retries after 1, 2, 4 ... seconds.
 */
public final class TestMailServer {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static GreenMail server;
    private static int port;

    private TestMailServer() {
    }

    /** A received mail, decoded. */
    public record ReceivedMail(String from, List<String> to, String subject, String text, List<Attachment> attachments,
            MimeMessage message) {

        public Attachment attachment(String fileName) {
            return attachments.stream().filter(a -> a.fileName().equals(fileName)).findFirst()
                    .orElseThrow(() -> new AssertionError("no attachment " + fileName + " in " + attachments));
        }
    }

    public record Attachment(String fileName, String contentType, byte[] content) {

        public String text() {
            return new String(content, java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return fileName + " (" + contentType + ", " + content.length + " bytes)";
        }
    }

    /** Starts the server on first use; the port stays the same for the whole run, also across {@link #stop()}. */
    public static synchronized int port() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            port = server.getSmtp().getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(TestMailServer::stop));
        }
        return port;
    }

    /** The mail server goes down (connections refused) until {@link #start()}; received mails are forgotten. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Starts the server again on the same port after {@link #stop()}. */
    public static synchronized void start() {
        port();
    }

    /** All mails received so far for the address (case-insensitive), in order of arrival. */
    public static synchronized List<ReceivedMail> mailsTo(String address) {
        if (server == null) {
            return List.of();
        }
        List<ReceivedMail> mails = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            if (addressedTo(message, address)) {
                mails.add(decode(message));
            }
        }
        return mails;
    }

    /** Waits up to 30 seconds for the first mail to the address. */
    public static ReceivedMail awaitMailTo(String address) {
        return awaitMailsTo(address, 1).getFirst();
    }

    /** Waits up to 30 seconds for a mail to the address with this subject. */
    public static ReceivedMail awaitMailTo(String address, String subject) {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            for (ReceivedMail mail : mailsTo(address)) {
                if (subject.equals(mail.subject())) {
                    return mail;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no mail to " + address + " with subject '" + subject + "' within " + WAIT
                        + "; received: " + mailsTo(address).stream().map(ReceivedMail::subject).toList());
            }
            sleep();
        }
    }

    /** Waits up to 30 seconds until at least {@code count} mails to the address have arrived. */
    public static List<ReceivedMail> awaitMailsTo(String address, int count) {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            List<ReceivedMail> mails = mailsTo(address);
            if (mails.size() >= count) {
                return mails;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("expected " + count + " mails to " + address + " within " + WAIT
                        + ", received " + mails.size());
            }
            sleep();
        }
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getRecipients(Message.RecipientType.TO);
            return recipients != null && Arrays.stream(recipients)
                    .anyMatch(r -> r instanceof InternetAddress a && a.getAddress().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ReceivedMail decode(MimeMessage message) {
        try {
            List<Attachment> attachments = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            collect(message, text, attachments);
            List<String> to = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(Address::toString).toList();
            String from = message.getFrom() == null ? null : MimeUtility.decodeText(message.getFrom()[0].toString());
            return new ReceivedMail(from, to, message.getSubject(), text.toString(), List.copyOf(attachments),
                    message);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Part part, StringBuilder text, List<Attachment> attachments)
            throws MessagingException, IOException {
        if (part.getFileName() != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            attachments.add(new Attachment(MimeUtility.decodeText(part.getFileName()),
                    part.getContentType().split(";")[0].strip().toLowerCase(java.util.Locale.ROOT),
                    bytes(part.getInputStream())));
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, text, attachments);
            }
        } else if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        }
    }

    private static byte[] bytes(InputStream in) throws IOException {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
