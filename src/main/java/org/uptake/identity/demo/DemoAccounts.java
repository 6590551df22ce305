package org.uptake.identity.demo;

import java.util.EnumSet;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.uptake.identity.Role;
import org.uptake.identity.account.AccountRepository;
import org.uptake.identity.account.Registration;

/** One demo account per role (profile {@code demo} only); other modules' demo data builds on them. */
@Component
@Profile("demo")
@Order(10)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo-password-2027";

    private static final Map<String, Role> ACCOUNTS = Map.of(
            "admin@uptake.demo", Role.ADMIN,
            "manager@uptake.demo", Role.PROGRAMME_MANAGER,
            "advisor@uptake.demo", Role.ADVISOR,
            "trainer@uptake.demo", Role.TRAINER,
            "librarian@uptake.demo", Role.VENUE_STAFF,
            "reviewer@uptake.demo", Role.REVIEWER,
            "sme@uptake.demo", Role.SME_USER);

    private static final Map<String, String[]> PEOPLE = Map.of(
            "admin@uptake.demo", new String[] {"Ada Admin", "en"},
            "manager@uptake.demo", new String[] {"Martina Krüger", "de"},
            "advisor@uptake.demo", new String[] {"Jonas Becker", "de"},
            "trainer@uptake.demo", new String[] {"Ingrid Solberg", "nb"},
            "librarian@uptake.demo", new String[] {"Kari Nordmann", "nb"},
            "reviewer@uptake.demo", new String[] {"Pieter de Vries", "en"},
            "sme@uptake.demo", new String[] {"Sabine Hoffmann", "de"});

    private final AccountRepository accounts;
    private final Registration registration;

    DemoAccounts(AccountRepository accounts, Registration registration) {
        this.accounts = accounts;
        this.registration = registration;
    }

    @Override
    public void run(ApplicationArguments args) {
        ACCOUNTS.forEach((email, role) -> {
            if (!accounts.existsByEmail(email)) {
                String[] person = PEOPLE.get(email);
                registration.register(email, PASSWORD, person[0], person[1], EnumSet.of(role));
            }
        });
    }
}
