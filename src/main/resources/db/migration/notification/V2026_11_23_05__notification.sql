-- The mail outbox: a mail is a row written in the transaction of the business change that caused it, so it
-- exists exactly when that change was committed. A scheduled job sends due rows and records the outcome.
create table mail_outbox (
    id            uuid primary key,
    recipient     varchar(320)  not null,
    subject       varchar(1000) not null,
    body          text          not null,
    -- "at most once" for reminders and the like; unique, and NULL for ordinary mails (NULLs never collide)
    dedupe_key    varchar(200),
    created_at    timestamp with time zone not null,
    send_after    timestamp with time zone not null,
    attempts      integer      not null,
    last_error    varchar(2000),
    sent_at       timestamp with time zone,
    -- QUEUED, SENT or FAILED (gave up)
    status        varchar(10)  not null,
    -- SMTP, or DEMO_MAILBOX where no mail server is configured
    delivered_via varchar(20)
);
create unique index ux_mail_outbox_dedupe_key on mail_outbox (dedupe_key);
create index ix_mail_outbox_due on mail_outbox (status, send_after);
create index ix_mail_outbox_sent on mail_outbox (status, sent_at);

create table mail_attachment (
    outbox_id    uuid         not null references mail_outbox (id) on delete cascade,
    position     integer      not null,
    file_name    varchar(255) not null,
    content_type varchar(200) not null,
    content      bytea        not null,
    primary key (outbox_id, position)
);

-- ShedLock (net.javacrumbs.shedlock): one row per scheduled job; the node holding the row runs the job.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
