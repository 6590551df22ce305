-- Fills the bench venue's 20-unit machine with :bookings bookings over the seven weeks around the measured week
-- (three before, three after), run by availability.sh with psql -v equipment=... -v first=YYYY-MM-DD -v bookings=N.
-- Each unit's day (08:00-22:00 Oslo time) is cut into seven two-hour blocks; :bookings of the 20 x 49 x 7 blocks are
-- drawn at random (setseed: the same database every time) and each holds one booking of 60, 90 or 120 minutes from
-- the block's start, so no two overlap. Bookings before now are ATTENDED (85 %) or NO_SHOW, later ones ACTIVE; 5 %
-- are CANCELLED. Every booking that is not cancelled gets its booking_slot rows (one per 15 minutes), as the
-- application writes them. (The random draws of a row are taken outside the ordered subquery: PostgreSQL would
-- otherwise reuse the ORDER BY random() value for a select-list random().) 300 different people (account ids only: availability does not read accounts).
\set ON_ERROR_STOP on
begin;
select setseed(0.2027);
create temporary table pick on commit drop as
select unit_id, venue_id, equipment_id, starts_at,
       (array[60, 90, 120])[1 + floor(random() * 3)::int] as minutes,
       random() as r1, 1 - random() as r2, floor(random() * 300)::int as person
from (select u.id as unit_id, e.venue_id, e.id as equipment_id,
             ((d::date + make_time(8 + 2 * b, 0, 0)) at time zone 'Europe/Oslo') as starts_at
      from equipment e
      join equipment_unit u on u.equipment_id = e.id and not u.retired
      cross join generate_series(date :'first', date :'first' + 48, interval '1 day') d
      cross join generate_series(0, 6) b
      where e.id = :'equipment'
      order by random()
      limit :bookings) drawn;

insert into booking (id, venue_id, equipment_id, unit_id, account_id, starts_at, ends_at, time_zone, status,
                     cancelled_at, created_at, updated_at, version)
select gen_random_uuid(), venue_id, equipment_id, unit_id, md5('bench-person-' || person)::uuid, starts_at,
       starts_at + make_interval(mins => minutes), 'Europe/Oslo',
       case when r1 < 0.05 then 'CANCELLED'
            when starts_at < now() then case when r2 < 0.85 then 'ATTENDED' else 'NO_SHOW' end
            else 'ACTIVE' end,
       case when r1 < 0.05 then starts_at - interval '1 day' end,
       starts_at - interval '7 days', starts_at - interval '7 days', 0
from pick;

insert into booking_slot (unit_id, slot_start, booking_id)
select b.unit_id, s, b.id
from booking b
cross join generate_series(b.starts_at, b.ends_at - interval '15 minutes', interval '15 minutes') s
where b.equipment_id = :'equipment' and b.status <> 'CANCELLED';
commit;
analyze booking;
analyze booking_slot;
select status, count(*) from booking where equipment_id = :'equipment' group by status order by status;
