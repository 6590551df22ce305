package org.uptake.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.uptake.ApiClient;
import org.uptake.ApplicationTest;
import org.uptake.identity.account.AccountRepository;
import org.uptake.identity.account.Registration;

/** Administration of roles, the audit log and the profile's password change. */
@ApplicationTest
@AutoConfigureMockMvc
class IdentityPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Registration registration;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    private UptakeUser account(Role role) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
        registration.register(email, ApiClient.PASSWORD, "Person " + role, "en", EnumSet.of(role));
        return accounts.findByEmail(email).orElseThrow().toUser();
    }

    @Test
    void anAdministratorGrantsARoleAndTheAuditLogSaysSo() throws Exception {
        UptakeUser admin = account(Role.ADMIN);
        UptakeUser person = account(Role.SME_USER);

        mvc.perform(post("/admin/accounts/{id}/roles", person.id()).with(user(admin)).with(csrf())
                        .param("roles", "SME_USER", "ADVISOR"))
                .andExpect(flash().attribute("saved", "admin.rolesSaved"));

        assertThat(accounts.findById(person.id()).orElseThrow().getRoles())
                .containsExactlyInAnyOrder(Role.SME_USER, Role.ADVISOR);
        mvc.perform(get("/admin/audit").with(user(admin)).param("action", "ROLES_CHANGED"))
                .andExpect(content().string(containsString("[SME_USER] -&gt; [ADVISOR, SME_USER]")));
    }

    @Test
    void onlyAdministratorsManageRoles() throws Exception {
        UptakeUser manager = account(Role.PROGRAMME_MANAGER);
        UptakeUser person = account(Role.SME_USER);

        mvc.perform(post("/admin/accounts/{id}/roles", person.id()).with(user(manager)).with(csrf())
                        .param("roles", "ADMIN"))
                .andExpect(status().isForbidden());

        assertThat(accounts.findById(person.id()).orElseThrow().getRoles()).containsExactly(Role.SME_USER);
    }

    @Test
    void theLastAdministratorKeepsTheRole() throws Exception {
        jdbc.update("delete from account_role where role = 'ADMIN'");
        UptakeUser admin = account(Role.ADMIN);

        mvc.perform(post("/admin/accounts/{id}/roles", admin.id()).with(user(admin)).with(csrf())
                        .param("roles", "SME_USER"))
                .andExpect(flash().attribute("problem", "admin.lastAdmin"));

        assertThat(accounts.findById(admin.id()).orElseThrow().getRoles()).contains(Role.ADMIN);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndAStrongNewOne() throws Exception {
        UptakeUser person = account(Role.SME_USER);

        mvc.perform(post("/profile/password").with(user(person)).with(csrf())
                        .param("currentPassword", "not-my-password-1").param("newPassword", "Another-strong-2028"))
                .andExpect(content().string(containsString("The password is wrong.")));
        mvc.perform(post("/profile/password").with(user(person)).with(csrf())
                        .param("currentPassword", ApiClient.PASSWORD).param("newPassword", "short"))
                .andExpect(content().string(containsString("at least 12 characters")));
        assertThat(passwordEncoder.matches(ApiClient.PASSWORD,
                accounts.findById(person.id()).orElseThrow().getPasswordHash())).isTrue();

        mvc.perform(post("/profile/password").with(user(person)).with(csrf())
                        .param("currentPassword", ApiClient.PASSWORD).param("newPassword", "Another-strong-2028"))
                .andExpect(flash().attribute("saved", "password.changed"));
        assertThat(passwordEncoder.matches("Another-strong-2028",
                accounts.findById(person.id()).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void theLanguageChosenInTheProfileIsStoredInTheAccount() throws Exception {
        UptakeUser person = account(Role.SME_USER);

        mvc.perform(post("/profile").with(user(person)).with(csrf()).param("displayName", "Kari").param("locale", "nb"))
                .andExpect(flash().attribute("saved", "profile.saved"));
        mvc.perform(post("/profile").with(user(person)).with(csrf()).param("displayName", "Kari").param("locale", "fr"))
                .andExpect(content().string(containsString("Choose English, German or Norwegian")));

        assertThat(accounts.findById(person.id()).orElseThrow().getLocale()).isEqualTo("nb");
    }

    @Test
    void theTokenPageShowsANewTokenOnceAndListsItWithItsDates() throws Exception {
        UptakeUser person = account(Role.SME_USER);

        var created = mvc.perform(post("/profile/tokens").with(user(person)).with(csrf()).param("name", "Spreadsheet"))
                .andReturn().getFlashMap().get("newToken");

        assertThat(created).asString().startsWith("upt_");
        mvc.perform(get("/profile/tokens").with(user(person)).header("Accept-Language", "de"))
                .andExpect(content().string(containsString("Spreadsheet")))
                .andExpect(content().string(containsString("Aktiv")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(created.toString()))));
    }
}
