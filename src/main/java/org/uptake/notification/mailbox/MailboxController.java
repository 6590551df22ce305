package org.uptake.notification.mailbox;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.context.annotation.Conditional;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.uptake.identity.UptakeUser;
import org.uptake.notification.mailbox.Mailbox.MailView;
import org.uptake.notification.mailbox.MailboxPermissions.Reach;

/**
 * The demo mailbox: the mails the outbox has sent, for installations where they do not leave the application (or
 * in demo mode, where showing them is the point). Another person's mail is answered "not found", so its existence
 * is not revealed.
 */
@Controller
@Conditional(DemoMailboxOn.class)
class MailboxController {

    private static final int PAGE_SIZE = 50;

    private final Mailbox mailbox;
    private final MailboxPermissions permissions;

    MailboxController(Mailbox mailbox, MailboxPermissions permissions) {
        this.mailbox = mailbox;
        this.permissions = permissions;
    }

    @GetMapping("/demo/mails")
    String list(@AuthenticationPrincipal UptakeUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        Reach reach = permissions.reach(user);
        if (reach == Reach.NONE) {
            throw new AccessDeniedException("demo mailbox");
        }
        String recipient = reach == Reach.ALL ? null : user.email();
        model.addAttribute("mails", mailbox.sent(recipient, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("ownAddress", recipient);
        return "notification/mailbox";
    }

    @GetMapping("/demo/mails/{id}")
    String mail(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("mail", readable(user, id));
        return "notification/mail";
    }

    @GetMapping("/demo/mails/{id}/attachments/{position}")
    ResponseEntity<byte[]> attachment(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @PathVariable int position) {
        readable(user, id);
        Mailbox.AttachmentFile file = mailbox.attachment(id, position)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        // Always a download: the content type comes from whoever queued the mail and must not turn into a page.
        return ResponseEntity.ok()
                .contentType(mediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    private MailView readable(UptakeUser user, UUID id) {
        if (permissions.reach(user) == Reach.NONE) {
            throw new AccessDeniedException("demo mailbox");
        }
        return mailbox.mail(id).filter(mail -> permissions.mayRead(user, mail.recipient()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static MediaType mediaType(String contentType) {
        try {
            return MediaType.parseMediaType(contentType);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
