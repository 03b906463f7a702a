-- Repeats and campaigns (FOIA s.14(2); the Fees Regulations 2004 reg 5): each new request is compared with those of the
-- last 60 working days by pg_trgm similarity of their words. comparable_text is the request's title and questions as
-- compared (RelatedRequests.comparableText: lower case, one space between words, at most 1,000 characters). A GiST
-- trigram index serves the nearest-first (KNN) query "order by comparable_text <-> ? limit 20", which stops after 20
-- rows however many requests share the same words (a campaign sends thousands). pg_trgm is a trusted extension: the
-- database's owner may create it.
create extension if not exists pg_trgm;

alter table information_request add column comparable_text varchar(1000);

-- Requests of the last 92 calendar days (60 working days at most) get their text, so they can be matched at once.
update information_request r
   set comparable_text = left(btrim(regexp_replace(lower(concat_ws(' ', r.title,
           (select string_agg(q.text, ' ' order by q.number) from request_question q where q.reference = r.reference))),
           '\s+', ' ', 'g')), 1000)
 where r.received_at > now() - interval '92 days';

create index information_request_comparable_text on information_request using gist (comparable_text gist_trgm_ops);
-- The same requester's earlier requests: by email address in any case.
create index information_request_email_received on information_request (lower(requester_email), received_at);
