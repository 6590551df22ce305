-- NUTS regions and NACE sectors (rows come from ReferenceDataMigration), organisations and memberships.
create table region (
    code         varchar(5)   primary key,
    name         varchar(200) not null,
    level        smallint     not null,
    country_code varchar(2)   not null,
    parent_code  varchar(5) references region (code)
);
create index ix_region_country_level on region (country_code, level);

create table sector (
    code        varchar(5)   primary key,
    section     varchar(1)   not null,
    level       smallint     not null,
    parent_code varchar(5) references sector (code),
    name_en     varchar(300) not null,
    name_de     varchar(300),
    name_nb     varchar(300)
);
create index ix_sector_level on sector (level);

create table organisation (
    id                uuid primary key,
    name              varchar(200) not null,
    type              varchar(30)  not null,
    nuts_code         varchar(5)   not null references region (code),
    nace_code         varchar(5)   not null references sector (code),
    nace_section      varchar(1)   not null,
    employees         integer      not null,
    turnover_eur      numeric(15, 2),
    balance_sheet_eur numeric(15, 2),
    size_class        varchar(10)  not null,
    website           varchar(300),
    street            varchar(200),
    postal_code       varchar(20),
    city              varchar(100),
    country_code      varchar(2)   not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           bigint       not null
);
create index ix_organisation_name on organisation (name);
create index ix_organisation_nuts on organisation (nuts_code);
create index ix_organisation_nace on organisation (nace_code);
create index ix_organisation_section on organisation (nace_section);

create table membership (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id) on delete cascade,
    account_id      uuid        not null references account (id) on delete cascade,
    role            varchar(20) not null,
    position        varchar(100),
    created_at      timestamp with time zone not null
);
create unique index ux_membership on membership (organisation_id, account_id);
create index ix_membership_account on membership (account_id);
