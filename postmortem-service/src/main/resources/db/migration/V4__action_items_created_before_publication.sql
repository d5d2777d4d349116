-- V3 gave the action items that existed before it the time of the migration as their creation: those of a report
-- published earlier would have left its public view until its next publication. They were there when it was
-- published.
update action_item a set created_at = p.published_at
    from postmortem p
    where p.id = a.postmortem_id and p.published_at is not null and a.created_at > p.published_at;
