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
    next_attempt_at timestamptz  not null default now(),
    created_at      timestamptz  not null default now(),
    sent_at         timestamptz,
    correlation_id  uuid         not null,
    causation_id    uuid         not null
);
create index outgoing_message_pending on outgoing_message (next_attempt_at) where status = 'PENDING';
create index outgoing_message_reference on outgoing_message (reference);
