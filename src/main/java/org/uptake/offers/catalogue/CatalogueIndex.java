package org.uptake.offers.catalogue;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.uptake.offers.offer.Offer;

/**
 * Keeps this node's search index in step with the database. Changes made on this node are indexed as they commit
 * (Hibernate Search); at start the index is built from the database before the server takes requests, and every
 * few seconds offers changed on other nodes (their {@code updated_at} moved) are indexed again.
 */
@Component
class CatalogueIndex implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CatalogueIndex.class);
    /** Overlap between catch-up rounds: covers clocks of other nodes a little behind and slow commits. */
    private static final Duration OVERLAP = Duration.ofMinutes(1);

    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entities;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private volatile Instant caughtUpTo;

    CatalogueIndex(EntityManagerFactory entityManagerFactory, EntityManager entities, JdbcTemplate jdbc,
            TransactionTemplate transactions) {
        this.entityManagerFactory = entityManagerFactory;
        this.entities = entities;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Instant started = Instant.now();
        try {
            Search.mapping(entityManagerFactory).scope(Offer.class).massIndexer()
                    .threadsToLoadObjects(2).batchSizeToLoadObjects(100).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Building the catalogue index was interrupted", e);
        }
        caughtUpTo = started;
        log.info("Catalogue index built in {} ms", Duration.between(started, Instant.now()).toMillis());
    }

    @Scheduled(fixedDelayString = "${uptake.catalogue.catch-up}", initialDelayString = "${uptake.catalogue.catch-up}")
    void catchUp() {
        Instant round = Instant.now();
        List<UUID> changed = jdbc.queryForList("select id from offer where updated_at > ?", UUID.class,
                Timestamp.from(caughtUpTo.minus(OVERLAP)));
        if (!changed.isEmpty()) {
            transactions.executeWithoutResult(status -> {
                SearchIndexingPlan plan = Search.session(entities).indexingPlan();
                changed.forEach(id -> plan.addOrUpdate(entities.find(Offer.class, id)));
            });
        }
        caughtUpTo = round;
    }
}
