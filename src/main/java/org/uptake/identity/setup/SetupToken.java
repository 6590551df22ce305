package org.uptake.identity.setup;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The hash of the one-time token that lets the first person become administrator. One row at most. */
@Entity
@Table(name = "setup_token")
class SetupToken {

    static final int SINGLETON = 1;

    @Id
    private Integer id;
    private String tokenHash;
    private Instant createdAt;

    protected SetupToken() {
    }

    SetupToken(String tokenHash) {
        this.id = SINGLETON;
        this.tokenHash = tokenHash;
        this.createdAt = Instant.now();
    }

    void replace(String newHash) {
        this.tokenHash = newHash;
        this.createdAt = Instant.now();
    }

    String getTokenHash() {
        return tokenHash;
    }
}
