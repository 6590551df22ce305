package org.uptake.browser;

import java.util.UUID;

/** A person the tests invent; the e-mail address is unique because all tests share one database. */
record TestAccount(String email, String password, String displayName) {

    static TestAccount unique() {
        String id = UUID.randomUUID().toString();
        return new TestAccount("browser-" + id + "@uptake.test", "Werkbank-2027-Salzwedel",
                "Greta Tischler " + id.substring(0, 8));
    }

    TestAccount withEmail(String otherEmail) {
        return new TestAccount(otherEmail, password, displayName);
    }
}
