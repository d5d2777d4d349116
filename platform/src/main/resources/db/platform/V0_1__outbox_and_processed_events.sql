-- Owned by the platform module: every service database has these two tables.

-- Transactional outbox: written in the same transaction as the change it announces,
-- published to Kafka afterwards by the relay.
create table outbox_message (
    id             bigserial primary key,
    event_id       uuid         not null unique,
    event_type     varchar(100) not null,
    topic          varchar(200) not null,
    aggregate_id   varchar(100) not null,
    payload        text         not null,
    created_at     timestamptz  not null,
    published_at   timestamptz
);
create index outbox_message_pending on outbox_message (id) where published_at is null;

-- Processed-event ledger: a consumer records each event id in the same transaction as its side effect,
-- so a redelivered event changes nothing.
create table processed_event (
    event_id      uuid         not null,
    consumer      varchar(100) not null,
    processed_at  timestamptz  not null,
    primary key (event_id, consumer)
);
