-- Questionnaire versions as loaded (definitions are kept, so old assessments score under their version),
-- assessments with one row per answered item, sharing with advisor organisations, and the precomputed score
-- distributions per peer group that make benchmarks independent of the number of firms.
create table questionnaire_version (
    questionnaire_key varchar(40)     not null,
    version           integer         not null,
    checksum          varchar(64)     not null,
    definition        varchar(200000) not null,
    loaded_at         timestamp with time zone not null,
    primary key (questionnaire_key, version)
);

create table assessment (
    id                    uuid primary key,
    organisation_id       uuid        not null references organisation (id) on delete cascade,
    questionnaire_key     varchar(40) not null,
    questionnaire_version integer     not null,
    stage                 varchar(4)  not null,
    status                varchar(12) not null,
    created_by            uuid,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    submitted_at          timestamp with time zone,
    overall_score         double precision,
    level                 varchar(30),
    scores                varchar(4000),
    peer_groups           varchar(300),
    version               bigint      not null,
    constraint fk_assessment_questionnaire foreign key (questionnaire_key, questionnaire_version)
        references questionnaire_version (questionnaire_key, version)
);
create unique index ux_assessment_stage on assessment (organisation_id, questionnaire_key, stage);
create index ix_assessment_latest on assessment (organisation_id, questionnaire_key, submitted_at);

create table assessment_answer (
    assessment_id uuid        not null references assessment (id) on delete cascade,
    item_id       varchar(40) not null,
    answer        varchar(40) not null,
    updated_at    timestamp with time zone not null,
    primary key (assessment_id, item_id)
);

create table assessment_share (
    organisation_id         uuid not null references organisation (id) on delete cascade,
    advisor_organisation_id uuid not null references organisation (id) on delete cascade,
    granted_by              uuid,
    granted_at              timestamp with time zone not null,
    primary key (organisation_id, advisor_organisation_id)
);
create index ix_assessment_share_advisor on assessment_share (advisor_organisation_id);

-- One row per questionnaire, peer group and metric: a histogram of latest scores in steps of 0.1.
create table benchmark_distribution (
    questionnaire_key varchar(40) not null,
    peer_group        varchar(40) not null,
    metric            varchar(30) not null,
    total             integer     not null,
    counts            bytea       not null,
    primary key (questionnaire_key, peer_group, metric)
);
