-- Offers (seminars, workshops, events, consulting, webinars, competence tracks), their sessions and the people
-- registered for them. Capacity is enforced under a lock on the session row, so it holds with any number of nodes.
create table offer (
    id                       uuid primary key,
    provider_organisation_id uuid         not null references organisation (id),
    kind                     varchar(20)  not null,
    status                   varchar(12)  not null,
    title_en                 varchar(200),
    title_de                 varchar(200),
    title_nb                 varchar(200),
    description_en           varchar(10000),
    description_de           varchar(10000),
    description_nb           varchar(10000),
    topics                   varchar(600) not null,
    target_sections          varchar(100) not null,
    size_classes             varchar(60)  not null,
    delivery_language        varchar(5)   not null,
    price_cents              bigint       not null,
    currency                 varchar(3)   not null,
    funding_note             varchar(500),
    cancellation_hours       integer      not null,
    questions                varchar(4000),
    industry                 varchar(200),
    created_by               uuid,
    created_at               timestamp with time zone not null,
    updated_at               timestamp with time zone not null,
    version                  bigint       not null
);
create index ix_offer_provider on offer (provider_organisation_id);
create index ix_offer_status on offer (status);

-- The ordered modules of a competence track; each has its own sessions.
create table track_module (
    id        uuid primary key,
    offer_id  uuid         not null references offer (id) on delete cascade,
    position  integer      not null,
    title     varchar(200) not null,
    required  boolean      not null,
    constraint ux_track_module_position unique (offer_id, position)
);

create table offer_session (
    id                  uuid primary key,
    offer_id            uuid        not null references offer (id) on delete cascade,
    module_id           uuid references track_module (id) on delete cascade,
    starts_at           timestamp with time zone not null,
    ends_at             timestamp with time zone not null,
    time_zone           varchar(40) not null,
    address             varchar(300),
    nuts_code           varchar(5),
    online_link         varchar(500),
    capacity            integer     not null,
    registration_opens  timestamp with time zone,
    registration_closes timestamp with time zone,
    approval_required   boolean     not null,
    advisor_name        varchar(200),
    status              varchar(12) not null,
    waitlist_counter    bigint      not null,
    version             bigint      not null,
    constraint ck_session_capacity check (capacity > 0),
    constraint ck_session_times check (ends_at > starts_at)
);
create index ix_session_offer on offer_session (offer_id, starts_at);
create index ix_session_start on offer_session (starts_at);

-- One row per person and session: a cancelled registration is reused when the person registers again.
create table registration (
    id               uuid primary key,
    session_id       uuid        not null references offer_session (id) on delete cascade,
    account_id       uuid        not null,
    organisation_id  uuid references organisation (id) on delete set null,
    status           varchar(12) not null,
    waitlist_seq     bigint,
    answers          varchar(4000),
    attendance       varchar(10),
    certificate_code varchar(24),
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          bigint      not null,
    constraint ux_registration_person unique (session_id, account_id),
    constraint ux_registration_certificate unique (certificate_code)
);
create index ix_registration_account on registration (account_id);
create index ix_registration_session_status on registration (session_id, status, waitlist_seq);

-- A secret address per person for their calendar app; only the hash is stored, like API tokens.
create table calendar_feed (
    account_id uuid primary key,
    token_hash varchar(64) not null,
    created_at timestamp with time zone not null,
    constraint ux_calendar_feed_token unique (token_hash)
);
