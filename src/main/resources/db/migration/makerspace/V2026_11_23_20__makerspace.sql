-- Maker spaces: venues with opening hours and booking rules, equipment with its bookable units, inductions and
-- bookings. Overlapping bookings of one unit are impossible in the database: booking_slot holds one row per
-- 15-minute slot (UTC) a booking covers, under a primary key, on H2 and PostgreSQL alike. PostgreSQL also gets an
-- exclusion constraint on booking (db/vendor/postgresql).
create table venue (
    id                  uuid primary key,
    organisation_id     uuid         not null references organisation (id),
    name                varchar(200) not null,
    description_en      varchar(4000),
    description_de      varchar(4000),
    description_nb      varchar(4000),
    street              varchar(200),
    postal_code         varchar(20),
    city                varchar(100),
    nuts_code           varchar(5)   not null references region (code),
    time_zone           varchar(40)  not null,
    contact_email       varchar(254),
    contact_phone       varchar(40),
    accessibility       varchar(2000),
    photos              varchar(4000),
    slot_minutes        integer      not null,
    min_booking_minutes integer      not null,
    max_booking_minutes integer      not null,
    horizon_days        integer      not null,
    max_active_bookings integer      not null,
    cancellation_hours  integer      not null,
    created_by          uuid,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    version             bigint       not null,
    constraint ck_venue_slot check (slot_minutes > 0 and mod(slot_minutes, 15) = 0),
    constraint ck_venue_lengths check (min_booking_minutes > 0 and max_booking_minutes >= min_booking_minutes)
);
create index ix_venue_organisation on venue (organisation_id);

-- Weekly opening hours in the venue's local time, as minutes from midnight (a close of 1440 is midnight at the end).
create table venue_opening_hours (
    venue_id     uuid     not null references venue (id) on delete cascade,
    day_of_week  integer  not null,
    open_minute  integer  not null,
    close_minute integer  not null,
    primary key (venue_id, day_of_week, open_minute),
    constraint ck_venue_hours check (day_of_week between 1 and 7 and open_minute >= 0 and close_minute <= 1440
        and close_minute > open_minute)
);

-- A day that differs from the week: closed (holiday, closure) or open at other hours (venue_exception_hours).
create table venue_exception (
    venue_id       uuid    not null references venue (id) on delete cascade,
    exception_date date    not null,
    closed         boolean not null,
    note           varchar(200),
    primary key (venue_id, exception_date)
);

create table venue_exception_hours (
    venue_id       uuid    not null references venue (id) on delete cascade,
    exception_date date    not null,
    open_minute    integer not null,
    close_minute   integer not null,
    primary key (venue_id, exception_date, open_minute),
    constraint ck_venue_exception_hours check (open_minute >= 0 and close_minute <= 1440 and close_minute > open_minute)
);

create table equipment (
    id                   uuid primary key,
    venue_id             uuid        not null references venue (id) on delete cascade,
    kind                 varchar(30) not null,
    name_en              varchar(200),
    name_de              varchar(200),
    name_nb              varchar(200),
    description_en       varchar(4000),
    description_de       varchar(4000),
    description_nb       varchar(4000),
    safety_notes_en      varchar(2000),
    safety_notes_de      varchar(2000),
    safety_notes_nb      varchar(2000),
    quantity             integer     not null,
    status               varchar(15) not null,
    out_of_order_until   date,
    status_note          varchar(500),
    induction_required   boolean     not null,
    induction_valid_days integer,
    induction_offer_id   uuid,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    version              bigint      not null,
    constraint ck_equipment_quantity check (quantity >= 1),
    constraint ck_equipment_validity check (induction_valid_days is null or induction_valid_days > 0)
);
create index ix_equipment_venue on equipment (venue_id);

-- Materials and consumables sold for a machine (filament, vinyl, thread), in list order.
create table equipment_material (
    equipment_id uuid         not null references equipment (id) on delete cascade,
    position     integer      not null,
    name         varchar(200) not null,
    unit         varchar(60),
    price_cents  bigint       not null,
    currency     varchar(3)   not null,
    primary key (equipment_id, position)
);

-- One row per physical machine ("#1", "#2"): the bookable unit. Lowering the quantity retires the highest numbers.
create table equipment_unit (
    id           uuid primary key,
    equipment_id uuid        not null references equipment (id) on delete cascade,
    number       integer     not null,
    label        varchar(20) not null,
    retired      boolean     not null,
    constraint ux_equipment_unit_number unique (equipment_id, number)
);

-- A person passed the safety induction for a kind of machine at a venue; valid_until null means it does not expire.
create table induction (
    id           uuid primary key,
    account_id   uuid        not null,
    venue_id     uuid        not null references venue (id) on delete cascade,
    kind         varchar(30) not null,
    equipment_id uuid references equipment (id) on delete set null,
    passed_on    date        not null,
    valid_until  date,
    recorded_by  uuid,
    recorded_at  timestamp with time zone not null
);
create index ix_induction_person on induction (account_id, venue_id, kind);
create index ix_induction_venue on induction (venue_id, recorded_at);

create table booking (
    id              uuid primary key,
    venue_id        uuid        not null references venue (id) on delete cascade,
    equipment_id    uuid        not null references equipment (id) on delete cascade,
    unit_id         uuid        not null references equipment_unit (id) on delete cascade,
    account_id      uuid        not null,
    organisation_id uuid references organisation (id) on delete set null,
    starts_at       timestamp with time zone not null,
    ends_at         timestamp with time zone not null,
    time_zone       varchar(40) not null,
    status          varchar(12) not null,
    note            varchar(500),
    cancelled_at    timestamp with time zone,
    cancelled_by    uuid,
    cancel_reason   varchar(500),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint      not null,
    constraint ck_booking_times check (ends_at > starts_at)
);
create index ix_booking_unit_time on booking (unit_id, starts_at);
create index ix_booking_venue_time on booking (venue_id, starts_at);
create index ix_booking_equipment_time on booking (equipment_id, starts_at);
create index ix_booking_account on booking (account_id, status);

-- The database's guarantee against overlaps: every 15-minute slot of a unit belongs to at most one booking.
-- Written before the booking row in the booking's transaction (so a lost race fails here first), deleted when the
-- booking is cancelled; booking_id has no foreign key for that order, the two rows come and go together.
create table booking_slot (
    unit_id    uuid not null references equipment_unit (id) on delete cascade,
    slot_start timestamp with time zone not null,
    booking_id uuid not null,
    primary key (unit_id, slot_start)
);
create index ix_booking_slot_booking on booking_slot (booking_id);
