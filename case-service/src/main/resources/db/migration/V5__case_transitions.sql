-- Every change of a case's state, who made it and when (the state machines of both families).
create table case_transition (
    id           bigint generated always as identity primary key,
    case_id      uuid         not null references incident_case (id),
    from_status  varchar(30)  not null,
    to_status    varchar(30)  not null,
    changed_by   varchar(100) not null,
    changed_at   timestamptz  not null,
    note         varchar(2000)
);
create index case_transition_by_case on case_transition (case_id, changed_at);
