-- The public disclosure log's search at a million entries: builds a throwaway database with response-service's
-- V4 migration, generates published entries with realistic council subjects, and prints the plan of the search
-- query (JdbcDisclosureLog.search) with words and a filter, of the newest-first listing with a filter, of the
-- capped count beside them, and of the publishing sweep. The output of a run is in disclosure-search-1m.out.txt.
-- Run from the repository root as a role that may create databases, e.g.
--   runuser -u postgres -- psql -q -f docs/perf/disclosure-search-1m.sql
-- Fewer rows for a quick look: psql -v rows=100000 -q -f docs/perf/disclosure-search-1m.sql
\if :{?rows}
\else
\set rows 1000000
\endif
\set ON_ERROR_STOP on
drop database if exists disclosure_search_1m;
create database disclosure_search_1m;
\c disclosure_search_1m
\i response-service/src/main/resources/db/migration/V4__disclosure_log.sql
\timing on
-- :rows entries over four years (FOIA 60%, EIR 25%, FOISA 10%, EIRS 5%); 95% published, 1% taken down, 4% due.
-- Each has two questions and two answers drawn from 40 subjects, 12 activities and 8 places, so that common
-- words ("council", "spend") are in most entries and rare combinations in few, as in a real log.
insert into disclosure_entry (id, reference, letter_id, regime, case_outcome, responded_on, publish_on,
                              published_at, unpublished_at, unpublish_reason, updated_at, title, questions,
                              questions_text, answers_text, exemptions, letter_html)
select gen_random_uuid(),
       'FOI-' || (2023 + i % 4) || '-' || lpad(i::text, 7, '0'),
       gen_random_uuid(),
       case when i % 20 < 12 then 'FOIA' when i % 20 < 17 then 'EIR' when i % 20 < 19 then 'FOISA' else 'EIRS' end,
       (array['GRANTED_FULL','GRANTED_PART_WITHHELD_PART','GRANTED_PART_NOT_HELD_PART','WITHHELD_FULL_EXEMPTION',
              'INFORMATION_ACCESSIBLE_S21','REFUSED_S12_COST','NOT_HELD','NCND'])[1 + i % 8],
       date '2023-01-02' + (i % 1460),
       date '2023-01-09' + (i % 1460),
       case when i % 100 < 96 then timestamptz '2023-01-09 09:00+00' + (i % 1460) * interval '1 day' end,
       case when i % 100 = 95 then timestamptz '2027-01-09 09:00+00' end,
       case when i % 100 = 95 then 'Personal data in an answer' end,
       now(),
       q1, jsonb_build_array(jsonb_build_object('number', 1, 'question', q1, 'outcome', 'INFORMATION_PROVIDED',
           'answer', a1, 'exemptions', '[]'::jsonb), jsonb_build_object('number', 2, 'question', q2,
           'outcome', 'NOT_HELD', 'answer', a2, 'exemptions', '[]'::jsonb)),
       q1 || E'\n' || q2, a1 || E'\n' || a2,
       case i % 8 when 3 then array['FOIA s.40(2)'] when 4 then array['FOIA s.21'] when 5 then array['FOIA s.12']
                  when 7 then array['FOIA s.31(1)(a)', 'FOIA s.40(2)'] else '{}' end,
       '<html><body><p>Dear Sir or Madam,</p><p>' || q1 || '</p><p>' || a1 || '</p></body></html>'
