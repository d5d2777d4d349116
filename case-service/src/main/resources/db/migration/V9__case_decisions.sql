-- The decision that ends a conduct case's investigation, with its response plan; temporary bans end.
create table case_decision (
    id             uuid primary key,
    case_id        uuid          not null unique references incident_case (id),
    kind           varchar(20)   not null,
    response_plan  text          not null,
    ends_at        timestamptz,
    issued_by      varchar(100)  not null,
    issued_at      timestamptz   not null,
    expired_at     timestamptz,
    check ((kind = 'TEMPORARY_BAN') = (ends_at is not null))
);
-- The expiry sweep looks for temporary bans that ended and were not yet announced.
create index case_decision_ban_expiry on case_decision (ends_at) where ends_at is not null and expired_at is null;
