-- The timeline of an incident: append-only, from staff, state changes, hand-offs, service states, chat and alerts.
create table case_timeline_entry (
    id       uuid primary key,
    case_id  uuid          not null references incident_case (id),
    kind     varchar(20)   not null,
    text     text          not null,
    author   varchar(100)  not null,
    at       timestamptz   not null,
    -- entries made at the same instant (a first response and its state change) keep the order they were made in
    seq      bigint        generated always as identity
);
create index case_timeline_entry_by_case on case_timeline_entry (case_id, at, seq);

create function forbid_timeline_changes() returns trigger language plpgsql as $$
begin
    raise exception 'the timeline of a case is append-only';
end
$$;
create trigger case_timeline_entry_append_only before update or delete on case_timeline_entry
    for each row execute function forbid_timeline_changes();

-- The state of each affected service over time (UP, PARTIAL, DOWN).
create table case_service_state (
    id          bigint generated always as identity primary key,
    case_id     uuid          not null references incident_case (id),
    service     varchar(60)   not null,
    state       varchar(10)   not null,
    changed_by  varchar(100)  not null,
    changed_at  timestamptz   not null
);
create index case_service_state_by_case on case_service_state (case_id, changed_at);

-- The impact on each type of user, and the fallout.
create table case_impact (
    case_id      uuid          not null references incident_case (id),
    user_type    varchar(20)   not null,
    description  text          not null,
    primary key (case_id, user_type)
);
alter table incident_case
    add column data_lost              text,
    add column contributions_rejected text;

-- The evidence and interview notes of a conduct case: confidential.
create table case_evidence (
    id           uuid primary key,
    case_id      uuid           not null references incident_case (id),
    description  text           not null,
    link         varchar(2000),
    added_by     varchar(100)   not null,
    added_at     timestamptz    not null
);
create index case_evidence_by_case on case_evidence (case_id, added_at);

create table case_interview_note (
    id          uuid primary key,
    case_id     uuid           not null references incident_case (id),
    party_id    uuid           references case_party (id),
    text        text           not null,
    written_by  varchar(100)   not null,
    written_at  timestamptz    not null
);
create index case_interview_note_by_case on case_interview_note (case_id, written_at);
