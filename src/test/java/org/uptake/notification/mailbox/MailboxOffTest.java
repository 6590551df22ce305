package org.uptake.notification.mailbox;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.uptake.ApplicationTest;
import org.uptake.identity.Role;
import org.uptake.identity.UptakeUser;

/** With a mail server and without demo mode (production), there is no demo mailbox, not even for administrators. */
@ApplicationTest
@AutoConfigureMockMvc
class MailboxOffTest {

    @Autowired
    MockMvc mvc;

    @Test
    void productionWithAMailServerHasNoDemoMailbox() throws Exception {
        UptakeUser admin = new UptakeUser(UUID.randomUUID(), "admin-" + UUID.randomUUID() + "@example.org", "Admin",
                "", EnumSet.of(Role.ADMIN), "en", true, null);

        mvc.perform(get("/demo/mails").with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/accounts")))
                .andExpect(content().string(not(containsString("/demo/mails"))));
    }
}
