package org.uptake.directory.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.directory.MembershipRole;
import org.uptake.directory.membership.Membership;
import org.uptake.directory.membership.MembershipRepository;
import org.uptake.directory.organisation.OrganisationPermissions.Action;
import org.uptake.directory.organisation.OrganisationRules.Violation;
import org.uptake.identity.AuditLog;
import org.uptake.identity.UptakeUser;

/** Creating and editing organisations: the use cases behind the pages and the API. */
@Service
public class Organisations {

    private final OrganisationRepository organisations;
    private final MembershipRepository memberships;
    private final OrganisationRules rules;
    private final OrganisationPermissions permissions;
    private final AuditLog audit;
    private final Validator validator;

    Organisations(OrganisationRepository organisations, MembershipRepository memberships, OrganisationRules rules,
            OrganisationPermissions permissions, AuditLog audit, Validator validator) {
        this.validator = validator;
        this.organisations = organisations;
        this.memberships = memberships;
        this.rules = rules;
        this.permissions = permissions;
        this.audit = audit;
    }

    public sealed interface Result {
    }

    public record Saved(Organisation organisation) implements Result {
    }

    public record Invalid(List<Violation> violations) implements Result {
    }

    public record NotFound() implements Result {
    }

    public record Forbidden() implements Result {
    }

    /** Someone else saved the organisation since the form was opened. */
    public record Stale() implements Result {
    }

    /** Creates the organisation; its creator becomes its owner. */
    @Transactional
    public Result create(UptakeUser creator, OrganisationRequest request) {
        List<Violation> violations = check(request);
        if (!violations.isEmpty()) {
            return new Invalid(violations);
        }
        Organisation organisation = organisations.save(new Organisation(request, rules.section(request).orElseThrow()));
        memberships.save(new Membership(organisation.getId(), creator.id(), MembershipRole.OWNER, null));
        audit.record("ORGANISATION_CREATED", "organisation", organisation.getId(), organisation.getName());
        return new Saved(organisation);
    }

    @Transactional
    public Result update(UptakeUser editor, UUID id, OrganisationRequest request) {
        Optional<Organisation> found = organisations.findById(id);
        if (found.isEmpty()) {
            return new NotFound();
        }
        if (!permissions.can(editor, Action.EDIT, id)) {
            return new Forbidden();
        }
        Organisation organisation = found.get();
        if (request.version() != null && request.version() != organisation.getVersion()) {
            return new Stale();
        }
        List<Violation> violations = check(request);
        if (!violations.isEmpty()) {
            return new Invalid(violations);
        }
        organisation.apply(request, rules.section(request).orElseThrow());
        try {
            organisations.saveAndFlush(organisation);
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            return new Stale();
        }
        audit.record("ORGANISATION_UPDATED", "organisation", id, organisation.getName());
        return new Saved(organisation);
    }

    /** The shape (bean validation, for callers that did not validate) and then the reference data. */
    private List<Violation> check(OrganisationRequest request) {
        List<Violation> shape = validator.validate(request).stream()
                .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessageTemplate().replaceAll("[{}]", "")))
                .toList();
        return shape.isEmpty() ? rules.check(request) : shape;
    }
}
