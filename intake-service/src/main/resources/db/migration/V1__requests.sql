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
