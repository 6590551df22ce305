package org.uptake.identity.demo;

import java.util.EnumSet;
import java.util.List;

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

    record DemoPerson(String email, String name, String locale, Role role) {
    }

    private static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("admin@uptake.demo", "Ada Admin", "en", Role.ADMIN),
            new DemoPerson("manager@uptake.demo", "Martina Krüger", "de", Role.PROGRAMME_MANAGER),
            new DemoPerson("advisor@uptake.demo", "Jonas Becker", "de", Role.ADVISOR),
            new DemoPerson("trainer@uptake.demo", "Ingrid Solberg", "nb", Role.TRAINER),
            new DemoPerson("librarian@uptake.demo", "Kari Nordmann", "nb", Role.VENUE_STAFF),
            new DemoPerson("reviewer@uptake.demo", "Pieter de Vries", "en", Role.REVIEWER),
            // two more reviewers, so that every demo funding application has two independent reviews
            new DemoPerson("reviewer2@uptake.demo", "Ragnhild Aas", "nb", Role.REVIEWER),
            new DemoPerson("reviewer3@uptake.demo", "Thomas Brandt", "de", Role.REVIEWER),
            new DemoPerson("sme@uptake.demo", "Sabine Hoffmann", "de", Role.SME_USER));

    private final AccountRepository accounts;
    private final Registration registration;

    DemoAccounts(AccountRepository accounts, Registration registration) {
        this.accounts = accounts;
        this.registration = registration;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoPerson person : PEOPLE) {
            if (accounts.existsByEmail(person.email())) {
                continue;
            }
            var result = registration.register(person.email(), PASSWORD, person.name(), person.locale(),
                    EnumSet.of(person.role()));
            if (!(result instanceof Registration.Registered)) {
                throw new IllegalStateException("Demo account " + person.email() + " was not created: " + result);
            }
        }
    }
}
