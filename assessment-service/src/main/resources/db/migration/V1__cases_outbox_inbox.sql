-- Cases: one per request. Stored state only; "overdue" is computed from due_date, never stored.
create table foi_case (
    reference       varchar(32)  primary key,
    regime          varchar(16)  not null,
    received_on     date         not null,
    due_date        date         not null,
    status          varchar(32)  not null,
    approved_by     varchar(100),
    approved_at     timestamptz,
    correlation_id  uuid         not null,
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

-- Transactional outbox (see contracts Outbox).
create table outbox_event (
    id           bigserial    primary key,
    event_id     uuid         not null unique,
    topic        varchar(255) not null,
    message_key  varchar(255) not null,
    event_type   varchar(255) not null,
    message      text         not null,
    created_at   timestamptz  not null,
    sent_at      timestamptz
);
create index outbox_event_unsent on outbox_event (id) where sent_at is null;

-- Idempotent consumers: one row per (consumer, event), written in the handling transaction.
create table processed_event (
    consumer      varchar(100) not null,
    event_id      uuid         not null,
    processed_at  timestamptz  not null,
    primary key (consumer, event_id)
);
