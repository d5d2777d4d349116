-- Daily report counts per subject (a hashed user name or client address), shared by all intake replicas.
create table report_quota (
    community    varchar(100) not null,
    subject      char(64)     not null,
    quota_class  varchar(30)  not null,
    day          date         not null,
    used         int          not null,
    primary key (community, subject, quota_class, day)
);
create index report_quota_day on report_quota (day);
