-- Files a call offers for download: the call text, guidelines, budget templates. Public with the call.
create table funding_call_document (
    id           uuid primary key,
    call_id      uuid         not null references funding_call (id) on delete cascade,
    title        varchar(300) not null,
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    sha256       varchar(64)  not null,
    storage_key  varchar(300) not null,
    uploaded_by  uuid         not null,
    uploaded_at  timestamp with time zone not null
);
create index ix_funding_call_document on funding_call_document (call_id);
