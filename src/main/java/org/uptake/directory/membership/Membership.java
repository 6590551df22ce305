package org.uptake.directory.membership;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.uptake.directory.MembershipRole;

/** A person belongs to an organisation with a role (and optionally a position such as "Managing director"). */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    private UUID id;
    private UUID organisationId;
    private UUID accountId;
    @Enumerated(EnumType.STRING)
    private MembershipRole role;
    private String position;
    private Instant createdAt;

    protected Membership() {
    }

    public Membership(UUID organisationId, UUID accountId, MembershipRole role, String position) {
        this.id = UUID.randomUUID();
        this.organisationId = organisationId;
        this.accountId = accountId;
        this.role = role;
        this.position = position == null || position.isBlank() ? null : position.strip();
        this.createdAt = Instant.now();
    }

    public UUID getId() {
        return id;
    }

    public UUID getOrganisationId() {
        return organisationId;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public MembershipRole getRole() {
        return role;
    }

    public String getPosition() {
        return position;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
