-- The published statistics at a million cases (issue 11: every page in under 100 ms). V10's outcomes query read each
-- case's questions (40,864 lookups for a large quarter, 474 ms) and the exemptions query scanned every question
-- (135 ms). Each case now keeps what those two count, so that a period's figures are read from the index of received
-- dates alone:
--   question_outcomes: the distinct outcomes of its questions, sorted, comma-separated ('?' for an undecided one),
--                      as the outcomes query groups them;
--   cited:             each exemption cited, once per question that cites it (FOIA s.17(1)); empty when none.
alter table foi_case add column question_outcomes varchar(400);
alter table foi_case add column cited text[] not null default '{}';

create function foi_case_statistics_of(changed varchar) returns table (question_outcomes varchar, cited text[])
    language sql stable as $$
    select (select string_agg(distinct coalesce(q.outcome, '?'), ',' order by coalesce(q.outcome, '?'))
              from case_question q where q.reference = changed),
           coalesce((select array_agg(e.provision order by q.number, e.provision)
              from case_question q
              cross join lateral (select distinct x.provision from jsonb_to_recordset(
                  coalesce(q.detail::jsonb -> 'exemptions', '[]'::jsonb)) as x(provision text)
                  where x.provision is not null) e
              where q.reference = changed and q.detail is not null), '{}')
$$;

-- Deferred to the commit and writing only a change, like V12's search: Hibernate saves a case's questions by deleting
-- and inserting them all, so the case is recounted once their final state is known, and written only if it changed.
create function case_question_statistics() returns trigger language plpgsql as $$
declare
    changed varchar(32) := case when tg_op = 'DELETE' then old.reference else new.reference end;
begin
    update foi_case c set question_outcomes = s.question_outcomes, cited = s.cited
    from foi_case_statistics_of(changed) s
    where c.reference = changed
      and (c.question_outcomes is distinct from s.question_outcomes or c.cited is distinct from s.cited);
    return null;
end $$;

create constraint trigger case_question_statistics after insert or delete or update of outcome, detail
    on case_question deferrable initially deferred for each row execute function case_question_statistics();

update foi_case c set question_outcomes = s.question_outcomes, cited = s.cited
from foi_case c2 cross join lateral foi_case_statistics_of(c2.reference) s
where c.reference = c2.reference;

-- A period's requests with everything the statistics count, read from the index alone once the table is vacuumed.
drop index foi_case_received;
create index foi_case_received on foi_case (received_on)
    include (regime, status, decided_on, due_date, question_outcomes, cited, reference);
