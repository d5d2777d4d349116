-- The Incident Response Team as sub-team selection needs it: where each member works from, when they are
-- away, and what they declared a connection to. All of it is data that members and IRT leads keep.
create table irt_member (
    username    varchar(100) primary key,
    time_zone   varchar(60)  not null,
    active      boolean      not null,
    updated_by  varchar(100) not null,
    updated_at  timestamptz  not null
);

create table irt_absence (
    id           uuid primary key,
    member       varchar(100) not null references irt_member (username),
    starts_on    date         not null,
    ends_on      date         not null,
    declared_by  varchar(100) not null,
    declared_at  timestamptz  not null,
    check (ends_on >= starts_on)
);
create index irt_absence_by_member on irt_absence (member, starts_on);

-- A declared connection: to a person (a wiki user name, kept in lower case) or to a case (its id).
create table irt_connection (
    id            uuid primary key,
    member        varchar(100) not null references irt_member (username),
    connected_to  varchar(255) not null,
    declared_by   varchar(100) not null,
    declared_at   timestamptz  not null,
    unique (member, connected_to)
);

-- The people involved in a conduct case.
create table case_party (
    id          uuid primary key,
    case_id     uuid         not null references incident_case (id),
    role        varchar(20)  not null,
    username    varchar(255) not null,
    time_zone   varchar(60),
    added_by    varchar(100) not null,
    added_at    timestamptz  not null,
    unique (case_id, role, username)
);

-- Who investigates a conduct case: each membership from joining to leaving, so replacements stay on record.
create table sub_team_membership (
    id          bigint generated always as identity primary key,
    case_id     uuid         not null references incident_case (id),
    member      varchar(100) not null,
    joined_at   timestamptz  not null,
    added_by    varchar(100) not null,
    left_at     timestamptz,
    removed_by  varchar(100)
);
create index sub_team_membership_by_case on sub_team_membership (case_id, joined_at);
create unique index sub_team_membership_current on sub_team_membership (case_id, member) where left_at is null;
create index sub_team_membership_by_member on sub_team_membership (member) where left_at is null;

-- Whether the reporter agreed that the reported party may be told of the report.
alter table incident_case add column reported_party_may_be_told boolean not null default false;

-- Every time someone opened a confidential case, or something in it: who, what, when.
create table case_access_audit (
    id         bigint generated always as identity primary key,
    case_id    uuid         not null references incident_case (id),
    reader     varchar(100) not null,
    action     varchar(60)  not null,
    read_at    timestamptz  not null
);
create index case_access_audit_by_case on case_access_audit (case_id, read_at);
