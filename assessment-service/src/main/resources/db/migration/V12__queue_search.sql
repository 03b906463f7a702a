-- The officers' search box (issue 11): the requester's name and the text of every question as one tsvector per case,
-- with the 'simple' configuration (no stemming, no stop words: names and places such as "Will May" or "Riverside"
-- are kept as typed, and the queue matches each word typed as a prefix, so "pothole" finds "potholes"). The
-- questions live in case_question, so the column is kept by triggers rather than generated: a case's row gets its
-- name's words when it is written, and all its questions' words whenever a question is added, removed or reworded.
create function foi_case_search_document(requester_name text, questions text) returns tsvector
    language sql immutable parallel safe
    as $$ select setweight(to_tsvector('simple', coalesce(requester_name, '')), 'A')
                 || setweight(to_tsvector('simple', coalesce(questions, '')), 'B') $$;

alter table foi_case add column search tsvector not null default ''::tsvector;

create function foi_case_search_from_questions() returns trigger language plpgsql as $$
begin
    new.search := foi_case_search_document(new.requester_name, (select string_agg(q.text, ' ' order by q.number)
        from case_question q where q.reference = new.reference));
    return new;
end $$;

create trigger foi_case_search before insert on foi_case
    for each row execute function foi_case_search_from_questions();
create trigger foi_case_search_name before update of requester_name on foi_case
    for each row when (old.requester_name is distinct from new.requester_name)
    execute function foi_case_search_from_questions();

-- Deferred to the commit, and writing only a changed document: Hibernate saves a case's questions by deleting and
-- inserting them all (a decision, a note), which leaves their words as they were, so that foi_case is not written.
create function case_question_search() returns trigger language plpgsql as $$
declare
    changed varchar(32) := case when tg_op = 'DELETE' then old.reference else new.reference end;
begin
    update foi_case c set search = d.search
    from (select foi_case_search_document(f.requester_name, (select string_agg(q.text, ' ' order by q.number)
              from case_question q where q.reference = changed)) as search
          from foi_case f where f.reference = changed) d
    where c.reference = changed and c.search is distinct from d.search;
    return null;
end $$;

create constraint trigger case_question_search after insert or delete or update of text on case_question
    deferrable initially deferred for each row execute function case_question_search();

update foi_case c set search = foi_case_search_document(c.requester_name, (select string_agg(q.text, ' '
    order by q.number) from case_question q where q.reference = c.reference));

create index foi_case_search on foi_case using gin (search);
-- A reference typed whole or in part ("FOI-2026-0001"), whatever the case of its letters: a prefix match.
create index foi_case_reference_prefix on foi_case (upper(reference) text_pattern_ops);
-- The open cases by date received (the queue sorted by "Received", either way), as foi_case_open_queue by due date.
create index foi_case_open_received on foi_case (received_on, reference)
    where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL');
-- One officer's open cases ("my cases") and one team's, by due date. V6's foi_case_queue_assignee holds every case of
-- the officer: the closed ones, due earlier, come first, and at a million cases "my cases" read 24,000 of them to find
-- the first open one (50 ms); these hold the open cases alone.
create index foi_case_open_assignee on foi_case (assigned_to, (coalesce(due_date, date '9999-12-31')), reference)
    where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL');
create index foi_case_open_team on foi_case (assigned_team, (coalesce(due_date, date '9999-12-31')), reference)
    where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL');
-- The queue by status, for the closed statuses only (the open ones are read from foi_case_open_queue): V6's
-- foi_case_queue over every status gave the planner statistics of the due dates of the whole table, where the open
-- cases are the latest due, and at a million cases it chose that index and sorted thousands of open rows for a page
-- deep in the queue (80 ms) instead of reading 26 rows from foi_case_open_queue (under 1 ms). The queue's SQL writes
-- this predicate out for closed statuses.
drop index foi_case_queue;
create index foi_case_closed_queue on foi_case (status, (coalesce(due_date, date '9999-12-31')), reference)
    where status not in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL');
