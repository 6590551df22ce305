package org.uptake.notification.mailbox;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.uptake.notification.outbox.SmtpServer;

/**
 * The demo mailbox exists in demo mode ({@code uptake.demo=true}) and wherever no SMTP server is configured (mails
 * then stay inside the application). A production installation with a mail server has no such page.
 */
public class DemoMailboxOn implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return context.getEnvironment().getProperty("uptake.demo", Boolean.class, false)
                || !SmtpServer.configured(context.getEnvironment());
    }
}
