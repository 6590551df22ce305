package org.uptake.offers.track;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.identity.UptakeUser;
import org.uptake.offers.OfferKind;
import org.uptake.offers.offer.Offer;
import org.uptake.offers.offer.OfferRepository;
import org.uptake.offers.offer.Organisers;
import org.uptake.offers.registration.Attendance;
import org.uptake.offers.registration.Registration;
import org.uptake.offers.registration.RegistrationRepository;
import org.uptake.offers.session.OfferSession;
import org.uptake.offers.session.OfferSessionRepository;

/**
 * Competence tracks: the ordered modules of a track and a participant's progress through them. A module counts as
 * done when the person attended any of its sessions; all required modules done completes the track.
 */
@Service
public class Tracks {

    private final TrackModuleRepository modules;
    private final OfferRepository offers;
    private final OfferSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final Organisers organisers;

    Tracks(TrackModuleRepository modules, OfferRepository offers, OfferSessionRepository sessions,
            RegistrationRepository registrations, Organisers organisers) {
        this.modules = modules;
        this.offers = offers;
        this.sessions = sessions;
        this.registrations = registrations;
        this.organisers = organisers;
    }

    public sealed interface Result {
    }

    public record Added(TrackModule module) implements Result {
    }

    public record Refused(String field, String messageKey) implements Result {
    }

    public record NotFound() implements Result {
    }

    /** A module with whether the person is registered for one of its sessions and attended one. */
    public record ModuleProgress(TrackModule module, boolean registered, boolean attended) {
    }

    public record Progress(List<ModuleProgress> modules, boolean complete) {

        public long done() {
            return modules.stream().filter(ModuleProgress::attended).count();
        }
    }

    /** Adds a module at the end of the track. */
    @Transactional
    public Result addModule(UptakeUser user, UUID offerId, String title, boolean required) {
        Optional<Offer> offer = offers.findById(offerId)
                .filter(o -> organisers.canOrganise(user, o.getProviderOrganisationId()));
        if (offer.isEmpty()) {
            return new NotFound();
        }
        if (offer.get().getKind() != OfferKind.COMPETENCE_TRACK) {
            return new Refused("kind", "track.notATrack");
        }
        if (title == null || title.isBlank()) {
            return new Refused("title", "validation.required");
        }
        if (title.length() > 200) {
            return new Refused("title", "validation.tooLong");
        }
        int position = modules.findByOfferIdOrderByPosition(offerId).size() + 1;
        return new Added(modules.save(new TrackModule(offerId, position, title.strip(), required)));
    }

    @Transactional(readOnly = true)
    public List<TrackModule> modules(UUID offerId) {
        return modules.findByOfferIdOrderByPosition(offerId);
    }

    @Transactional(readOnly = true)
    public Progress progress(UUID accountId, UUID offerId) {
        List<OfferSession> ofTrack = sessions.findByOfferIdOrderByStartsAt(offerId);
        List<Registration> mine = registrations.findByAccountIdOrderByCreatedAtDesc(accountId);
        Set<UUID> registeredSessions = mine.stream().filter(r -> r.getStatus().active())
                .map(Registration::getSessionId).collect(Collectors.toSet());
        Set<UUID> attendedSessions = mine.stream().filter(r -> r.getAttendance() == Attendance.ATTENDED)
                .map(Registration::getSessionId).collect(Collectors.toSet());
        List<ModuleProgress> progress = modules(offerId).stream().map(module -> {
            List<UUID> moduleSessions = ofTrack.stream().filter(s -> module.getId().equals(s.getModuleId()))
                    .map(OfferSession::getId).toList();
            return new ModuleProgress(module, moduleSessions.stream().anyMatch(registeredSessions::contains),
                    moduleSessions.stream().anyMatch(attendedSessions::contains));
        }).toList();
        boolean complete = !progress.isEmpty() && progress.stream()
                .filter(p -> p.module().isRequired()).allMatch(ModuleProgress::attended);
        return new Progress(progress, complete);
    }
}
