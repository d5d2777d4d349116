create sequence case_reference_seq;

create table incident_case (
    id                 uuid primary key,
    reference          varchar(30)  not null unique,
    family             varchar(20)  not null,
    route              varchar(30)  not null,
    status             varchar(30)  not null,
    title              varchar(300) not null,
    confidential       boolean      not null,
    report_id          uuid         not null unique,
    community          varchar(100) not null,
    affected_service   varchar(100),
    reporter_username  varchar(85),
    reporter_email     varchar(254),
    reporter_language  varchar(35)  not null,
    opened_at          timestamptz  not null,
    closed_at          timestamptz,
    closed_by          varchar(100),
    resolution         varchar(2000)
);
create index incident_case_opened_at on incident_case (opened_at desc);
