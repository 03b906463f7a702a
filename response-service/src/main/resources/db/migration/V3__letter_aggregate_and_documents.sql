-- A letter is now its structured content (the aggregate: drafted, blocked, issued, published) with the compliance
-- findings it was checked with; each rendering (HTML, text, PDF) is a document of that version, stored once and
-- never overwritten. A blocked letter has no documents and no issue time.
alter table response_letter
    add column kind       varchar(16) not null default 'DECISION',
    add column regime     varchar(8),
    add column status     varchar(16) not null default 'ISSUED',
    add column content    jsonb,
    add column findings   jsonb       not null default '[]',
    add column created_at timestamptz;
update response_letter set created_at = issued_at;
alter table response_letter
    alter column created_at set not null,
    alter column issued_at drop not null,
    add constraint response_letter_kind check (kind in ('DECISION', 'REVIEW')),
    add constraint response_letter_status check (status in ('DRAFTED', 'BLOCKED', 'ISSUED', 'PUBLISHED')),
    add constraint response_letter_issued check ((status in ('ISSUED', 'PUBLISHED')) = (issued_at is not null));

create table letter_document (
    letter_id   uuid         not null references response_letter (id),
    format      varchar(8)   not null check (format in ('html', 'text', 'pdf')),
    media_type  varchar(64)  not null,
    content     bytea        not null,
    bytes       integer      not null,
    sha256      char(64)     not null,
    created_at  timestamptz  not null default now(),
    primary key (letter_id, format)
);

-- Letters issued before this migration keep their HTML as their one document.
insert into letter_document (letter_id, format, media_type, content, bytes, sha256, created_at)
select id, 'html', 'text/html; charset=UTF-8', convert_to(html, 'UTF8'), octet_length(convert_to(html, 'UTF8')),
       encode(sha256(convert_to(html, 'UTF8')), 'hex'), issued_at
from response_letter;
alter table response_letter drop column html;

-- Documents are written once: an issued rendering is never changed or removed by the service.
create function letter_document_is_final() returns trigger language plpgsql as $$
begin
    raise exception 'letter documents are never changed: issue a new version of the letter instead';
end $$;
create trigger letter_document_never_changes before update or delete on letter_document
    for each row execute function letter_document_is_final();

-- From intake's RequestReceived, only what this service needs of the requester: whether they agreed to the
-- disclosure log, and the SHA-256 of their private tracking token (never the token), to let them fetch their letter.
create table requester_access (
    reference            varchar(32) primary key,
    consent_to_publish   boolean     not null,
    tracking_token_hash  char(64),
    recorded_at          timestamptz not null default now()
);

-- The authority's profile as an admin saved it (one row); until then the configured profile is used.
create table authority_profile (
    id          smallint    primary key check (id = 1),
    profile     jsonb       not null,
    updated_by  varchar(64) not null,
    updated_at  timestamptz not null
);
