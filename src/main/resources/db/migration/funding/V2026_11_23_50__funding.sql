-- Funding calls: a call with its criteria, required documents, description sections and eligibility checklist;
-- applications of consortia with partners, budget, texts and uploads; frozen submitted versions with a receipt;
-- the status history; eligibility, reviewer assignments, reviews, consensus; selection, decisions and requests for
-- evaluation review. Amounts are in the call's currency with two decimals.
create table funding_call (
    id                        uuid primary key,
    -- Short and unique, for receipt numbers: FC<number>-<nnnn>.
    number                    integer        not null unique,
    programme_id              uuid,
    title_en                  varchar(300),
    title_de                  varchar(300),
    title_nb                  varchar(300),
    text_en                   varchar(20000),
    text_de                   varchar(20000),
    text_nb                   varchar(20000),
    currency                  varchar(3)     not null,
    total_budget              numeric(14, 2) not null,
    max_funding_rate_percent  numeric(5, 2)  not null,
    max_grant                 numeric(14, 2) not null,
    eligible_applicant_types  varchar(500)   not null,
    eligible_regions          varchar(500)   not null,
    min_partners              integer        not null,
    requires_sme              boolean        not null,
    opens_at                  timestamp with time zone not null,
    deadline                  timestamp with time zone not null,
    time_zone                 varchar(40)    not null,
    reviewers_per_application integer        not null,
    overall_threshold         numeric(8, 2),
    status                    varchar(20)    not null,
    created_by                uuid,
    created_at                timestamp with time zone not null,
    updated_at                timestamp with time zone not null,
    published_at              timestamp with time zone,
    decided_at                timestamp with time zone,
    version                   bigint         not null,
    constraint ck_funding_call_rate check (max_funding_rate_percent > 0 and max_funding_rate_percent <= 100),
    constraint ck_funding_call_money check (total_budget > 0 and max_grant > 0),
    constraint ck_funding_call_dates check (deadline > opens_at),
    constraint ck_funding_call_reviewers check (reviewers_per_application between 1 and 10),
    constraint ck_funding_call_partners check (min_partners between 1 and 50)
);
create index ix_funding_call_status on funding_call (status, deadline);

create table funding_criterion (
    call_id        uuid          not null references funding_call (id) on delete cascade,
    position       integer       not null,
    criterion_key  varchar(40)   not null,
    name_en        varchar(300),
    name_de        varchar(300),
    name_nb        varchar(300),
    description_en varchar(4000),
    description_de varchar(4000),
    description_nb varchar(4000),
    max_score      integer       not null,
    weight         numeric(6, 2) not null,
    threshold      numeric(6, 2),
    primary key (call_id, criterion_key),
    constraint ck_funding_criterion check (max_score between 1 and 100 and weight > 0)
);

-- What a call asks to be uploaded: allowed formats as file extensions (pdf,docx,xlsx,png,jpg), size in bytes.
create table funding_document_type (
    call_id       uuid         not null references funding_call (id) on delete cascade,
    position      integer      not null,
    document_key  varchar(40)  not null,
    name_en       varchar(300),
    name_de       varchar(300),
    name_nb       varchar(300),
    required      boolean      not null,
    formats       varchar(200) not null,
    max_bytes     bigint       not null,
    primary key (call_id, document_key),
    constraint ck_funding_document_size check (max_bytes > 0)
);

-- The description sections an application fills in (objectives, work plan, ...), with a length limit.
create table funding_section (
    call_id      uuid        not null references funding_call (id) on delete cascade,
    position     integer     not null,
    section_key  varchar(40) not null,
    title_en     varchar(300),
    title_de     varchar(300),
    title_nb     varchar(300),
    required     boolean     not null,
    max_length   integer     not null,
    primary key (call_id, section_key)
);

-- What programme staff check before quality review (applicant eligible, consortium complete, ...).
create table funding_eligibility_item (
    call_id   uuid          not null references funding_call (id) on delete cascade,
    position  integer       not null,
    item_key  varchar(40)   not null,
    text_en   varchar(1000),
    text_de   varchar(1000),
    text_nb   varchar(1000),
    primary key (call_id, item_key)
);

create table funding_application (
    id                   uuid primary key,
    call_id              uuid           not null references funding_call (id),
    title                varchar(300),
    acronym              varchar(40),
    summary              varchar(4000),
    lead_organisation_id uuid           not null references organisation (id),
    requested_grant      numeric(14, 2),
    own_contribution     numeric(14, 2),
    project_start        date,
    project_end          date,
    status               varchar(30)    not null,
    receipt_number       varchar(40),
    submitted_at         timestamp with time zone,
    current_version      integer        not null,
    eligible             boolean,
    eligibility_reason   varchar(4000),
    eligibility_by       uuid,
    eligibility_at       timestamp with time zone,
    selected             boolean        not null,
    reserve_rank         integer,
    selection_override   varchar(20),
    override_reason      varchar(2000),
    decision             varchar(30),
    decision_text        varchar(10000),
    decided_at           timestamp with time zone,
    decided_by           uuid,
    created_by           uuid           not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    version              bigint         not null
);
create index ix_funding_application_call on funding_application (call_id, status);
create index ix_funding_application_lead on funding_application (lead_organisation_id);
create unique index ux_funding_application_receipt on funding_application (receipt_number);

