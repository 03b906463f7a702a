-- The reliable-messaging tables every service has, owned here beside the code that uses them
-- (org.foiplatform.contracts.outbox). Each service lists db/messaging in quarkus.flyway.locations.

-- Transactional outbox: written in the same transaction as the state it describes; the relay
-- publishes rows in id order and sets sent_at once the broker has acknowledged them.
create table outbox_event (
    id              bigserial    primary key,
    event_id        uuid         not null unique,
    topic           varchar(255) not null,
    message_key     varchar(255) not null,
    event_type      varchar(255) not null,
    correlation_id  uuid         not null,
    message         text         not null,
    created_at      timestamptz  not null,
    sent_at         timestamptz,
    -- A row the broker refuses for good (too large, say) is parked with the reason, so that it does not
    -- hold back every later event; parked rows need a person to look at them.
    parked_at       timestamptz,
    last_error      text
);
create index outbox_event_unsent on outbox_event (id) where sent_at is null and parked_at is null;
create index outbox_event_key on outbox_event (message_key);

-- Idempotent consumers: one row per (consumer, event), written in the handling transaction; a
-- duplicate delivery finds its row and is skipped.
create table processed_event (
    consumer      varchar(100) not null,
    event_id      uuid         not null,
    processed_at  timestamptz  not null,
    primary key (consumer, event_id)
);
