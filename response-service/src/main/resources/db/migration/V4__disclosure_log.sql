-- The public disclosure log: one anonymised entry per request whose requester consented to publication (never a
-- subject access request). An entry is due on publish_on; the publishing job sets published_at. An admin may
-- unpublish it: unpublished_at and the reason are kept, and it leaves every public page, feed and API.
-- Written and read over plain JDBC (ADR 0008), not Hibernate.
create table disclosure_entry (
    id               uuid          primary key,
    reference        varchar(32)   not null unique,
    letter_id        uuid          not null,
    regime           varchar(8)    not null check (regime in ('FOIA', 'EIR', 'FOISA', 'EIRS')),
    case_outcome     varchar(64),
    responded_on     date          not null,
    publish_on       date          not null,
    published_at     timestamptz,
    unpublished_at   timestamptz,
    unpublish_reason varchar(1000),
    updated_at       timestamptz   not null,
    title            varchar(300)  not null,
    -- [{number, question, outcome, answer, exemptions: [...]}], anonymised.
    questions        jsonb         not null,
    -- The questions and the answers as plain text, for the search column and ts_headline's snippets.
    questions_text   text          not null,
    answers_text     text          not null,
    exemptions       text[]        not null default '{}',
    letter_html      text          not null,
    -- Weighted so that a match in the title ranks above one in a question, above one in an answer.
    search           tsvector      generated always as (
                         setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
                         || setweight(to_tsvector('english'::regconfig, coalesce(questions_text, '')), 'B')
                         || setweight(to_tsvector('english'::regconfig, coalesce(answers_text, '')), 'C')
                     ) stored,
    check (unpublished_at is null or unpublish_reason is not null)
);

create index disclosure_entry_search on disclosure_entry using gin (search);
-- The publishing sweep: entries not yet published, by the day they are due.
create index disclosure_entry_due on disclosure_entry (publish_on)
    where published_at is null and unpublished_at is null;
-- The public filters and orders, over what the public may see.
create index disclosure_entry_public_responded on disclosure_entry (responded_on desc, reference)
    where published_at is not null and unpublished_at is null;
create index disclosure_entry_public_published on disclosure_entry (published_at desc)
    where published_at is not null and unpublished_at is null;
create index disclosure_entry_regime on disclosure_entry (regime, responded_on desc)
    where published_at is not null and unpublished_at is null;
create index disclosure_entry_outcome on disclosure_entry (case_outcome, responded_on desc)
    where published_at is not null and unpublished_at is null;
create index disclosure_entry_exemptions on disclosure_entry using gin (exemptions);
