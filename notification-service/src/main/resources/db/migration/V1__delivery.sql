create table delivery (
    id               bigserial primary key,
    event_id         uuid          not null,
    channel          varchar(20)   not null,
    recipient        varchar(254)  not null,
    template         varchar(100)  not null,
    subject          varchar(300),
    body             text          not null,
    status           varchar(20)   not null,
    attempts         int           not null,
    next_attempt_at  timestamptz   not null,
    last_error       varchar(1000),
    created_at       timestamptz   not null,
    sent_at          timestamptz,
    unique (event_id, recipient, template)
);
create index delivery_due on delivery (next_attempt_at) where status = 'PENDING';
