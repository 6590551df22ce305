package org.uptake.notification.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;

/** Chooses where the outbox delivers: the SMTP server when one is configured, else the demo mailbox. */
@Configuration
@EnableConfigurationProperties(MailSettings.class)
class OutboxConfiguration {

    private static final Logger log = LoggerFactory.getLogger(OutboxConfiguration.class);

    @Bean
    MailDelivery mailDelivery(Environment environment, ObjectProvider<JavaMailSender> sender, MailSettings settings) {
        if (SmtpServer.configured(environment)) {
            return new SmtpDelivery(sender.getObject(), settings.fromAddress());
        }
        log.info("No mail server configured (UPTAKE_MAIL_HOST): mails go to the demo mailbox at /demo/mails");
        return new DemoMailboxDelivery();
    }
}
