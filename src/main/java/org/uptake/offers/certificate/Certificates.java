package org.uptake.offers.certificate;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.directory.Directory;
import org.uptake.identity.Accounts;
import org.uptake.identity.UptakeUser;
import org.uptake.offers.offer.Offer;
import org.uptake.offers.offer.OfferRepository;
import org.uptake.offers.registration.Attendance;
import org.uptake.offers.registration.Registration;
import org.uptake.offers.registration.RegistrationRepository;
import org.uptake.offers.registration.Registrations;
import org.uptake.offers.session.OfferSession;
import org.uptake.offers.session.OfferSessionRepository;
import org.uptake.offers.track.Tracks;
import org.uptake.platform.PdfRenderer;

/** Certificates of attendance: a PDF for the participant and a public check of the code printed on it. */
@Service
public class Certificates {

    private final Registrations registrations;
    private final RegistrationRepository registrationRepository;
    private final OfferSessionRepository sessions;
    private final OfferRepository offers;
    private final Accounts accounts;
    private final Directory directory;
    private final PdfRenderer pdf;
    private final String baseUrl;
    private final Tracks tracks;

    Certificates(Tracks tracks, Registrations registrations, RegistrationRepository registrationRepository,
            OfferSessionRepository sessions, OfferRepository offers, Accounts accounts, Directory directory,
            PdfRenderer pdf, @Value("${uptake.base-url}") String baseUrl) {
        this.tracks = tracks;
        this.registrations = registrations;
        this.registrationRepository = registrationRepository;
        this.sessions = sessions;
        this.offers = offers;
        this.accounts = accounts;
        this.directory = directory;
        this.pdf = pdf;
        this.baseUrl = baseUrl;
    }

    /** The certificate of a registration the caller may see, once its participant attended. */
    @Transactional(readOnly = true)
    public Optional<Certificate> of(UptakeUser user, java.util.UUID registrationId, Locale locale) {
        return registrations.visible(user, registrationId).flatMap(r -> certificate(r, locale));
    }

    /** Anyone may check a certificate by its code; it states no more than the paper does. */
    @Transactional(readOnly = true)
    public Optional<Certificate> check(String code, Locale locale) {
        if (code == null || !code.matches("[A-Z0-9]{12}")) {
            return Optional.empty();
        }
        return registrationRepository.findByCertificateCode(code).flatMap(r -> certificate(r, locale));
    }

    /** The track certificate, once every required module of the track was attended. */
    @Transactional(readOnly = true)
    public Optional<TrackCertificate> track(UptakeUser user, java.util.UUID offerId, Locale locale) {
        Optional<Offer> offer = offers.findById(offerId);
        if (offer.isEmpty() || !tracks.progress(user.id(), offerId).complete()) {
            return Optional.empty();
        }
        java.util.Map<java.util.UUID, String> codes = new java.util.HashMap<>();
        for (OfferSession session : sessions.findByOfferIdOrderByStartsAt(offerId)) {
            registrationRepository.findBySessionIdAndAccountId(session.getId(), user.id())
                    .filter(r -> r.getAttendance() == Attendance.ATTENDED && session.getModuleId() != null)
                    .ifPresent(r -> codes.putIfAbsent(session.getModuleId(), r.getCertificateCode()));
        }
        java.util.List<TrackCertificate.Module> modules = tracks.modules(offerId).stream()
                .filter(m -> codes.containsKey(m.getId()))
                .map(m -> new TrackCertificate.Module(m.getTitle(), codes.get(m.getId()))).toList();
        return Optional.of(new TrackCertificate(user.displayName(), offer.get().title(locale),
                directory.organisation(offer.get().getProviderOrganisationId()).map(o -> o.name()).orElse(""),
                offer.get().getIndustry(), modules));
    }

    public byte[] pdf(TrackCertificate certificate, Locale locale) {
        return pdf.render("offers/track-certificate", Map.of("t", certificate, "baseUrl", baseUrl), locale);
    }

    public byte[] pdf(Certificate certificate, Locale locale) {
        return pdf.render("offers/certificate", Map.of("c", certificate), locale);
    }

    private Optional<Certificate> certificate(Registration registration, Locale locale) {
        if (registration.getAttendance() != Attendance.ATTENDED || registration.getCertificateCode() == null) {
            return Optional.empty();
        }
        OfferSession session = sessions.findById(registration.getSessionId()).orElseThrow();
        Offer offer = offers.findById(session.getOfferId()).orElseThrow();
        String participant = accounts.findById(registration.getAccountId()).map(a -> a.displayName()).orElse("");
        String provider = directory.organisation(offer.getProviderOrganisationId()).map(o -> o.name()).orElse("");
        return Optional.of(new Certificate(registration.getCertificateCode(), participant, offer.title(locale),
                provider, session.start(), session.end(), session.hours(),
                baseUrl + "/certificates/" + registration.getCertificateCode()));
    }
}
