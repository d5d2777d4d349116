-- A report's content, classification and workflow; a report may also be written about no case at all.
alter table postmortem alter column case_id drop not null;
alter table postmortem alter column case_reference drop not null;
alter table postmortem add column version bigint not null default 0;
alter table postmortem add column classification varchar(20) not null default 'OPERATIONAL';
update postmortem set classification = 'SECURITY' where confidential;
alter table postmortem add column content text not null default '{}';
alter table postmortem add column revision int not null default 0;
alter table postmortem add column reviewers text[] not null default '{}';
alter table postmortem add column incident_started_at timestamptz;
alter table postmortem add column incident_ended_at timestamptz;
alter table postmortem add column imported_at timestamptz;
alter table postmortem add column approved_by varchar(100);
alter table postmortem add column approved_at timestamptz;
alter table postmortem add column published_by varchar(100);
alter table postmortem add column published_at timestamptz;
alter table postmortem add column updated_by varchar(100);
alter table postmortem add column updated_at timestamptz;
-- Only operational reports are ever published: the database refuses anything else too.
alter table postmortem add constraint postmortem_published_only_if_operational
    check (status <> 'PUBLISHED' or classification = 'OPERATIONAL');
create index postmortem_published on postmortem (published_at desc) where status = 'PUBLISHED';
-- Drafts whose case record has not been read yet.
create index postmortem_to_import on postmortem (created_at) where imported_at is null and case_id is not null;

-- Every saved state of a report's content, with who changed which fields and when; never altered.
create table postmortem_revision (
    id              bigserial primary key,
    postmortem_id   uuid          not null references postmortem (id),
    revision        int           not null,
    title           varchar(400)  not null,
    classification  varchar(20)   not null,
    content         text          not null,
    changed_fields  text[]        not null,
    changed_by      varchar(100)  not null,
    changed_at      timestamptz   not null,
    unique (postmortem_id, revision)
);

create table action_item (
    id             uuid primary key,
    postmortem_id  uuid           not null references postmortem (id),
    description    varchar(2000)  not null,
    owner          varchar(100)   not null,
    due_at         timestamptz    not null,
    tracker_url    varchar(2000),
    internal       boolean        not null,
    done_at        timestamptz,
    overdue_at     timestamptz
);
create index action_item_of_postmortem on action_item (postmortem_id);
create index action_item_overdue on action_item (due_at) where done_at is null and overdue_at is null;
