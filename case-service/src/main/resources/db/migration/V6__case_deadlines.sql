-- What a conduct case owes the people involved, by when, and whether it was met or missed.
create table case_deadline (
    id         uuid primary key,
    case_id    uuid         not null references incident_case (id),
    kind       varchar(30)  not null,
    due_at     timestamptz  not null,
    met_at     timestamptz,
    met_by     varchar(100),
    missed_at  timestamptz
);
create index case_deadline_by_case on case_deadline (case_id, due_at);
-- The sweep looks for deadlines due and neither met nor yet found missed.
create index case_deadline_overdue on case_deadline (due_at) where met_at is null and missed_at is null;