from (
  select i,
         'How much did the council spend on ' || act || ' ' || subj || ' in ' || place || ' in ' || (2019 + i % 7) || '?' as q1,
         'How many complaints about ' || subj2 || ' were received from ' || place || ' residents?' as q2,
         'The council spent £' || (1000 + (i::bigint * 7919) % 900000) || ' on ' || act || ' ' || subj
           || '. The figures come from the finance system and cover every ward.' as a1,
         'We received ' || (i * 31) % 700 || ' complaints about ' || subj2 || '. We do not hold a breakdown by street.' as a2
  from (
    select i,
           (array['potholes','street lights','parking fines','bin collections','council tax arrears','fly-tipping',
                  'school transport','care homes','housing repairs','social housing','planning enforcement',
                  'libraries','leisure centres','public toilets','grass cutting','gritting','bus shelters',
                  'speed cameras','air quality monitors','noise complaints','dog fouling','allotments','cemeteries',
                  'consultants','agency staff','councillor expenses','IT contracts','cyber security','food hygiene',
                  'licensing','taxi licences','homelessness','temporary accommodation','business rates',
                  'empty homes','trees','flooding','drainage','cycle lanes','electric vehicle chargers']
             )[1 + i % 40] as subj,
           (array['repairing','inspecting','replacing','maintaining','cleaning','installing','removing','surveying',
                  'consulting on','advertising','insuring','auditing'])[1 + (i / 40) % 12] as act,
           (array['Exampleton','Mill Lane','the High Street','the North ward','the harbour','Riverside',
                  'the town centre','Old Town'])[1 + (i / 480) % 8] as place,
           (array['noise','parking','potholes','bins','street lighting','graffiti','anti-social behaviour','smells',
                  'trees','drains'])[1 + (i / 7) % 10] as subj2
    from generate_series(1, :rows) i
  ) words
) texts;
analyze disclosure_entry;
select count(*) as entries, count(*) filter (where published_at is not null and unpublished_at is null) as public,
       pg_size_pretty(pg_total_relation_size('disclosure_entry')) as size_with_indexes
  from disclosure_entry;

-- The search as JdbcDisclosureLog runs it: words, a filter (FOIA, responded in 2025), ranked, 20 a page, snippets.
\set headline 'StartSel=<<, StopSel=>>, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "'
explain (analyze, buffers)
select reference, title, regime, case_outcome, responded_on, published_at, exemptions,
       ts_rank_cd(search, q) as rank,
       ts_headline('english', questions_text || E'\n' || answers_text, q, :'headline') as snippet
  from disclosure_entry, websearch_to_tsquery('english', 'pothole repairs Riverside') as q
 where search @@ q and published_at is not null and unpublished_at is null
   and responded_on >= date '2025-01-01' and responded_on <= date '2025-12-31' and regime = 'FOIA'
 order by rank desc, responded_on desc, reference desc
 limit 20 offset 0;

-- A common word with an exemption filter: many matches to rank.
explain (analyze, buffers)
select reference, title, regime, case_outcome, responded_on, published_at, exemptions,
       ts_rank_cd(search, q) as rank,
       ts_headline('english', questions_text || E'\n' || answers_text, q, :'headline') as snippet
  from disclosure_entry, websearch_to_tsquery('english', 'consultants') as q
 where search @@ q and published_at is not null and unpublished_at is null
   and exemptions @> array['FOIA s.40(2)']::text[]
 order by rank desc, responded_on desc, reference desc
 limit 20 offset 0;

-- No words: the newest first, with a filter.
explain (analyze, buffers)
select reference, title, regime, case_outcome, responded_on, published_at, exemptions
  from disclosure_entry
 where published_at is not null and unpublished_at is null and case_outcome = 'NOT_HELD'
 order by responded_on desc, reference desc
 limit 20 offset 0;

-- The count beside a full page: matches counted up to 1,001 only (more is shown as "more than 1,000").
explain (analyze, buffers)
select count(*) from (select 1 from disclosure_entry, websearch_to_tsquery('english', 'consultants') as q
 where search @@ q and published_at is not null and unpublished_at is null
   and exemptions @> array['FOIA s.40(2)']::text[] limit 1001) as matches;
explain (analyze, buffers)
select count(*) from (select 1 from disclosure_entry
 where published_at is not null and unpublished_at is null and case_outcome = 'NOT_HELD' limit 1001) as matches;

-- The publishing sweep.
explain (analyze, buffers)
select id from disclosure_entry where published_at is null and unpublished_at is null and publish_on <= date '2027-01-01'
 order by publish_on, reference limit 100 for update skip locked;
\c postgres
drop database disclosure_search_1m;
