package org.uptake.notification.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;
import org.uptake.identity.Accounts;
import org.uptake.identity.UptakeUser;
import org.uptake.notification.Mailer;
import org.uptake.notification.OutgoingMail;
import org.uptake.notification.OutgoingMail.Attachment;

/**
 * The demo mailbox in demo mode (the same context as the demo data test): a demo user reads the mails sent to
 * them, nobody else's; administrators read all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class DemoMailboxTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    Mailer mailer;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        // built here rather than with @AutoConfigureMockMvc, which would start a context of its own
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private UptakeUser demo(String name) {
        return UptakeUser.of(accounts.findByEmail(name + "@uptake.demo").orElseThrow());
    }

    private UUID sentMail(String to, String subject, String text, Attachment attachment) {
        new TransactionTemplate(transactions).executeWithoutResult(
                status -> mailer.queue(OutgoingMail.of(to, subject, text).with(attachment)));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from mail_outbox where subject = ? and status = 'SENT'", Integer.class, subject) == 1);
        return jdbc.queryForObject("select id from mail_outbox where subject = ?", UUID.class, subject);
    }

    @Test
    void aDemoUserReadsTheirOwnMailsAndAdministratorsReadAll() throws Exception {
        String subject = "Anmeldung best\u00e4tigt " + UUID.randomUUID();
        byte[] ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
        UUID id = sentMail("sme@uptake.demo", subject, "Hallo Sabine,\nbis Donnerstag.",
                new Attachment("einladung.ics", "text/calendar", ics));
        UptakeUser sme = demo("sme");
        UptakeUser advisor = demo("advisor");
        UptakeUser admin = demo("admin");

        mvc.perform(get("/demo/mails").with(user(sme)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(subject)))
                .andExpect(content().string(containsString("sme@uptake.demo")));
        mvc.perform(get("/demo/mails").with(user(advisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(subject))));
        mvc.perform(get("/demo/mails").with(user(admin)))
                .andExpect(content().string(containsString(subject)));

        mvc.perform(get("/demo/mails/{id}", id).with(user(sme)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hallo Sabine,\nbis Donnerstag.")))
                .andExpect(content().string(containsString("einladung.ics")));
        mvc.perform(get("/demo/mails/{id}", id).with(user(advisor))).andExpect(status().isNotFound());
        mvc.perform(get("/demo/mails/{id}", id).with(user(admin))).andExpect(status().isOk());

        byte[] download = mvc.perform(get("/demo/mails/{id}/attachments/0", id).with(user(sme)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/calendar")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("einladung.ics")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(download).isEqualTo(ics);
        mvc.perform(get("/demo/mails/{id}/attachments/0", id).with(user(advisor))).andExpect(status().isNotFound());
        mvc.perform(get("/demo/mails/{id}/attachments/1", id).with(user(sme))).andExpect(status().isNotFound());
    }

    @Test
    void everyoneSignedInFindsTheMailboxInTheMenuVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/").with(user(demo("trainer"))))
                .andExpect(content().string(containsString("href=\"/demo/mails\"")));
        mvc.perform(get("/demo/mails")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theNewestMailComesFirst() throws Exception {
        String first = "First " + UUID.randomUUID();
        String second = "Second " + UUID.randomUUID();
        sentMail("librarian@uptake.demo", first, "...", new Attachment("a.txt", "text/plain", new byte[] {1}));
        sentMail("librarian@uptake.demo", second, "...", new Attachment("b.txt", "text/plain", new byte[] {2}));

        String page = mvc.perform(get("/demo/mails").with(user(demo("librarian"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf(second)).isPositive().isLessThan(page.indexOf(first));
    }
}
