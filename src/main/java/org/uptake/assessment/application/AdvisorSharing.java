package org.uptake.assessment.application;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.directory.Directory;
import org.uptake.directory.OrganisationSummary;
import org.uptake.directory.OrganisationType;
import org.uptake.identity.AuditLog;
import org.uptake.identity.UptakeUser;

/** A firm grants or revokes an advisor organisation's access to its assessments. */
@Service
public class AdvisorSharing {

    /** Organisations offered as advisors: chambers, agencies, parks and the like; any organisation may be chosen. */
    private static final EnumSet<OrganisationType> ADVISING = EnumSet.complementOf(EnumSet.of(OrganisationType.SME));

    private final Sharing sharing;
    private final AssessmentAccess access;
    private final Directory directory;
    private final AuditLog audit;

    AdvisorSharing(Sharing sharing, AssessmentAccess access, Directory directory, AuditLog audit) {
        this.sharing = sharing;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
    }

    public enum Outcome { DONE, NOT_FOUND, UNKNOWN_ADVISOR }

    /** The advisor organisations the firm shares with, if the caller may manage the firm's assessments. */
    @Transactional(readOnly = true)
    public Optional<List<OrganisationSummary>> advisorsOf(UptakeUser user, UUID organisationId) {
        if (!access.canEdit(user, organisationId)) {
            return Optional.empty();
        }
        return Optional.of(sharing.advisorsOf(organisationId).stream().map(directory::organisation)
                .flatMap(Optional::stream).toList());
    }

    /** Organisations the firm could share with and does not yet. */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> candidates(UUID organisationId) {
        List<UUID> current = sharing.advisorsOf(organisationId);
        return directory.organisationsOfTypes(ADVISING).stream()
                .filter(o -> !o.id().equals(organisationId) && !current.contains(o.id())).toList();
    }

    /** Grants access; granting twice changes nothing. */
    @Transactional
    public Outcome grant(UptakeUser user, UUID organisationId, UUID advisorOrganisationId) {
        if (!access.canEdit(user, organisationId)) {
            return Outcome.NOT_FOUND;
        }
        if (advisorOrganisationId == null || advisorOrganisationId.equals(organisationId)
                || directory.organisation(advisorOrganisationId).isEmpty()) {
            return Outcome.UNKNOWN_ADVISOR;
        }
        if (sharing.grant(organisationId, advisorOrganisationId, user.id())) {
            audit.record("ASSESSMENTS_SHARED", "organisation", organisationId, advisorOrganisationId.toString());
        }
        return Outcome.DONE;
    }

    @Transactional
    public Outcome revoke(UptakeUser user, UUID organisationId, UUID advisorOrganisationId) {
        if (!access.canEdit(user, organisationId)) {
            return Outcome.NOT_FOUND;
        }
        if (sharing.revoke(organisationId, advisorOrganisationId)) {
            audit.record("ASSESSMENTS_UNSHARED", "organisation", organisationId, advisorOrganisationId.toString());
        }
        return Outcome.DONE;
    }
}
