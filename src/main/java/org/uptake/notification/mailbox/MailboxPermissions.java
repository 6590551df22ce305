package org.uptake.notification.mailbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.uptake.identity.UptakeUser;

/**
 * Who reads which mails in the demo mailbox. Administrators read all. In demo mode everyone signed in reads the mails
 * sent to their own address, as they would in their own mail program; outside demo mode nobody else does, because
 * an account's address is not verified and reading "your" mails would then reveal mails meant for someone else.
 */
@Component
@Conditional(DemoMailboxOn.class)
class MailboxPermissions {

    enum Reach { ALL, OWN, NONE }

    private final boolean demo;

    MailboxPermissions(@Value("${uptake.demo:false}") boolean demo) {
        this.demo = demo;
    }

    Reach reach(UptakeUser user) {
        if (user == null) {
            return Reach.NONE;
        }
        if (user.isAdmin()) {
            return Reach.ALL;
        }
        return demo ? Reach.OWN : Reach.NONE;
    }

    boolean mayRead(UptakeUser user, String recipient) {
        return switch (reach(user)) {
            case ALL -> true;
            case OWN -> recipient.equalsIgnoreCase(user.email());
            case NONE -> false;
        };
    }
}
