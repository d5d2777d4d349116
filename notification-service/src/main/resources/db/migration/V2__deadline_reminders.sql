-- What a message is about (e.g. deadline:<id>), so that a later event can cancel it while it waits.
alter table delivery add column topic varchar(120);
create index delivery_pending_by_topic on delivery (topic) where status = 'PENDING' and topic is not null;

-- Who is on each conduct case's sub-team, from case.sub-team-changed: reminders go to them.
create table case_sub_team (
    case_id     uuid primary key,
    members     text         not null,
    changed_at  timestamptz  not null
);

-- A parked delivery goes back to the queue when its channel works again, a few times at most.
alter table delivery add column requeues int not null default 0;
-- The hourly cap counts what each recipient was sent lately.
create index delivery_sent_to on delivery (recipient, sent_at) where status = 'SENT';
