-- The outage incident routing coalesced a report into: every report attached to an outage follows its case.
alter table report add column outage_incident_id uuid;
create index report_outage_incident_id on report (outage_incident_id) where outage_incident_id is not null;
