create table routing_decision (
    report_id   uuid primary key,
    kind        varchar(20)  not null,
    community   varchar(100) not null,
    route       varchar(30)  not null,
    rule        varchar(100) not null,
    reason      varchar(500) not null,
    decided_at  timestamptz  not null
);
