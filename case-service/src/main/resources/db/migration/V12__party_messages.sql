-- How to write to a party (when the case cannot ask intake-service, which holds the reporter's address), and in
-- which language.
alter table case_party add column email varchar(320);
alter table case_party add column language varchar(35);

-- The saved replies of the conduct process the sub-team sent to the reporter or the reported party, and what
-- became of each (notification-service reports the delivery).
create table party_message (
    id              uuid primary key,
    case_id         uuid          not null references incident_case (id),
    reply           varchar(30)   not null,
    recipient       varchar(20)   not null,
    party_id        uuid          references case_party (id),
    text            text,
    requested_by    varchar(100)  not null,
    requested_at    timestamptz   not null,
    status          varchar(20)   not null,
    status_at       timestamptz   not null
);
create index party_message_case on party_message (case_id, requested_at);
