-- Where the catalogue search spends its time, and what the fixes suggested in results/OFFERS.md would change.
-- Runs on the database made by catalogue-search.sh, inside one transaction that is rolled back at the end, so the
-- database stays as generated:  psql -h 127.0.0.1 -U postgres -d uptake_bench_offers_catalogue -f bench/offers/explain-catalogue.sql
-- Each statement runs three times; the last timing counts (warm cache).
\timing on
\pset pager off
begin;
\echo '=== 1. as the application runs it (Catalogue.search): count query + page query, one word (q=kassenbuch, 75 hits)'
\set expr 'lower(concat(coalesce(o.title_en, ''''), '' '', coalesce(o.title_de, ''''), '' '', coalesce(o.title_nb, ''''), '' '', coalesce(o.description_en, ''''), '' '', coalesce(o.description_de, ''''), '' '', coalesce(o.description_nb, ''''), '' '', o.topics))'
select count(*) from offer o where o.status = 'PUBLISHED' and :expr like '%kassenbuch%';
select count(*) from offer o where o.status = 'PUBLISHED' and :expr like '%kassenbuch%';
explain (analyze, buffers, costs off) select count(*) from offer o where o.status = 'PUBLISHED' and :expr like '%kassenbuch%';
\echo '--- the same text without lower(): how much of it is lower()'
select count(*) from offer o where o.status = 'PUBLISHED' and concat(coalesce(o.title_en, ''), ' ', coalesce(o.title_de, ''), ' ', coalesce(o.title_nb, ''), ' ', coalesce(o.description_en, ''), ' ', coalesce(o.description_de, ''), ' ', coalesce(o.description_nb, ''), ' ', o.topics) like '%kassenbuch%';
select count(*) from offer o where o.status = 'PUBLISHED' and concat(coalesce(o.title_en, ''), ' ', coalesce(o.title_de, ''), ' ', coalesce(o.title_nb, ''), ' ', coalesce(o.description_en, ''), ' ', coalesce(o.description_de, ''), ' ', coalesce(o.description_nb, ''), ' ', o.topics) like '%kassenbuch%';
\echo '=== 2. no query: the page query orders all 10,000 offers by their next session (one correlated subquery each)'
explain (analyze, buffers, costs off) select o.id, (select min(n.starts_at) from offer_session n where n.offer_id = o.id and n.status = 'SCHEDULED' and n.starts_at >= now()) as next_start from offer o where o.status = 'PUBLISHED' order by next_start nulls last, o.id limit 100 offset 0;
\echo '--- the same ordering from one grouped pass over the sessions'
select o.id, n.next_start from offer o left join (select offer_id, min(starts_at) as next_start from offer_session where status = 'SCHEDULED' and starts_at >= now() group by offer_id) n on n.offer_id = o.id where o.status = 'PUBLISHED' order by n.next_start nulls last, o.id limit 100 \g /dev/null
select o.id, n.next_start from offer o left join (select offer_id, min(starts_at) as next_start from offer_session where status = 'SCHEDULED' and starts_at >= now() group by offer_id) n on n.offer_id = o.id where o.status = 'PUBLISHED' order by n.next_start nulls last, o.id limit 100 \g /dev/null
\echo '=== 3. suggested: a trigram index (pg_trgm) over the lower-cased text (an immutable expression: || instead of concat)'
create extension if not exists pg_trgm;
\set iexpr 'lower(coalesce(o.title_en, '''') || '' '' || coalesce(o.title_de, '''') || '' '' || coalesce(o.title_nb, '''') || '' '' || coalesce(o.description_en, '''') || '' '' || coalesce(o.description_de, '''') || '' '' || coalesce(o.description_nb, '''') || '' '' || o.topics)'
create index ix_offer_text_trgm on offer using gin ((lower(coalesce(title_en, '') || ' ' || coalesce(title_de, '') || ' ' || coalesce(title_nb, '') || ' ' || coalesce(description_en, '') || ' ' || coalesce(description_de, '') || ' ' || coalesce(description_nb, '') || ' ' || topics)) gin_trgm_ops);
analyze offer;
select pg_size_pretty(pg_relation_size('ix_offer_text_trgm')) as trigram_index_size;
\echo '--- few (zugferd, 5), tens (kassenbuch, 75), hundreds (dashboard, 441), thousands (digital, 4198), two words, none (blockchain)'
select count(*) from offer o where o.status = 'PUBLISHED' and :iexpr like '%zugferd%';
select count(*) from offer o where o.status = 'PUBLISHED' and :iexpr like '%zugferd%';
select count(*) from offer o where o.status = 'PUBLISHED' and :iexpr like '%kassenbuch%';
select count(*) from offer o where o.status = 'PUBLISHED' and :iexpr like '%kassenbuch%';
select count(*) from offer o where o.status = 'PUBLISHED' and :iexpr like '%dashboard%';
select count(*) from offer o where o.status = 'PUBLISHED' and :iexpr like '%dashboard%';
select count(*) from offer o where o.status = 'PUBLISHED' and :iexpr like '%digital%';
select count(*) from offer o where o.status = 'PUBLISHED' and :iexpr like '%digital%';
select count(*) from offer o where o.status = 'PUBLISHED' and :iexpr like '%digitale%' and :iexpr like '%buchhaltung%';
select count(*) from offer o where o.status = 'PUBLISHED' and :iexpr like '%digitale%' and :iexpr like '%buchhaltung%';
select count(*) from offer o where o.status = 'PUBLISHED' and :iexpr like '%blockchain%';
select count(*) from offer o where o.status = 'PUBLISHED' and :iexpr like '%blockchain%';
explain (analyze, buffers, costs off) select count(*) from offer o where o.status = 'PUBLISHED' and :iexpr like '%kassenbuch%';
\echo '=== 4. suggested instead of (or with) 3: the lower-cased text kept in a stored generated column, scanned without lower() per query'
alter table offer add column search_text text generated always as (lower(coalesce(title_en, '') || ' ' || coalesce(title_de, '') || ' ' || coalesce(title_nb, '') || ' ' || coalesce(description_en, '') || ' ' || coalesce(description_de, '') || ' ' || coalesce(description_nb, '') || ' ' || topics)) stored;
drop index ix_offer_text_trgm;
analyze offer;
select count(*) from offer o where o.status = 'PUBLISHED' and o.search_text like '%kassenbuch%';
select count(*) from offer o where o.status = 'PUBLISHED' and o.search_text like '%kassenbuch%';
select count(*) from offer o where o.status = 'PUBLISHED' and o.search_text like '%digital%';
select count(*) from offer o where o.status = 'PUBLISHED' and o.search_text like '%digital%';
rollback;
