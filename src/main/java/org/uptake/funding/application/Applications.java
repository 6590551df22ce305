package org.uptake.funding.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.directory.Directory;
import org.uptake.directory.OrganisationSummary;
import org.uptake.funding.application.ApplicationResult.CallClosed;
import org.uptake.funding.application.ApplicationResult.Checked;
import org.uptake.funding.application.ApplicationResult.Done;
import org.uptake.funding.application.ApplicationResult.Forbidden;
import org.uptake.funding.application.ApplicationResult.Incomplete;
import org.uptake.funding.application.ApplicationResult.Invalid;
import org.uptake.funding.application.ApplicationResult.Listed;
import org.uptake.funding.application.ApplicationResult.NotEditable;
import org.uptake.funding.application.ApplicationResult.NotFound;
import org.uptake.funding.application.ApplicationResult.Stale;
import org.uptake.funding.application.ApplicationResult.Submitted;
import org.uptake.funding.call.Call;
import org.uptake.funding.call.CallRepository;
import org.uptake.identity.AccountView;
import org.uptake.identity.Accounts;
import org.uptake.identity.AuditLog;
import org.uptake.identity.UptakeUser;
import org.uptake.platform.Issue;

/**
 * The applicant's use cases: start a draft, change it, check it, submit it for a receipt, and read it with its
 * versions and history. A submission happens in one transaction (locked application, receipt number, frozen
 * version, status, audit entry, the stored event that mails the receipt) or not at all.
 */
@Service
public class Applications {

    private final ApplicationRepository applications;
    private final ApplicationDocumentRepository documents;
    private final SubmittedVersionRepository versions;
    private final CallRepository calls;
    private final Directory directory;
    private final ApplicationAccess access;
    private final ReceiptCounter counter;
    private final ReceiptDocuments receipts;
    private final AuditLog audit;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    Applications(ApplicationRepository applications, ApplicationDocumentRepository documents,
            SubmittedVersionRepository versions, CallRepository calls, Directory directory, ApplicationAccess access,
            ReceiptCounter counter, ReceiptDocuments receipts, AuditLog audit, Accounts accounts,
            ApplicationEventPublisher events) {
        this.applications = applications;
        this.documents = documents;
        this.versions = versions;
        this.calls = calls;
        this.directory = directory;
        this.access = access;
        this.counter = counter;
        this.receipts = receipts;
        this.audit = audit;
        this.accounts = accounts;
        this.events = events;
    }

    /** A new draft of the caller's organisation (the lead) for a published call that is still open. */
    @Transactional
    public ApplicationResult create(UptakeUser user, UUID callId, ApplicationRequest request) {
        Optional<Call> found = calls.findById(callId);
        if (found.isEmpty() || !found.get().getStatus().name().matches("PUBLISHED|DECIDED")) {
            return new NotFound();
        }
        Call call = found.get();
        if (request.leadOrganisationId() == null) {
            return new Invalid(List.of(Issue.of("leadOrganisationId", "validation.required")));
        }
        if (user == null || !directory.isMember(user.id(), request.leadOrganisationId())) {
            return new Forbidden();
        }
        if (!call.isOpenForDrafts(Instant.now())) {
            return new CallClosed();
        }
        return switch (DraftRules.check(request, request.leadOrganisationId(), call, directory)) {
            case DraftRules.Refused refused -> new Invalid(refused.issues());
            case DraftRules.Accepted accepted -> {
                Application application = new Application(callId, request.leadOrganisationId(), user.id());
                apply(application, accepted.draft());
                applications.saveAndFlush(application);
                audit.record("FUNDING_APPLICATION_CREATED", "funding_application", application.getId(),
                        "call " + call.getNumber());
                yield new Done(view(user, application, call));
            }
        };
    }

    /** Replaces the content of a draft (or of an application returned for revision under conditions). */
    @Transactional
    public ApplicationResult update(UptakeUser user, UUID id, ApplicationRequest request) {
        Optional<Application> found = applications.findLocked(id);
        if (found.isEmpty() || !access.mayRead(user, found.get())) {
            return new NotFound();
        }
        Application application = found.get();
        if (!access.inConsortium(user, application)) {
            return new Forbidden();
        }
        if (!ApplicationAccess.isOpenForChanges(application)) {
            return new NotEditable();
        }
        if (request.version() != null && request.version() != application.getVersion()) {
            return new Stale();
        }
        Call call = calls.findById(application.getCallId()).orElseThrow();
        if (application.isDraft() && !call.isOpenForDrafts(Instant.now())) {
            return new CallClosed();
        }
        UUID lead = request.leadOrganisationId() == null ? application.getLeadOrganisationId()
                : request.leadOrganisationId();
        if (!lead.equals(application.getLeadOrganisationId()) && !directory.isMember(user.id(), lead)) {
            return new Forbidden();
        }
        return switch (DraftRules.check(request, lead, call, directory)) {
            case DraftRules.Refused refused -> new Invalid(refused.issues());
            case DraftRules.Accepted accepted -> {
                apply(application, accepted.draft());
                applications.saveAndFlush(application);
                yield new Done(view(user, application, call));
            }
        };
    }

