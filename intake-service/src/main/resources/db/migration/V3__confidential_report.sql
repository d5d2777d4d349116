-- Personal data and free text move into one encrypted column, under a key per report (report_key); reports
-- gain their classification, source, receipt and status. Reports stored before this version had plaintext
-- personal data and are not kept (no release carried them).
delete from report;
alter table report
    drop column summary,
    drop column details,
    drop column reporter_username,
    drop column reporter_email,
    add column emergency_type              varchar(40),
    add column behaviour                   varchar(40),
    add column source                      varchar(30)  not null,
    add column impact                      varchar(20),
    add column outage_since                timestamptz,
    add column signal                      varchar(200),
    add column reporter_reachable          boolean      not null,
    add column reported_party_may_be_told  boolean      not null,
    add column key_id                      uuid,
    add column sealed_content              bytea,
    add column reporter_index              char(64),
    add column receipt_token_hash          char(64)     not null,
    add column status                      varchar(20)  not null,
    add column route                       varchar(30),
    add column case_id                     uuid,
    add column status_changed_at           timestamptz  not null,
    add column personal_data_erased_at     timestamptz;
create index report_reporter_index on report (reporter_index) where reporter_index is not null;
create index report_case_id on report (case_id) where case_id is not null;

-- Each report's data key, wrapped by the master key. Erasure deletes the row: without it the sealed content,
-- and every copy of it in backups, cannot be read. Back this table up apart, with a short retention.
create table report_key (
    key_id      uuid primary key,
    wrapped_key bytea        not null,
    created_at  timestamptz  not null
);

-- One report per firing alert: a repeated notification of the same alert adds nothing; its resolution is
-- passed on once.
create table alert_signal (
    alert_source  varchar(100) not null,
    fingerprint   varchar(200) not null,
    report_id     uuid         not null,
    fired_at      timestamptz  not null,
    resolved_at   timestamptz,
    primary key (alert_source, fingerprint, report_id)
);
create unique index alert_signal_firing on alert_signal (alert_source, fingerprint) where resolved_at is null;

-- Messages of the reports mailbox already taken in (by a hash of their Message-ID), so none is taken twice.
create table mailbox_message (
    message_hash char(64)    primary key,
    report_id    uuid        not null,
    received_at  timestamptz not null
);