-- Every organisation of the consortium, the lead included (role LEAD), with its share of the work in percent.
create table funding_partner (
    application_id  uuid          not null references funding_application (id) on delete cascade,
    organisation_id uuid          not null references organisation (id),
    position        integer       not null,
    role            varchar(20)   not null,
    work_share      numeric(5, 2),
    primary key (application_id, organisation_id)
);
create index ix_funding_partner_organisation on funding_partner (organisation_id);

create table funding_budget_line (
    application_id  uuid           not null references funding_application (id) on delete cascade,
    organisation_id uuid           not null,
    category        varchar(30)    not null,
    amount          numeric(14, 2) not null,
    primary key (application_id, organisation_id, category),
    constraint ck_funding_budget_amount check (amount >= 0)
);

create table funding_section_text (
    application_id uuid        not null references funding_application (id) on delete cascade,
    section_key    varchar(40) not null,
    body           varchar(20000),
    primary key (application_id, section_key)
);

-- Uploaded files; the bytes live in FileStorage under storage_key. A submitted version keeps the files it had.
create table funding_document (
    id             uuid primary key,
    application_id uuid         not null references funding_application (id) on delete cascade,
    document_key   varchar(40)  not null,
    file_name      varchar(255) not null,
    content_type   varchar(100) not null,
    size_bytes     bigint       not null,
    sha256         varchar(64)  not null,
    storage_key    varchar(300) not null,
    uploaded_by    uuid         not null,
    uploaded_at    timestamp with time zone not null,
    removed        boolean      not null
);
create index ix_funding_document_application on funding_document (application_id);

-- A submitted version, frozen: the whole application as canonical JSON and the SHA-256 of that JSON.
create table funding_version (
    application_id uuid        not null references funding_application (id) on delete cascade,
    version_number integer     not null,
    receipt_number varchar(40) not null,
    submitted_at   timestamp with time zone not null,
    submitted_by   uuid        not null,
    checksum       varchar(64) not null,
    content        varchar(1000000) not null,
    primary key (application_id, version_number)
);
create unique index ux_funding_version_receipt on funding_version (receipt_number);

create table funding_status_change (
    id             uuid primary key,
    application_id uuid         not null references funding_application (id) on delete cascade,
    status         varchar(30)  not null,
    changed_at     timestamp with time zone not null,
    changed_by     uuid,
    note           varchar(2000)
);
create index ix_funding_status_change on funding_status_change (application_id, changed_at);

-- Receipt numbers count per call: FC<call number>-0001. The counter row is locked while a number is drawn.
create table funding_receipt_counter (
    call_id  uuid    primary key references funding_call (id) on delete cascade,
    next_number integer not null
);

create table funding_eligibility_answer (
    application_id uuid        not null references funding_application (id) on delete cascade,
    item_key       varchar(40) not null,
    passed         boolean     not null,
    primary key (application_id, item_key)
);

-- A reviewer on an application. The reviewer declares no conflict of interest (ACCEPTED) or declines; only then the
-- application opens for them. The lead reviewer sets the consensus.
create table funding_assignment (
    application_id uuid        not null references funding_application (id) on delete cascade,
    reviewer_id    uuid        not null references account (id),
    lead           boolean     not null,
    state          varchar(20) not null,
    assigned_by    uuid,
    assigned_at    timestamp with time zone not null,
    declared_at    timestamp with time zone,
    decline_reason varchar(2000),
    submitted_at   timestamp with time zone,
    primary key (application_id, reviewer_id)
);
create index ix_funding_assignment_reviewer on funding_assignment (reviewer_id, state);

create table funding_score (
    application_id uuid          not null references funding_application (id) on delete cascade,
    reviewer_id    uuid          not null references account (id),
    criterion_key  varchar(40)   not null,
    score          integer       not null,
    justification  varchar(4000) not null,
    primary key (application_id, reviewer_id, criterion_key)
);

create table funding_consensus (
    application_id uuid          not null references funding_application (id) on delete cascade,
    criterion_key  varchar(40)   not null,
    score          integer       not null,
    justification  varchar(4000) not null,
    set_by         uuid          not null,
    set_at         timestamp with time zone not null,
    primary key (application_id, criterion_key)
);

-- An applicant's request for evaluation review (procedural, within 30 days of the decision) and its answer.
create table funding_review_request (
    id             uuid primary key,
    application_id uuid          not null references funding_application (id) on delete cascade,
    requested_by   uuid          not null,
    requested_at   timestamp with time zone not null,
    reason         varchar(10000) not null,
    answer         varchar(10000),
    outcome        varchar(20),
    answered_by    uuid,
    answered_at    timestamp with time zone
);
create index ix_funding_review_request on funding_review_request (application_id);
