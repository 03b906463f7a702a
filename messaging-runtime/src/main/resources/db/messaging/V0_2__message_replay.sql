-- The audit trail of every replay an admin asked for: a dead-lettered message handled again, or a parked
-- outbox event given back to the relay. Kept for good.
create table message_replay (
    id          bigserial    primary key,
    kind        varchar(16)  not null,
    source      varchar(300) not null,
    event_id    uuid,
    replayed_by varchar(100) not null,
    replayed_at timestamptz  not null,
    outcome     varchar(16)  not null,
    detail      text
);
create index message_replay_source on message_replay (kind, source, id);
