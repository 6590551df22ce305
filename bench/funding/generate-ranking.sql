-- Fills the bench call with :applications reviewed applications, run by ranking.sh with
-- psql -v call=... -v manager=... -v applications=N. The organisations (bench_org) and reviewer accounts
-- (bench_reviewer) come from the script. Every application has its lead as partner plus one partner, one status
-- change, 3 reviewer assignments with a score on each of the call's 3 criteria (3 x 3 = 9 funding_score rows per
-- application, 18,000 for 2,000 applications: 6,000 reviews) and a consensus on each criterion (6,000 rows).
-- Scores are drawn at random (setseed: the same database every time); requested grants between 5,000 and 60,000.
\set ON_ERROR_STOP on
begin;
select setseed(0.2027);
create temporary table apps on commit drop as
select gen_random_uuid() as id, n,
       (select id from bench_org order by id offset (n % (select count(*) from bench_org)) limit 1) as lead,
       (select id from bench_org order by id offset ((n + 7) % (select count(*) from bench_org)) limit 1) as partner,
       (5000 + floor(random() * 110) * 500)::numeric(14, 2) as grant_amount,
       now() - interval '3 days' + n * interval '1 second' as submitted
from generate_series(1, :applications) n;

insert into funding_application (id, call_id, title, acronym, summary, lead_organisation_id, requested_grant,
                                 own_contribution, project_start, project_end, status, receipt_number, submitted_at,
                                 current_version, eligible, selected, created_by, created_at, updated_at, version)
select id, :'call', 'Bench project ' || n, 'BP' || n, 'Digitalisation of the region, part ' || n, lead, grant_amount,
       round(grant_amount / 4, 2), date '2027-04-01', date '2028-03-31', 'REVIEWED', 'FCB-' || lpad(n::text, 5, '0'),
       submitted, 1, true, false, :'manager', submitted - interval '5 days', submitted, 1
from apps;

insert into funding_partner (application_id, organisation_id, position, role, work_share)
select id, lead, 0, 'LEAD', 60 from apps
union all
select id, partner, 1, 'PARTNER', 40 from apps where partner <> lead;

insert into funding_budget_line (application_id, organisation_id, category, amount)
select id, lead, 'STAFF', grant_amount + round(grant_amount / 4, 2) from apps;

insert into funding_status_change (id, application_id, status, changed_at, changed_by, note)
select gen_random_uuid(), id, 'REVIEWED', submitted + interval '1 day', :'manager', null from apps;

create temporary table reviewers on commit drop as
select a.id as application_id, r.id as reviewer_id, r.k
from apps a
cross join lateral (select id, row_number() over () as k from
                    (select id from bench_reviewer order by id offset (a.n % 27) limit 3) x) r;

insert into funding_assignment (application_id, reviewer_id, lead, state, assigned_by, assigned_at, declared_at,
                                submitted_at)
select application_id, reviewer_id, k = 1, 'SUBMITTED', :'manager', now() - interval '2 days',
       now() - interval '2 days', now() - interval '1 day'
from reviewers;

insert into funding_score (application_id, reviewer_id, criterion_key, score, justification)
select r.application_id, r.reviewer_id, c.criterion_key, floor(random() * (c.max_score + 1))::int,
       'Justified by the work plan and the partners'' experience.'
from reviewers r
cross join funding_criterion c
where c.call_id = :'call';

insert into funding_consensus (application_id, criterion_key, score, justification, set_by, set_at)
select application_id, criterion_key, round(avg(score))::int, 'Consensus of the three reviews.',
       :'manager', now() - interval '12 hours'
from funding_score s
where application_id in (select id from apps)
group by application_id, criterion_key;
commit;
analyze funding_application;
analyze funding_consensus;
analyze funding_score;
analyze funding_partner;
select (select count(*) from funding_application where call_id = :'call') as applications,
       (select count(*) from funding_assignment) as reviews,
       (select count(*) from funding_score) as score_rows,
       (select count(*) from funding_consensus) as consensus_rows;