    @Transactional(readOnly = true)
    public Optional<ApplicationView> find(UptakeUser user, UUID id) {
        return applications.findById(id).filter(a -> access.mayRead(user, a))
                .map(a -> view(user, a, calls.findById(a.getCallId()).orElseThrow()));
    }

    /** What is still missing or wrong before the application can be submitted. */
    @Transactional(readOnly = true)
    public ApplicationResult check(UptakeUser user, UUID id, Locale locale) {
        Optional<Application> found = applications.findById(id).filter(a -> access.mayRead(user, a));
        if (found.isEmpty()) {
            return new NotFound();
        }
        Application application = found.get();
        Call call = calls.findById(application.getCallId()).orElseThrow();
        return new Checked(Completeness.check(application, call, current(id), directory, locale));
    }

    /**
     * Submits the application: the first time until the call's deadline (to the second, in its time zone, judged
     * after the application's lock is held), a revision under conditions at any time. Receipt number, frozen
     * version, status, audit entry and the receipt mail's event commit together.
     */
    @Transactional
    public ApplicationResult submit(UptakeUser user, UUID id, Locale locale) {
        Optional<Application> found = applications.findLocked(id);
        if (found.isEmpty() || !access.mayRead(user, found.get())) {
            return new NotFound();
        }
        Application application = found.get();
        if (!access.inLead(user, application)) {
            return new Forbidden();
        }
        boolean revision = application.getStatus() == ApplicationStatus.APPROVED_WITH_CONDITIONS;
        if (!application.isDraft() && !revision) {
            return new NotEditable();
        }
        Instant now = Instant.now();
        Call call = calls.findById(application.getCallId()).orElseThrow();
        if (!revision && !call.acceptsSubmissionAt(now)) {
            return new CallClosed();
        }
        List<ApplicationDocument> files = current(id);
        List<Issue> issues = Completeness.check(application, call, files, directory, locale);
        if (!issues.isEmpty()) {
            return new Incomplete(issues);
        }
        int number = application.getCurrentVersion() + 1;
        Map<String, Object> frozen = VersionContent.of(application, call, files, directory, number, now);
        // the call's receipt counter stays locked from here to the commit: only quick work follows
        String receiptNumber = ReceiptCounter.format(call.getNumber(), counter.next(call.getId()));
        String content = VersionContent.json(frozen, receiptNumber);
        SubmittedVersion version = versions.save(new SubmittedVersion(id, number, receiptNumber, now, user.id(),
                VersionContent.sha256(content), content));
        application.submitted(number, receiptNumber, now, user.id(),
                revision ? ApplicationStatus.REVISION_SUBMITTED : ApplicationStatus.SUBMITTED);
        audit.record(revision ? "FUNDING_APPLICATION_REVISION_SUBMITTED" : "FUNDING_APPLICATION_SUBMITTED",
                "funding_application", id, receiptNumber + " " + version.getChecksum());
        events.publishEvent(new ReceiptRequested(id, number, user.email(), user.locale()));
        return new Submitted(receiptNumber, now, version.getChecksum(), number);
    }

    /** The submitted versions, oldest first, without their content. */
    @Transactional(readOnly = true)
    public Optional<List<SubmittedVersion>> versions(UptakeUser user, UUID id) {
        return applications.findById(id).filter(a -> access.mayRead(user, a))
                .map(a -> versions.findByApplicationIdOrderByVersionNumber(id));
    }

    @Transactional(readOnly = true)
    public Optional<SubmittedVersion> version(UptakeUser user, UUID id, int number) {
        return applications.findById(id).filter(a -> access.mayRead(user, a))
                .flatMap(a -> versions.findById(new SubmittedVersion.Key(id, number)));
    }

    /** The receipt of a version (the newest when {@code number} is null) as the PDF. */
    @Transactional(readOnly = true)
    public Optional<Receipt> receipt(UptakeUser user, UUID id, Integer number, Locale locale) {
        Optional<Application> found = applications.findById(id).filter(a -> access.mayRead(user, a));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        int wanted = number == null ? found.get().getCurrentVersion() : number;
        Call call = calls.findById(found.get().getCallId()).orElseThrow();
        return versions.findById(new SubmittedVersion.Key(id, wanted))
                .map(v -> receipts.of(v, call.getTitle().in(locale), call.zone()));
    }

    public byte[] receiptPdf(Receipt receipt, Locale locale) {
        return receipts.pdf(receipt, locale);
    }

    /** All applications to a call with their status, for programme managers. */
    @Transactional(readOnly = true)
    public ApplicationResult forCall(UptakeUser user, UUID callId) {
        if (calls.findById(callId).isEmpty()) {
            return new NotFound();
        }
        if (!access.managesCalls(user)) {
            return new Forbidden();
        }
        return new Listed(summaries(applications.findByCallIdOrderByCreatedAt(callId)));
    }

