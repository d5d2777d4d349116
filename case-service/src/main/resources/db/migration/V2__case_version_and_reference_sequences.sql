-- Optimistic locking of cases.
alter table incident_case add column version bigint not null default 0;

-- One reference sequence per family, so that gaps in INC numbers do not reveal how many conduct cases exist.
create sequence operational_case_reference_seq;
create sequence conduct_case_reference_seq;
select setval('operational_case_reference_seq', (select last_value from case_reference_seq), true);
select setval('conduct_case_reference_seq', (select last_value from case_reference_seq), true);
drop sequence case_reference_seq;
