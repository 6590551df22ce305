package org.uptake.notification.outbox;

import org.springframework.core.env.PropertyResolver;
import org.springframework.util.StringUtils;

/** Whether mail leaves by SMTP: only when {@code spring.mail.host} ({@code UPTAKE_MAIL_HOST}) is set. */
public final class SmtpServer {

    private SmtpServer() {
    }

    public static boolean configured(PropertyResolver environment) {
        return StringUtils.hasText(environment.getProperty("spring.mail.host"));
    }
}
