create table report (
    id                 uuid primary key,
    kind               varchar(20)  not null,
    community          varchar(100) not null,
    summary            varchar(200) not null,
    details            text,
    affected_service   varchar(100),
    reporter_username  varchar(85),
    reporter_email     varchar(254),
    reporter_language  varchar(35)  not null,
    received_at        timestamptz  not null
);
create index report_received_at on report (received_at);
