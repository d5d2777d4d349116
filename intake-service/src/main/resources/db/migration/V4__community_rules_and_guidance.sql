-- Each community's eligibility rules and daily limits as routing-service last announced them (community.configured).
create table community_rules (
    community                varchar(100) primary key,
    version                  integer      not null,
    min_account_age_seconds  bigint       not null,
    min_edits                integer      not null,
    require_confirmed_email  boolean      not null,
    unconfirmed_per_day      integer      not null,
    confirmed_per_day        integer      not null,
    emergencies_per_day      integer      not null,
    support_page             varchar(2000) not null,
    changed_at               timestamptz  not null
);

-- Where routing sent the reporter when the report went to a community's process or was redirected.
alter table report
    add column support_page       varchar(2000),
    add column behaviour_page     varchar(2000),
    add column public_destination varchar(2000);
