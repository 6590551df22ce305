package org.uptake.offers.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.SortMode;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.data.Range;
import org.hibernate.search.util.common.data.RangeBoundInclusion;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.offers.OfferKind;
import org.uptake.offers.offer.Offer;
import org.uptake.offers.offer.OfferStatus;
import org.uptake.offers.session.OfferSession;
import org.uptake.offers.session.OfferSessionRepository;

/**
 * The public catalogue: published offers matching words and filters, sorted by relevance, soonest session or
 * newest. Runs on the search index: words match titles and descriptions in every language with that language's
 * stemming, or as the beginning of a word; filters on sessions require one session to meet them all.
 */
@Service
public class Catalogue {

    private final EntityManager entities;
    private final OfferSessionRepository sessions;

    Catalogue(EntityManager entities, OfferSessionRepository sessions) {
        this.entities = entities;
        this.sessions = sessions;
    }

    /** Every part is optional; {@code region} is a NUTS prefix (DE, DEE, DEE0, DEE04). */
    public record Query(String q, String topic, OfferKind kind, String region,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String lang, Boolean free, Sort sort) {

        public static Query all() {
            return new Query(null, null, null, null, null, null, null, null, null);
        }

        /** Best matches first when searching for words, else the soonest date first. */
        public Sort sortOrDefault() {
            return sort != null ? sort : hasText(q) ? Sort.RELEVANCE : Sort.SOONEST;
        }
    }

    public enum Sort { RELEVANCE, SOONEST, NEWEST }

    /** Results beyond the first 10,000 hits are not paged to: the index would collect ever more (and ints overflow). */
    private static final int MAX_OFFSET = 10_000;

    public record Item(Offer offer, OfferSession nextSession) {
    }

    public record Result(List<Item> items, long total) {
    }

    @Transactional(readOnly = true)
    public Result search(Query query, int page, int size) {
        Instant now = Instant.now();
        SearchResult<Offer> found = Search.session(entities).search(Offer.class)
                .where((f, root) -> {
                    root.add(f.match().field("status").matching(OfferStatus.PUBLISHED));
                    if (hasText(query.q())) {
                        root.add(f.simpleQueryString()
                                .fields("titleEn", "titleDe", "titleNb").boost(3)
                                .field("words").boost(0.5f)
                                .fields("descriptionEn", "descriptionDe", "descriptionNb")
                                .matching(query.q().strip()).defaultOperator(BooleanOperator.AND));
                    }
                    if (hasText(query.topic())) {
                        root.add(f.match().field("topic").matching(query.topic().strip()));
                    }
                    if (query.kind() != null) {
                        root.add(f.match().field("kind").matching(query.kind()));
                    }
                    if (hasText(query.lang())) {
                        root.add(f.match().field("deliveryLanguage").matching(query.lang().strip()));
                    }
                    if (Boolean.TRUE.equals(query.free())) {
                        root.add(f.match().field("priceCents").matching(0L));
                    }
                    if (hasText(query.region()) || query.from() != null || query.to() != null) {
                        root.add(sessionMatching(f, query, now));
                    }
                })
                .sort(f -> switch (query.sortOrDefault()) {
                    case RELEVANCE -> f.score().then().field("idSort");
                    case NEWEST -> f.field("createdAt").desc().then().field("idSort");
                    case SOONEST -> f.field("sessions.startsAt").mode(SortMode.MIN)
                            .filter(pf -> upcoming(pf, now)).missing().last().then().field("idSort");
                })
                .fetch((int) Math.min((long) page * size, MAX_OFFSET), size);
        List<Offer> hits = found.hits();
        Map<UUID, OfferSession> next = new LinkedHashMap<>();
        for (OfferSession session : sessions.findByOfferIdInOrderByStartsAt(hits.stream().map(Offer::getId).toList())) {
            if (!session.isCancelled() && session.getStartsAt().isAfter(now)) {
                next.putIfAbsent(session.getOfferId(), session);
            }
        }
        return new Result(hits.stream().map(offer -> new Item(offer, next.get(offer.getId()))).toList(),
                found.total().hitCount());
    }

    /** One and the same scheduled session must be in the region and in the dates. */
    private static PredicateFinalStep sessionMatching(SearchPredicateFactory f, Query query, Instant now) {
        return f.nested("sessions").add(f.match().field("sessions.status").matching(OfferSession.Status.SCHEDULED))
                .add(f.range().field("sessions.startsAt").within(Range.between(
                        query.from() == null ? now : query.from().atStartOfDay().toInstant(ZoneOffset.UTC),
                        RangeBoundInclusion.INCLUDED,
                        query.to() == null ? null : query.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                        RangeBoundInclusion.EXCLUDED)))
                .add(hasText(query.region())
                        ? f.wildcard().field("sessions.nutsCode")
                                .matching(escapeWildcard(query.region().strip().toUpperCase(Locale.ROOT)) + "*")
                        : f.matchAll());
    }

    private static PredicateFinalStep upcoming(SearchPredicateFactory f, Instant now) {
        return f.bool().must(f.match().field("sessions.status").matching(OfferSession.Status.SCHEDULED))
                .must(f.range().field("sessions.startsAt").atLeast(now));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String escapeWildcard(String value) {
        return value.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
    }
}
