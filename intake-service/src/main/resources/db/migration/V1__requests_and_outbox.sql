-- Requests as submitted. The reference is FOI-<year>-<6 digits>; the number comes from a sequence.
create sequence request_reference_seq start with 1 increment by 1;

create table information_request (
    reference        varchar(32)  primary key,
    requester_name   varchar(200) not null,
    requester_email  varchar(254) not null,
    received_at      timestamptz  not null,
    status           varchar(32)  not null,
    idempotency_key  varchar(255) unique
);

create table request_question (
    reference  varchar(32)   not null references information_request (reference) on delete cascade,
    number     integer       not null,
    text       varchar(5000) not null,
    primary key (reference, number)
);

-- Transactional outbox: written in the same transaction as the state it describes; the relay
-- publishes rows in id order and sets sent_at once the broker has acknowledged them.
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
