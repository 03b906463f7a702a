-- The statutory clock: the bank-holiday calendar as data, each case's clock history and timeline.

-- The calendar: one row per nation and observed day (gov.uk's divisions). Loaded from the bundled CSV at
-- start-up when empty; an admin replaces years of it from gov.uk's bank-holidays.json.
create table bank_holiday (
    nation        varchar(32)  not null,
    holiday_date  date         not null,
    name          varchar(200) not null,
    primary key (nation, holiday_date)
);

-- Every change of the calendar is a revision, with the holidays it added and removed: cases dated with an
-- older revision are re-dated, and their timeline names the holidays that moved them.
create table calendar_revision (
    revision  bigint       primary key,
    made_at   timestamptz  not null default now(),
    source    varchar(200) not null
);

create table bank_holiday_change (
    revision      bigint       not null references calendar_revision (revision),
    nation        varchar(32)  not null,
    holiday_date  date         not null,
    name          varchar(200) not null,
    added         boolean      not null,
    primary key (revision, nation, holiday_date)
);

-- The due date is derived from the clock history; it is null while the clock is stopped.
alter table foi_case alter column due_date drop not null;
alter table foi_case add column working_days integer not null default 20;
-- 0: dated before the calendar existed (weekends only), so the first calendar re-dates every open case.
alter table foi_case add column calendar_revision bigint not null default 0;
create index foi_case_open_by_revision on foi_case (calendar_revision, reference)
    where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING');
create index foi_case_stopped on foi_case (reference) where status in ('AWAITING_CLARIFICATION', 'FEE_PENDING');

create table case_clock_event (
    reference  varchar(32)   not null references foi_case (reference) on delete cascade,
    seq        integer       not null,
    kind       varchar(32)   not null,
    on_date    date          not null,
    amount     integer       not null default 0,
    reason     varchar(2000),
    primary key (reference, seq)
);
insert into case_clock_event (reference, seq, kind, on_date)
    select reference, 0, 'RECEIVED', received_on from foi_case;

create table case_timeline (
    reference          varchar(32)   not null references foi_case (reference) on delete cascade,
    seq                integer       not null,
    at                 timestamptz   not null,
    what               varchar(300)  not null,
    detail             text,
    actor              varchar(100),
    previous_due_date  date,
    due_date           date,
    primary key (reference, seq)
);
insert into case_timeline (reference, seq, at, what, detail, due_date)
    select reference, 0, received_on::timestamp at time zone 'Europe/London', 'Request received under ' || regime,
           'Dated with weekends only, before the bank-holiday calendar.', due_date
    from foi_case;
insert into case_timeline (reference, seq, at, what, detail, actor)
    select reference, 1, approved_at, 'Decision approved', null, approved_by from foi_case where approved_at is not null;
