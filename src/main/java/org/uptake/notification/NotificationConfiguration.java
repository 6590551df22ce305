package org.uptake.notification;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.uptake.identity.Role;
import org.uptake.notification.mailbox.DemoMailboxOn;
import org.uptake.platform.NavigationItem;

/**
 * Scheduled jobs run on every node, guarded by ShedLock so that one node at a time runs each (the outbox sender
 * first; reminders later). The lock is a row in the {@code shedlock} table, timed by the database's clock so that
 * nodes with drifting clocks agree.
 */
@Configuration
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class NotificationConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    /** Wherever the demo mailbox is on, administrators find it in the menu; in demo mode everyone signed in does. */
    @Bean
    @Conditional(DemoMailboxOn.class)
    NavigationItem demoMailboxNavigation(@Value("${uptake.demo:false}") boolean demo) {
        return demo
                ? NavigationItem.forSignedIn("nav.demoMailbox", "/demo/mails", 950)
                : NavigationItem.forRole("nav.demoMailbox", "/demo/mails", 950, Role.ADMIN.name());
    }
}
