package org.uptake.funding.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.directory.Directory;
import org.uptake.identity.AuditLog;
import org.uptake.identity.UptakeUser;
import org.uptake.platform.Issue;
import org.uptake.platform.Language;

/** The use cases of a call: write, change while a draft, publish, find. */
@Service
public class Calls {

    /** The description sections every application has unless the call names its own. */
    static final List<String> STANDARD_SECTIONS = List.of("objectives", "workplan", "impact", "cooperation");
    /** What programme staff check unless the call names its own checklist. */
    static final List<String> STANDARD_CHECKLIST = List.of("applicants", "consortium", "budget", "documents",
            "stateAid");

    private final CallRepository calls;
    private final FundingPermissions permissions;
    private final Directory directory;
    private final AuditLog audit;
    private final MessageSource messages;

    Calls(CallRepository calls, FundingPermissions permissions, Directory directory, AuditLog audit,
            MessageSource messages) {
        this.calls = calls;
        this.permissions = permissions;
        this.directory = directory;
        this.audit = audit;
        this.messages = messages;
    }

    public sealed interface Result {
    }

    public record Done(CallView call) implements Result {
    }

    public record Invalid(List<Issue> issues) implements Result {
    }

    public record NotFound() implements Result {
    }

    public record Forbidden() implements Result {
    }

    /** The call is no longer a draft: its rules are fixed because applicants rely on them. */
    public record NotDraft() implements Result {
    }

    @Transactional
    public Result create(UptakeUser user, CallRequest request) {
        if (!permissions.managesCalls(user)) {
            return new Forbidden();
        }
        return switch (checked(request)) {
            case CallRequest.Refused refused -> new Invalid(refused.issues());
            case CallRequest.Accepted accepted -> {
                Call call = calls.save(new Call(calls.highestNumber() + 1, user.id(), accepted.valid()));
                audit.record("FUNDING_CALL_CREATED", "funding_call", call.getId(), call.getTitle().in(Locale.ENGLISH));
                yield new Done(CallView.of(call, Instant.now()));
            }
        };
    }

    @Transactional
    public Result update(UptakeUser user, UUID id, CallRequest request) {
        Optional<Call> found = calls.findById(id);
        if (found.isEmpty()) {
            return new NotFound();
        }
        if (!permissions.managesCalls(user)) {
            return new Forbidden();
        }
        Call call = found.get();
        if (call.getStatus() != CallStatus.DRAFT) {
            return new NotDraft();
        }
        return switch (checked(request)) {
            case CallRequest.Refused refused -> new Invalid(refused.issues());
            case CallRequest.Accepted accepted -> {
                call.apply(accepted.valid());
                audit.record("FUNDING_CALL_CHANGED", "funding_call", id, null);
                yield new Done(CallView.of(call, Instant.now()));
            }
        };
    }

    /** Makes a draft public; its deadline must still lie ahead. */
    @Transactional
    public Result publish(UptakeUser user, UUID id) {
        Optional<Call> found = calls.findLocked(id);
        if (found.isEmpty()) {
            return new NotFound();
        }
        if (!permissions.managesCalls(user)) {
            return new Forbidden();
        }
        Call call = found.get();
        if (call.getStatus() != CallStatus.DRAFT) {
            return new NotDraft();
        }
        if (!call.getDeadline().isAfter(Instant.now())) {
            return new Invalid(List.of(Issue.of("deadline", "funding.call.deadline.past")));
        }
        call.publish();
        audit.record("FUNDING_CALL_PUBLISHED", "funding_call", id, null);
        return new Done(CallView.of(call, Instant.now()));
    }

    /** A call as the person may see it: drafts only for programme managers. */
    @Transactional(readOnly = true)
    public Optional<CallView> find(UptakeUser user, UUID id) {
        Instant now = Instant.now();
        return calls.findById(id).map(call -> CallView.of(call, now))
                .filter(call -> call.isPublic() || permissions.managesCalls(user));
    }

    /**
     * The calls the person may see, newest deadline first: public ones for everybody, drafts for programme
     * managers. With a status, only calls in that (effective) status.
     */
    @Transactional(readOnly = true)
    public List<CallView> list(UptakeUser user, CallStatus status) {
        Instant now = Instant.now();
        List<CallStatus> stored = permissions.managesCalls(user) ? List.of(CallStatus.values())
                : List.of(CallStatus.PUBLISHED, CallStatus.DECIDED);
        return calls.findByStatusInOrderByDeadlineDesc(stored).stream().map(call -> CallView.of(call, now))
                .filter(call -> status == null || call.status() == status).toList();
    }

    private CallRequest.Checked checked(CallRequest request) {
        CallRequest.Checked checked = request.check(standardSections(), standardChecklist());
        if (checked instanceof CallRequest.Accepted accepted) {
            List<Issue> unknown = new ArrayList<>();
            accepted.valid().eligibleRegions().stream().filter(code -> !directory.regionExists(code))
                    .forEach(code -> unknown.add(Issue.of("eligibleRegions", "funding.call.region.unknown", code)));
            if (!unknown.isEmpty()) {
                return new CallRequest.Refused(unknown);
            }
        }
        return checked;
    }

    private List<Section> standardSections() {
        return STANDARD_SECTIONS.stream().map(key -> new Section(key, translated("funding.section." + key), true,
                5000)).toList();
    }

    private List<EligibilityItem> standardChecklist() {
        return STANDARD_CHECKLIST.stream()
                .map(key -> new EligibilityItem(key, translated("funding.eligibility.item." + key))).toList();
    }

    private Texts translated(String key) {
        return new Texts(text(key, Language.EN), text(key, Language.DE), text(key, Language.NB));
    }

    private String text(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }
}
