-- Issued response letters. A corrected letter is a new version; issued versions are never changed.
create table response_letter (
    id         uuid         primary key,
    reference  varchar(32)  not null,
    version    integer      not null,
    subject    varchar(300) not null,
    html       text         not null,
    issued_at  timestamptz  not null,
    unique (reference, version)
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
