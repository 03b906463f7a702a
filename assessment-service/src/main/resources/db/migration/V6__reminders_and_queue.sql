-- The deadline reminders sent: DeadlineApproaching (so many working days left) and DeadlineMissed, once per case
-- and due date. The insert and the outbox row commit together; the primary key makes a second one do nothing.
create table case_reminder (
    reference          varchar(32)  not null references foi_case (reference) on delete cascade,
    kind               varchar(16)  not null,
    working_days_left  integer      not null,
    due_date           date         not null,
    sent_at            timestamptz  not null default now(),
    primary key (reference, kind, working_days_left, due_date)
);

-- Open cases by due date: the reminder sweep (due within three weeks, or past) and the officers' queue.
create index foi_case_open_due on foi_case (due_date, reference)
    where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL');

-- Assignment: the team and the officer a case is with.
alter table foi_case add column assigned_team varchar(100);
alter table foi_case add column assigned_to varchar(100);

-- The officers' queue (GET /api/cases): sorted by due date, a stopped clock (no due date) last, then reference,
-- read by keyset. One index per way in: the open cases (the default view), one status, and one officer ("my
-- cases"). The query plans at a million cases are in the README.
create index foi_case_open_queue on foi_case ((coalesce(due_date, date '9999-12-31')), reference)
    where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL');
create index foi_case_queue on foi_case (status, (coalesce(due_date, date '9999-12-31')), reference);
create index foi_case_queue_assignee on foi_case (assigned_to, (coalesce(due_date, date '9999-12-31')), reference)
    where assigned_to is not null;
