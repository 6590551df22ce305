-- Accounts, platform roles, API tokens, the audit log and the one-time setup token.
create table account (
    id             uuid primary key,
    email          varchar(254) not null,
    display_name   varchar(100) not null,
    password_hash  varchar(200) not null,
    locale         varchar(8)   not null,
    enabled        boolean      not null,
    failed_logins  integer      not null,
    locked_until   timestamp with time zone,
    created_at     timestamp with time zone not null,
    erased_at      timestamp with time zone,
    version        bigint       not null
);
create unique index ux_account_email on account (email);

create table account_role (
    account_id uuid        not null references account (id) on delete cascade,
    role       varchar(30) not null,
    primary key (account_id, role)
);

create table api_token (
    id           uuid primary key,
    account_id   uuid         not null references account (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   varchar(64)  not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone
);
create unique index ux_api_token_hash on api_token (token_hash);
create index ix_api_token_account on api_token (account_id);

create table audit_event (
    id           uuid primary key,
    occurred_at  timestamp with time zone not null,
    actor_id     uuid,
    action       varchar(60)  not null,
    subject_type varchar(60),
    subject_id   varchar(100),
    details      varchar(1000)
);
create index ix_audit_event_occurred on audit_event (occurred_at);
create index ix_audit_event_actor on audit_event (actor_id);

create table setup_token (
    id         integer primary key,
    token_hash varchar(64) not null,
    created_at timestamp with time zone not null
);

-- Remember-me tokens (Spring Security's JdbcTokenRepositoryImpl): shared by all nodes.
create table persistent_logins (
    username  varchar(254) not null,
    series    varchar(64) primary key,
    token     varchar(64) not null,
    last_used timestamp   not null
);

-- HTTP sessions (Spring Session JDBC): nodes stay stateless.
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint   not null,
    last_access_time      bigint   not null,
    max_inactive_interval integer  not null,
    expiry_time           bigint   not null,
    principal_name        varchar(254),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
