create table postmortem (
    id              uuid primary key,
    case_id         uuid         not null unique,
    case_reference  varchar(30)  not null,
    title           varchar(400) not null,
    status          varchar(20)  not null,
    confidential    boolean      not null,
    created_at      timestamptz  not null
);
