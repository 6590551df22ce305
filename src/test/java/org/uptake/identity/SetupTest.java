package org.uptake.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.uptake.ApiClient;
import org.uptake.ApplicationTest;
import org.uptake.identity.account.AccountRepository;
import org.uptake.identity.setup.FirstAdministrator;

/** Without demo data the first administrator comes from the one-time token printed at start. */
@ApplicationTest
@AutoConfigureMockMvc
class SetupTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountRepository accounts;

    @Autowired
    FirstAdministrator firstAdministrator;

    @Test
    void theSetupTokenCreatesTheFirstAdministratorOnce() throws Exception {
        jdbc.update("delete from account_role where role = 'ADMIN'");
        String token = firstAdministrator.newToken();
        assertThat(firstAdministrator.setupPending()).isTrue();
        String email = "admin-" + UUID.randomUUID() + "@example.org";

        mvc.perform(post("/setup").with(csrf()).param("token", "guessed").param("account.email", email)
                        .param("account.displayName", "Admin").param("account.password", ApiClient.PASSWORD)
                        .param("account.locale", "en"))
                .andExpect(content().string(containsString("This setup token is not valid.")));
        assertThat(accounts.findByEmail(email)).isEmpty();

        mvc.perform(post("/setup").with(csrf()).param("token", token).param("account.email", email)
                        .param("account.displayName", "Admin").param("account.password", ApiClient.PASSWORD)
                        .param("account.locale", "en"))
                .andExpect(redirectedUrl("/login?setup"));

        assertThat(accounts.findByEmail(email)).get().satisfies(a -> assertThat(a.getRoles()).containsExactly(Role.ADMIN));
        mvc.perform(get("/setup")).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from setup_token", Integer.class)).isZero();
    }
}
