-- The requester's contact details, copied from RequestReceived (no service reads another's database).
create table requester_contact (
    reference  varchar(32)  primary key,
    name       varchar(200) not null,
    email      varchar(254) not null
);

-- Every email, recorded once when the event that calls for it is handled, then sent by the dispatcher.
create table outgoing_message (
    id              uuid         primary key,
    reference       varchar(32)  not null,
    kind            varchar(32)  not null,
    status          varchar(16)  not null,
    subject         varchar(300) not null,
    letter_html     text,
    received_on     date,
    due_date        date,
    attempts        integer      not null default 0,
    last_error      text,
    created_at      timestamptz  not null default now(),
    sent_at         timestamptz,
    correlation_id  uuid         not null,
    causation_id    uuid         not null
);
create index outgoing_message_pending on outgoing_message (created_at) where status = 'PENDING';
create index outgoing_message_reference on outgoing_message (reference);

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
