-- Checks that the stored benchmark distributions agree with the assessment rows, as the application would have
-- built them by counting each organisation's latest submitted assessment on submit (Benchmarks.replace).
-- For a sample of peer groups (all, every size class, 5 regions, 5 region/size pairs, 5 sectors) and every metric
-- (overall and the six dimensions) it recomputes the histogram from the assessments, independently of the Java code:
-- bucket = Math.round(score * 10) = floor(score * 10 + 0.5), scores read back from the scores JSON, and compares
--   * every one of the 1001 bucket counts (decoded from the big-endian int32 bytea),
--   * the stored total with the number of firms,
--   * p25, median and p75 read from the stored histogram (Histogram.quantile) with percentile_disc over the rows.
-- Also checks, over all stored groups, that the groups of each kind (regions, sectors, sizes, region/size pairs)
-- partition the firms (their totals add up to group "all"), and that group "all" counts every firm.
-- Usage: psql -h 127.0.0.1 -U postgres -d <db> -v ON_ERROR_STOP=1 -f bench/verify.sql   (fails on any mismatch)
\set ON_ERROR_STOP on
\timing off
\pset footer off

create temp table check_group as
select peer_group from (
    select peer_group, split_part(peer_group, ':', 1) as kind,
           row_number() over (partition by split_part(peer_group, ':', 1) order by md5(peer_group)) as pick
    from (select distinct peer_group from benchmark_distribution where questionnaire_key = 'dma-sme') g) s
where pick <= case kind when 'all' then 1 when 'size' then 4 else 5 end;

-- Each latest submitted assessment, in each of its sampled groups, for each metric: the bucket of its score.
create temp table raw_score as
select g.key as peer_group, m.metric, least(1000, greatest(0, floor(m.value * 10 + 0.5)))::int as bucket
from assessment a
cross join lateral unnest(string_to_array(a.peer_groups, ',')) as g(key)
cross join lateral (select 'overall'::text, a.overall_score
                    union all
                    select d.key, d.value::float8 from jsonb_each_text(a.scores::jsonb -> 'dimensions') d)
    as m(metric, value)
where a.questionnaire_key = 'dma-sme' and a.status = 'SUBMITTED'
  and g.key in (select peer_group from check_group)
  and not exists (select 1 from assessment b
                  where b.organisation_id = a.organisation_id and b.questionnaire_key = a.questionnaire_key
                    and b.status = 'SUBMITTED' and b.submitted_at > a.submitted_at);

create temp table stored_bucket as
select d.peer_group, d.metric, d.total, b as bucket,
       (get_byte(d.counts, 4 * b) << 24) | (get_byte(d.counts, 4 * b + 1) << 16)
           | (get_byte(d.counts, 4 * b + 2) << 8) | get_byte(d.counts, 4 * b + 3) as n
from benchmark_distribution d
cross join generate_series(0, 1000) as b
where d.questionnaire_key = 'dma-sme' and d.peer_group in (select peer_group from check_group);

create temp table expected_bucket as
select peer_group, metric, bucket, count(*)::int as n from raw_score group by 1, 2, 3;

-- Histogram.quantile: the smallest bucket whose cumulative count reaches max(1, ceil(q * total)).
create temp table stored_figures as
select peer_group, metric, total,
       (min(bucket) filter (where cumulative >= greatest(1, ceil(0.25 * total))) / 10.0)::float8 as p25,
       (min(bucket) filter (where cumulative >= greatest(1, ceil(0.50 * total))) / 10.0)::float8 as median,
       (min(bucket) filter (where cumulative >= greatest(1, ceil(0.75 * total))) / 10.0)::float8 as p75,
       sum(n) as bucket_sum
from (select *, sum(n) over (partition by peer_group, metric order by bucket) as cumulative from stored_bucket) c
group by 1, 2, 3;

create temp table direct_figures as
select peer_group, metric, count(*) as firms,
       (percentile_disc(0.25) within group (order by bucket) / 10.0)::float8 as p25,
       (percentile_disc(0.50) within group (order by bucket) / 10.0)::float8 as median,
       (percentile_disc(0.75) within group (order by bucket) / 10.0)::float8 as p75
from raw_score group by 1, 2;

\echo 'Sampled groups: stored histogram figures (s_) against figures computed directly from the assessment rows (d_)'
select s.peer_group, s.metric, s.total as s_total, d.firms as d_firms, s.p25 as s_p25, d.p25 as d_p25,
       s.median as s_median, d.median as d_median, s.p75 as s_p75, d.p75 as d_p75
from stored_figures s full join direct_figures d using (peer_group, metric)
where s.metric = 'overall' or d.metric = 'overall'
order by 1;

select
    (select count(*) from stored_bucket s full join expected_bucket e using (peer_group, metric, bucket)
     where coalesce(s.n, 0) <> coalesce(e.n, 0)) as bucket_mismatches,
    (select count(*) from stored_figures s full join direct_figures d using (peer_group, metric)
     where s.total is distinct from d.firms or s.bucket_sum is distinct from s.total
        or s.p25 is distinct from d.p25 or s.median is distinct from d.median or s.p75 is distinct from d.p75)
        as figure_mismatches,
    (select count(*) from stored_figures) as histograms_checked,
    (select count(*) from check_group) as groups_checked,
    (select count(*) from (
        select metric, split_part(peer_group, ':', 1) as kind, sum(total) as firms
        from benchmark_distribution where questionnaire_key = 'dma-sme' group by 1, 2) k
     where k.firms <> (select total from benchmark_distribution a where a.questionnaire_key = 'dma-sme'
                       and a.peer_group = 'all' and a.metric = k.metric)) as partitions_not_adding_up,
    (select total from benchmark_distribution where questionnaire_key = 'dma-sme' and peer_group = 'all'
       and metric = 'overall') as all_total,
    (select count(distinct organisation_id) from assessment
       where questionnaire_key = 'dma-sme' and status = 'SUBMITTED') as firms_with_submission
\gset

\echo 'groups checked:' :groups_checked ', histograms checked:' :histograms_checked
\echo 'bucket mismatches:' :bucket_mismatches ', figure mismatches:' :figure_mismatches
\echo 'group kinds (region, sector, size, region_size) x metric whose totals do not add up to group all:' :partitions_not_adding_up
\echo 'group all counts' :all_total 'firms; firms with a submitted assessment:' :firms_with_submission

select (:bucket_mismatches = 0 and :figure_mismatches = 0 and :partitions_not_adding_up = 0
        and :all_total = :firms_with_submission and :histograms_checked > 0) as verified \gset
\if :verified
\echo 'VERIFIED: stored distributions agree with the assessment rows'
\else
\echo 'MISMATCH: stored distributions disagree with the assessment rows'
do $$ begin raise exception 'stored distributions disagree with the assessment rows'; end $$;
\endif
