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
