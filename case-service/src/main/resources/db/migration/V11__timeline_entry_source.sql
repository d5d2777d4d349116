-- A !log line heard by several notification-service replicas arrives once per replica, with one line id:
-- the timeline keeps it once.
alter table case_timeline_entry add column source_id uuid;
create unique index case_timeline_entry_source on case_timeline_entry (source_id) where source_id is not null;
