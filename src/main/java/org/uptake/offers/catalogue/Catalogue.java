package org.uptake.offers.catalogue;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.offers.OfferKind;
import org.uptake.offers.offer.Offer;
import org.uptake.offers.offer.OfferRepository;
import org.uptake.offers.session.OfferSession;
import org.uptake.offers.session.OfferSessionRepository;

/**
 * The public catalogue: published offers matching words and filters, those with the soonest upcoming session
 * first. Words match titles and descriptions in every language, case-insensitively.
 */
@Service
public class Catalogue {

    private final JdbcTemplate jdbc;
    private final OfferRepository offers;
    private final OfferSessionRepository sessions;

    Catalogue(JdbcTemplate jdbc, OfferRepository offers, OfferSessionRepository sessions) {
        this.jdbc = jdbc;
        this.offers = offers;
        this.sessions = sessions;
    }

    /** Every part is optional; {@code region} is a NUTS prefix (DE, DEE, DEE0, DEE04). */
    public record Query(String q, String topic, OfferKind kind, String region,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String lang, Boolean free) {

        public static Query all() {
            return new Query(null, null, null, null, null, null, null, null);
        }
    }

    public record Item(Offer offer, OfferSession nextSession) {
    }

    public record Result(List<Item> items, long total) {
    }

    @Transactional(readOnly = true)
    public Result search(Query query, int page, int size) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" from offer o where o.status = 'PUBLISHED'");
        if (query.q() != null && !query.q().isBlank()) {
            for (String word : query.q().strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                where.append(" and lower(concat(coalesce(o.title_en, ''), ' ', coalesce(o.title_de, ''), ' ', "
                        + "coalesce(o.title_nb, ''), ' ', coalesce(o.description_en, ''), ' ', "
                        + "coalesce(o.description_de, ''), ' ', coalesce(o.description_nb, ''), ' ', o.topics)) like ?");
                args.add("%" + escapeLike(word) + "%");
            }
        }
        if (query.topic() != null && !query.topic().isBlank()) {
            where.append(" and concat(',', o.topics, ',') like ?");
            args.add("%," + escapeLike(query.topic().strip()) + ",%");
        }
        if (query.kind() != null) {
            where.append(" and o.kind = ?");
            args.add(query.kind().name());
        }
        if (query.lang() != null && !query.lang().isBlank()) {
            where.append(" and o.delivery_language = ?");
            args.add(query.lang().strip());
        }
        if (Boolean.TRUE.equals(query.free())) {
            where.append(" and o.price_cents = 0");
        }
        Instant from = query.from() == null ? Instant.now() : query.from().atStartOfDay().toInstant(ZoneOffset.UTC);
        boolean sessionFilter = query.region() != null && !query.region().isBlank() || query.from() != null
                || query.to() != null;
        if (sessionFilter) {
            where.append(" and exists (select 1 from offer_session f where f.offer_id = o.id and f.status = 'SCHEDULED'"
                    + " and f.starts_at >= ?");
            args.add(Timestamp.from(from));
            if (query.to() != null) {
                where.append(" and f.starts_at < ?");
                args.add(Timestamp.from(query.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
            }
            if (query.region() != null && !query.region().isBlank()) {
                where.append(" and f.nuts_code like ?");
                args.add(escapeLike(query.region().strip().toUpperCase(Locale.ROOT)) + "%");
            }
            where.append(")");
        }
        Long total = jdbc.queryForObject("select count(*)" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>();
        pageArgs.add(Timestamp.from(Instant.now()));
        pageArgs.addAll(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<UUID> ids = jdbc.queryForList("select o.id, (select min(n.starts_at) from offer_session n where "
                + "n.offer_id = o.id and n.status = 'SCHEDULED' and n.starts_at >= ?) as next_start" + where
                + " order by next_start nulls last, o.id limit ? offset ?", pageArgs.toArray()).stream()
                .map(row -> (UUID) row.get("id")).toList();
        Map<UUID, Offer> byId = offers.findAllById(ids).stream()
                .collect(Collectors.toMap(Offer::getId, Function.identity()));
        Map<UUID, OfferSession> next = new LinkedHashMap<>();
        Instant now = Instant.now();
        for (OfferSession session : sessions.findByOfferIdInOrderByStartsAt(ids)) {
            if (!session.isCancelled() && session.getStartsAt().isAfter(now)) {
                next.putIfAbsent(session.getOfferId(), session);
            }
        }
        return new Result(ids.stream().map(id -> new Item(byId.get(id), next.get(id))).toList(),
                total == null ? 0 : total);
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
