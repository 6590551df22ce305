-- PostgreSQL only (spring.flyway.locations adds db/vendor/{vendor}): a second guarantee against overlapping
-- bookings of one unit, on the booking rows themselves. booking_slot (db/migration/makerspace) gives the same
-- guarantee on every database.
create extension if not exists btree_gist;

alter table booking add constraint ex_booking_overlap
    exclude using gist (unit_id with =, tstzrange(starts_at, ends_at) with &&) where (status = 'ACTIVE');
