-- What the public reads is the revision that was published, kept apart from the one being edited: editing a
-- published report sends it back to review while the published text stays public until the next publication.
alter table postmortem add column published_title varchar(400);
alter table postmortem add column published_content text;
alter table postmortem add column published_revision int;
update postmortem set published_title = title, published_content = content, published_revision = revision
    where status = 'PUBLISHED';
alter table postmortem drop constraint postmortem_published_only_if_operational;
alter table postmortem add constraint postmortem_public_only_if_operational
    check (published_at is null or classification = 'OPERATIONAL');
drop index postmortem_published;
create index postmortem_public on postmortem (published_at desc) where published_at is not null;

-- Drafts are claimed for import (one replica at a time) and tried again later when case-service failed.
alter table postmortem add column import_tried_at timestamptz;

-- Action items join the public view once a publication after their creation shows them.
alter table action_item add column created_at timestamptz not null default now();
