-- Responses published on the disclosure log (ResponsePublished, from response-service), kept by intake so that the
-- portal can suggest them to someone about to ask the same thing, without asking response-service (nothing the
-- requester typed leaves intake). Only what the event carries, already anonymised: no name, email or postal address.
-- comparable_text is the title and questions as RelatedRequests.comparableText makes them (at most 1,000
-- characters), searched nearest first with pg_trgm (V8 created the extension).
create table published_response (
    reference        varchar(32)   primary key,
    entry_id         uuid          not null,
    regime           varchar(8)    not null,
    title            varchar(300)  not null,
    path             varchar(300)  not null,
    published_at     timestamptz   not null,
    responded_on     date,
    comparable_text  varchar(1000) not null
);
create index published_response_comparable_text on published_response using gist (comparable_text gist_trgm_ops);
