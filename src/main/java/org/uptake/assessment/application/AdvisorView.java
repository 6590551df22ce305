package org.uptake.assessment.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.assessment.model.Assessment;
import org.uptake.assessment.model.AssessmentRepository;
import org.uptake.directory.Directory;
import org.uptake.directory.OrganisationSummary;
import org.uptake.identity.UptakeUser;

/** What an advisor sees: the firms that share with their organisations and each firm's latest results. */
@Service
public class AdvisorView {

    private final AssessmentAccess access;
    private final Sharing sharing;
    private final AssessmentRepository assessments;
    private final Directory directory;

    AdvisorView(AssessmentAccess access, Sharing sharing, AssessmentRepository assessments, Directory directory) {
        this.access = access;
        this.sharing = sharing;
        this.assessments = assessments;
        this.directory = directory;
    }

    /** One firm with its latest submitted assessment per questionnaire (overall score unrounded). */
    public record SharedFirm(UUID organisationId, String name, String nutsCode, String naceSection, String sizeClass,
            UUID assessmentId, String questionnaire, String stage, Double overall, String level, Instant submittedAt) {
    }

    @Transactional(readOnly = true)
    public List<SharedFirm> firms(UptakeUser advisor) {
        List<UUID> organisations = sharing.sharingWith(access.advisorOrganisations(advisor));
        Map<String, Assessment> latest = new LinkedHashMap<>();
        for (Assessment assessment : assessments.submittedOf(organisations)) {
            latest.putIfAbsent(assessment.getOrganisationId() + "/" + assessment.getQuestionnaireKey(), assessment);
        }
        List<SharedFirm> firms = new ArrayList<>();
        for (UUID id : organisations) {
            OrganisationSummary organisation = directory.organisation(id).orElse(null);
            if (organisation == null) {
                continue;
            }
            List<Assessment> ofFirm = latest.values().stream().filter(a -> a.getOrganisationId().equals(id)).toList();
            if (ofFirm.isEmpty()) {
                firms.add(new SharedFirm(id, organisation.name(), organisation.nutsCode(), organisation.naceSection(),
                        organisation.sizeClass().name(), null, null, null, null, null, null));
            }
            ofFirm.forEach(a -> firms.add(new SharedFirm(id, organisation.name(), organisation.nutsCode(),
                    organisation.naceSection(), organisation.sizeClass().name(), a.getId(), a.getQuestionnaireKey(), a.getStage(),
                    a.getOverallScore(), a.getLevel(), a.getSubmittedAt())));
        }
        firms.sort(java.util.Comparator.comparing(SharedFirm::name, String.CASE_INSENSITIVE_ORDER));
        return firms;
    }
}
