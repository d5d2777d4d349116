-- Every version of every community's configuration; the highest version is in force.
create table community_configuration (
    id          bigint generated always as identity primary key,
    community   varchar(100) not null,
    version     integer      not null,
    settings    text         not null,
    changed_by  varchar(200) not null,
    changed_at  timestamptz  not null,
    constraint community_configuration_version unique (community, version)
);

-- Outage reports and alerts about one service and community, coalesced: the first opens it, the rest attach.
create table outage_incident (
    id                 uuid primary key,
    coalescing_key     varchar(300) not null,
    community          varchar(100) not null,
    affected_service   varchar(100),
    severity           varchar(20)  not null,
    scope              varchar(30)  not null,
    state              varchar(20)  not null,
    opened_at          timestamptz  not null,
    last_report_at     timestamptz  not null,
    report_count       integer      not null,
    alert_resolved_at  timestamptz
);
-- At most one open incident per outage, whatever the number of routing instances.
create unique index outage_incident_one_open on outage_incident (coalescing_key) where state = 'OPEN';
create index outage_incident_open_by_service on outage_incident (affected_service) where state = 'OPEN';

alter table routing_decision
    add column configuration_version integer not null default 0,
    add column review_reason         varchar(500),
    add column incident_id           uuid references outage_incident (id);
create index routing_decision_incident on routing_decision (incident_id) where incident_id is not null;
