package org.uptake.offers.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.identity.Accounts;
import org.uptake.notification.CalendarEvent;
import org.uptake.notification.Calendars;
import org.uptake.offers.offer.OfferRepository;
import org.uptake.offers.registration.RegistrationRepository;
import org.uptake.offers.registration.RegistrationStatus;
import org.uptake.offers.session.SessionEvents;
import org.uptake.offers.session.OfferSessionRepository;

/**
 * A person's registrations as a calendar feed at a secret address, for calendar apps that cannot sign in. A new
 * address replaces the old one, which then stops working.
 */
@Service
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final RegistrationRepository registrations;
    private final OfferSessionRepository sessions;
    private final OfferRepository offers;
    private final Accounts accounts;
    private final Calendars calendars;
    private final String baseUrl;

    CalendarFeeds(JdbcTemplate jdbc, RegistrationRepository registrations, OfferSessionRepository sessions,
            OfferRepository offers, Accounts accounts, Calendars calendars,
            @Value("${uptake.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.registrations = registrations;
        this.sessions = sessions;
        this.offers = offers;
        this.accounts = accounts;
        this.calendars = calendars;
        this.baseUrl = baseUrl;
    }

    /** Creates (or replaces) the person's secret feed address; it is shown once. */
    @Transactional
    public String newAddress(UUID accountId) {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        jdbc.update("delete from calendar_feed where account_id = ?", accountId);
        jdbc.update("insert into calendar_feed (account_id, token_hash, created_at) values (?, ?, ?)", accountId,
                hash(token), Timestamp.from(Instant.now()));
        return baseUrl + "/calendar/" + token + ".ics";
    }

    @Transactional(readOnly = true)
    public boolean hasAddress(UUID accountId) {
        Integer count = jdbc.queryForObject("select count(*) from calendar_feed where account_id = ?", Integer.class,
                accountId);
        return count != null && count > 0;
    }

    /** The feed of the person the token belongs to: their confirmed registrations. */
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        if (token == null || !token.matches("[0-9a-f]{48}")) {
            return Optional.empty();
        }
        List<UUID> owner = jdbc.queryForList("select account_id from calendar_feed where token_hash = ?", UUID.class,
                hash(token));
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        Locale locale = accounts.findById(owner.getFirst()).map(a -> Locale.forLanguageTag(a.locale()))
                .orElse(Locale.ENGLISH);
        List<CalendarEvent> events = registrations.findByAccountIdOrderByCreatedAtDesc(owner.getFirst()).stream()
                .filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED)
                .flatMap(r -> sessions.findById(r.getSessionId()).stream())
                .flatMap(s -> offers.findById(s.getOfferId()).stream()
                        .map(o -> SessionEvents.event(o, s, locale, baseUrl + "/offers/" + o.getId())))
                .toList();
        return Optional.of(calendars.feed("Uptake", events));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
