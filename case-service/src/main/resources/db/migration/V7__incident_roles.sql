-- Who holds the roles of an operational incident, and every change of holder.
alter table incident_case
    add column communicator   varchar(100),
    add column diagnosis_lead varchar(100);

create table case_role_hand_off (
    id           bigint generated always as identity primary key,
    case_id      uuid         not null references incident_case (id),
    role         varchar(30)  not null,
    from_holder  varchar(100),
    to_holder    varchar(100) not null,
    handed_by    varchar(100) not null,
    handed_at    timestamptz  not null
);
create index case_role_hand_off_by_case on case_role_hand_off (case_id, handed_at);
