-- intake's own view of each request's progress, kept from the case and response services' events (never by
-- reading their databases), so that the tracking page is right even while they are down.
create table request_progress (
    reference              varchar(32)   primary key references information_request (reference) on delete cascade,
    status                 varchar(32)   not null,
    due_date               date,
    review_by              date,
    clarification_question text,
    lapses_on              date,
    fee_pounds             numeric(12, 2),
    letter_issued          boolean       not null default false,
    updated_at             timestamptz   not null default now()
);

-- Append-only: what happened, in the order intake learnt it.
create table request_timeline (
    id          bigserial    primary key,
    reference   varchar(32)  not null references information_request (reference) on delete cascade,
    occurred_on date         not null,
    kind        varchar(40)  not null,
    text        varchar(2000) not null
);
create index request_timeline_reference on request_timeline (reference, id);

-- The correlation of the request's first event, continued by the requester's later actions.
alter table information_request add column correlation_id uuid;

-- Requests from before this view: received, as far as intake knows.
insert into request_progress (reference, status) select reference, 'RECEIVED' from information_request;
