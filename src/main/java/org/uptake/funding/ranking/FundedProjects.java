package org.uptake.funding.ranking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.directory.Directory;
import org.uptake.directory.OrganisationSummary;
import org.uptake.funding.application.Application;
import org.uptake.funding.application.ApplicationRepository;
import org.uptake.funding.application.ApplicationStatus;
import org.uptake.funding.call.Call;
import org.uptake.funding.call.CallRepository;
import org.uptake.funding.call.CallStatus;

/**
 * The funded projects of a decided call as open data: project, beneficiaries (lead first), the lead's region,
 * grant, total budget, dates. Public once the call is DECIDED; before that nothing is published (409), and a draft
 * or unknown call is not found (404). Funded means approved, with or without conditions.
 */
@Service
public class FundedProjects {

    static final List<ApplicationStatus> FUNDED = List.of(ApplicationStatus.APPROVED,
            ApplicationStatus.APPROVED_WITH_CONDITIONS, ApplicationStatus.REVISION_SUBMITTED);

    private final CallRepository calls;
    private final ApplicationRepository applications;
    private final CandidateQueries queries;
    private final Directory directory;

    FundedProjects(CallRepository calls, ApplicationRepository applications, CandidateQueries queries,
            Directory directory) {
        this.calls = calls;
        this.applications = applications;
        this.queries = queries;
        this.directory = directory;
    }

    public record Beneficiary(UUID organisationId, String name, boolean lead) {
    }

    public record FundedProject(UUID applicationId, String title, String acronym, List<Beneficiary> beneficiaries,
            String nutsCode, String regionName, BigDecimal grant, BigDecimal totalBudget, LocalDate start,
            LocalDate end, LocalDate decisionDate, String currency) {
    }

    /** {@code Done<List<FundedProject>>} by title. */
    @Transactional(readOnly = true)
    public RankingResult of(UUID callId) {
        Optional<Call> call = calls.findById(callId);
        if (call.isEmpty() || call.get().getStatus() == CallStatus.DRAFT) {
            return new RankingResult.NotFound("funding.call.notFound");
        }
        if (call.get().getStatus() != CallStatus.DECIDED) {
            return new RankingResult.Conflict("funding.openData.notDecided");
        }
        List<FundedProject> projects = new ArrayList<>();
        for (Application application : applications.findByCallIdAndStatusIn(callId, FUNDED)) {
            List<Beneficiary> beneficiaries = new ArrayList<>();
            for (UUID org : application.organisationIds()) {
                String name = directory.organisation(org).map(OrganisationSummary::name).orElse("");
                beneficiaries.add(new Beneficiary(org, name, org.equals(application.getLeadOrganisationId())));
            }
            String nuts = directory.organisation(application.getLeadOrganisationId())
                    .map(OrganisationSummary::nutsCode).orElse(null);
            projects.add(new FundedProject(application.getId(), application.getTitle(), application.getAcronym(),
                    beneficiaries, nuts, directory.regionName(nuts).orElse(null), application.getRequestedGrant(),
                    application.totalBudget(), application.getProjectStart(), application.getProjectEnd(),
                    queries.decisionDate(application.getId()), call.get().getCurrency()));
        }
        projects.sort(Comparator.comparing(p -> p.title() == null ? "" : p.title(), String.CASE_INSENSITIVE_ORDER));
        return new RankingResult.Done<>(projects);
    }
}
