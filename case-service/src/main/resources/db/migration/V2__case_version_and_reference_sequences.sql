-- Optimistic locking of cases.
alter table incident_case add column version bigint not null default 0;

-- One reference sequence per family, so that gaps in INC numbers do not reveal how many conduct cases exist.
create sequence operational_case_reference_seq;
create sequence conduct_case_reference_seq;
-- Both continue where the shared one stopped (an unused sequence stays unused: is_called is false).
select setval('operational_case_reference_seq', last_value, is_called) from case_reference_seq;
select setval('conduct_case_reference_seq', last_value, is_called) from case_reference_seq;
drop sequence case_reference_seq;
