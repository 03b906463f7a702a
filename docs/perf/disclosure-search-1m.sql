-- The public disclosure log's search at a million entries: builds a throwaway database with response-service's
-- V4 migration, generates published entries with realistic council subjects, and prints the plan of the search
-- query (JdbcDisclosureLog.search) with words and a filter, of the newest-first listing with a filter, of the
-- capped count beside them, and of the publishing sweep. The output of a run is in disclosure-search-1m.out.txt.
-- Run from the repository root as a role that may create databases, e.g.
--   runuser -u postgres -- psql -q -f docs/perf/disclosure-search-1m.sql
-- Fewer rows for a quick look: psql -v rows=100000 -q -f docs/perf/disclosure-search-1m.sql
-- The same entries are loaded by `./foi bench --only disclosure-search`, which times the search through a second
-- response-service's HTTP API and writes the slowest kind's plan to docs/perf/disclosure-search-plan.txt.
\if :{?rows}
\else
\set rows 1000000
\endif
\set ON_ERROR_STOP on
drop database if exists disclosure_search_1m;
create database disclosure_search_1m;
\c disclosure_search_1m
\i response-service/src/main/resources/db/migration/V4__disclosure_log.sql
\i response-service/src/main/resources/db/migration/V5__disclosure_search.sql
\timing on
-- The generator (:rows entries over four years, realistic council subjects) is in disclosure-entries.sql.
\set first 1
\set last :rows
\i docs/perf/disclosure-entries.sql
analyze disclosure_entry;
select count(*) as entries, count(*) filter (where published_at is not null and unpublished_at is null) as public,
       pg_size_pretty(pg_total_relation_size('disclosure_entry')) as size_with_indexes
  from disclosure_entry;

-- The search as JdbcDisclosureLog.wordsSql runs it (V5's disclosure_search): the newest 1,001 matches, the newest
-- 1,000 of them ranked, 20 a page, snippets for the page only, the capped count from the same candidates.
-- Words and a filter (FOIA, responded in 2025):
\set headline 'StartSel=<<, StopSel=>>, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "'
explain (analyze, buffers)
with candidates as materialized (select s.entry_id, s.reference, s.responded_on, s.search, q
  from disclosure_search s, websearch_to_tsquery('english', 'pothole repairs Riverside') as q
 where s.search @@ q and s.responded_on >= date '2025-01-01' and s.responded_on <= date '2025-12-31' and s.regime = 'FOIA'
 order by s.responded_on desc, s.reference desc limit 1001),
ranked as (select c.*, ts_rank_cd(c.search, c.q) as rank,
  row_number() over (order by c.responded_on desc, c.reference desc) <= 1000 as among_newest from candidates c),
page as (select entry_id, q, rank, among_newest from ranked
 order by among_newest desc, case when among_newest then rank end desc nulls last, responded_on desc, reference desc
 limit 20 offset 0)
select e.reference, e.title, e.regime, e.case_outcome, e.responded_on, e.published_at, e.exemptions, p.rank,
       ts_headline('english', e.questions_text || E'\n' || e.answers_text, p.q, :'headline') as snippet, m.matches
  from (select count(*) as matches from candidates) as m left join page p on true
  left join disclosure_entry e on e.id = p.entry_id and e.published_at is not null and e.unpublished_at is null
 order by p.among_newest desc, case when p.among_newest then p.rank end desc nulls last,
       e.responded_on desc, e.reference desc;

-- A common word with an exemption filter: 42,000 matches, of which the newest 1,001 are taken.
explain (analyze, buffers)
with candidates as materialized (select s.entry_id, s.reference, s.responded_on, s.search, q
  from disclosure_search s, websearch_to_tsquery('english', 'consultants') as q
 where s.search @@ q and s.exemptions @> array['FOIA s.40(2)']::text[]
 order by s.responded_on desc, s.reference desc limit 1001),
ranked as (select c.*, ts_rank_cd(c.search, c.q) as rank,
  row_number() over (order by c.responded_on desc, c.reference desc) <= 1000 as among_newest from candidates c),
page as (select entry_id, q, rank, among_newest from ranked
 order by among_newest desc, case when among_newest then rank end desc nulls last, responded_on desc, reference desc
 limit 20 offset 0)
select e.reference, e.title, e.regime, e.case_outcome, e.responded_on, e.published_at, e.exemptions, p.rank,
       ts_headline('english', e.questions_text || E'\n' || e.answers_text, p.q, :'headline') as snippet, m.matches
  from (select count(*) as matches from candidates) as m left join page p on true
  left join disclosure_entry e on e.id = p.entry_id and e.published_at is not null and e.unpublished_at is null
 order by p.among_newest desc, case when p.among_newest then p.rank end desc nulls last,
       e.responded_on desc, e.reference desc;

-- No words: the newest first, with a filter.
explain (analyze, buffers)
select reference, title, regime, case_outcome, responded_on, published_at, exemptions
  from disclosure_entry
 where published_at is not null and unpublished_at is null and case_outcome = 'NOT_HELD'
 order by responded_on desc, reference desc
 limit 20 offset 0;

-- Without words, the count beside a full page: matches counted up to 1,001 only (more is shown as "more than 1,000").
explain (analyze, buffers)
select count(*) from (select 1 from disclosure_entry
 where published_at is not null and unpublished_at is null and case_outcome = 'NOT_HELD' limit 1001) as matches;

-- The publishing sweep.
explain (analyze, buffers)
select id from disclosure_entry where published_at is null and unpublished_at is null and publish_on <= date '2027-01-01'
 order by publish_on, reference limit 100 for update skip locked;
\c postgres
drop database disclosure_search_1m;