    /** The applications of the consortia the caller belongs to, most recently changed first. */
    @Transactional(readOnly = true)
    public List<ApplicationSummary> mine(UptakeUser user) {
        List<UUID> organisations = directory.affiliations(user.id()).stream()
                .map(a -> a.organisation().id()).toList();
        if (organisations.isEmpty()) {
            return List.of();
        }
        return summaries(applications.findByConsortiumMember(organisations));
    }

    private List<ApplicationSummary> summaries(List<Application> found) {
        Map<UUID, Call> callsById = new java.util.HashMap<>();
        List<ApplicationSummary> result = new ArrayList<>();
        for (Application a : found) {
            Call call = callsById.computeIfAbsent(a.getCallId(), c -> calls.findById(c).orElseThrow());
            result.add(new ApplicationSummary(a.getId(), a.getCallId(), call.getTitle(), a.getTitle(),
                    a.getAcronym(), a.getLeadOrganisationId(), name(a.getLeadOrganisationId()), a.organisationIds().size(),
                    a.getStatus(),
                    a.getReceiptNumber(), a.getSubmittedAt(), a.getCurrentVersion(), a.getRequestedGrant(),
                    a.totalBudget(), a.getUpdatedAt()));
        }
        return result;
    }

    private List<ApplicationDocument> current(UUID id) {
        return documents.findByApplicationIdAndRemovedFalseOrderByUploadedAt(id);
    }

    private static void apply(Application application, DraftRules.Draft draft) {
        application.edit(draft.title(), draft.acronym(), draft.summary(), draft.leadOrganisationId(),
                draft.partners(), draft.budget(), draft.sections(), draft.requestedGrant(), draft.ownContribution(),
                draft.projectStart(), draft.projectEnd());
    }

    private String name(UUID organisationId) {
        return directory.organisation(organisationId).map(OrganisationSummary::name).orElse("?");
    }

    ApplicationView view(UptakeUser user, Application a, Call call) {
        List<ApplicationView.PartnerView> partners = new ArrayList<>();
        List<Partner> stored = new ArrayList<>(a.getPartners());
        stored.sort(Comparator.comparing((Partner p) -> p.role() == PartnerRole.LEAD ? 0 : 1));
        for (Partner p : stored) {
            Optional<OrganisationSummary> organisation = directory.organisation(p.organisationId());
            partners.add(new ApplicationView.PartnerView(p.organisationId(),
                    organisation.map(OrganisationSummary::name).orElse("?"),
                    organisation.map(OrganisationSummary::type).orElse(null),
                    organisation.map(OrganisationSummary::nutsCode).orElse(null), p.role(), p.workShare()));
        }
        List<ApplicationView.DocumentView> files = current(a.getId()).stream()
                .map(d -> new ApplicationView.DocumentView(d.getId(), d.getDocumentKey(), d.getFileName(),
                        d.getContentType(), d.getSizeBytes(), d.getSha256(), d.getUploadedAt()))
                .toList();
        Set<UUID> people = new HashSet<>();
        a.getHistory().forEach(h -> {
            if (h.getChangedBy() != null) {
                people.add(h.getChangedBy());
            }
        });
        Map<UUID, AccountView> names = accounts.findAll(people);
        List<ApplicationView.HistoryView> history = a.getHistory().stream()
                .sorted(Comparator.comparing(StatusChange::getChangedAt))
                .map(h -> new ApplicationView.HistoryView(h.getStatus(), h.getChangedAt(), h.getChangedBy(),
                        Optional.ofNullable(names.get(h.getChangedBy())).map(AccountView::displayName).orElse(null),
                        h.getNote()))
                .toList();
        boolean editable = ApplicationAccess.isOpenForChanges(a) && access.inConsortium(user, a)
                && (!a.isDraft() || call.isOpenForDrafts(Instant.now()));
        boolean submittable = editable && access.inLead(user, a);
        return new ApplicationView(a.getId(), call.getId(), call.getNumber(), call.getTitle(), call.getCurrency(),
                call.getMaxFundingRatePercent(), call.getMaxGrant(), call.getMinPartners(), call.getDeadline(),
                call.zone().getId(), call.getSections(), call.getDocumentTypes(), a.getStatus(), a.getTitle(),
                a.getAcronym(), a.getSummary(), a.getLeadOrganisationId(), partners, a.getBudget(),
                a.getSectionTexts(), a.getRequestedGrant(), a.getOwnContribution(), a.totalBudget(),
                Completeness.rate(a.getRequestedGrant(), a.totalBudget()), a.getProjectStart(), a.getProjectEnd(),
                a.getReceiptNumber(), a.getSubmittedAt(), a.getCurrentVersion(), files, history, a.getVersion(),
                editable, submittable, a.getCreatedAt(), a.getUpdatedAt());
    }
}
