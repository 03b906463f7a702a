-- Cases: one per request. Stored state only; "overdue" is computed from due_date, never stored.
create table foi_case (
    reference       varchar(32)  primary key,
    regime          varchar(16)  not null,
    received_on     date         not null,
    due_date        date         not null,
    status          varchar(32)  not null,
    approved_by     varchar(100),
    approved_at     timestamptz,
    version         bigint       not null default 0
);

create table case_question (
    reference  varchar(32)   not null references foi_case (reference) on delete cascade,
    number     integer       not null,
    text       varchar(5000) not null,
    outcome    varchar(32),
    answer     text,
    primary key (reference, number)
);
