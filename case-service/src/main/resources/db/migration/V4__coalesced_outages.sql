-- An operational case for a coalesced outage: the incident routing opened, and how many reports it linked.
alter table incident_case
    add column outage_incident_id uuid unique,
    add column report_count       integer not null default 1,
    add column severity           varchar(20);
