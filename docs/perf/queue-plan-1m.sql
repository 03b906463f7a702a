-- The officers' queue at a million cases: builds a throwaway database with assessment-service's migrations,
-- a million generated cases, and prints the plan of each queue query. Run from the repository root as a
-- PostgreSQL superuser: runuser -u postgres -- psql -q -f docs/perf/queue-plan-1m.sql (about 15 s).
drop database if exists queue_plan;
create database queue_plan;
\c queue_plan
create table outbox_event (id bigserial, message_key varchar(200), correlation_id uuid);
create table processed_event (consumer varchar(100), event_id uuid);
\i assessment-service/src/main/resources/db/migration/V1__cases.sql
\i assessment-service/src/main/resources/db/migration/V2__case_correlation.sql
\i assessment-service/src/main/resources/db/migration/V3__statutory_clock.sql
\i assessment-service/src/main/resources/db/migration/V4__decisions.sql
\i assessment-service/src/main/resources/db/migration/V6__reminders_and_queue.sql
-- A million cases over six years: 97% decided, 3% open (a quarter each open, awaiting clarification (no due
-- date), awaiting a fee (no due date), awaiting approval); 40 officers in 5 teams.
insert into foi_case (reference, regime, received_on, due_date, status, correlation_id, assigned_team, assigned_to)
select 'FOI-' || (2023 + i % 6) || '-' || lpad(i::text, 7, '0'),
       (array['FOIA','EIR','FOISA','EIRS','SAR'])[1 + i % 5],
       date '2023-01-02' + (i % 2190),
       case when i % 100 >= 97 and (i / 100) % 4 in (1, 2) then null else date '2023-01-30' + (i % 2190) end,
       case when i % 100 < 97 then 'DECISION_APPROVED'
            else (array['OPEN','AWAITING_CLARIFICATION','FEE_PENDING','AWAITING_APPROVAL'])[1 + (i / 100) % 4] end,
       gen_random_uuid(), 'Team ' || (i % 5), 'officer' || (i % 40)
from generate_series(1, 1000000) i;
analyze foi_case;
\timing on
explain (analyze, buffers, costs off) select reference, regime, status, received_on, due_date, assigned_team, assigned_to
  from foi_case where status = any (array['OPEN']) order by coalesce(due_date, date '9999-12-31'), reference limit 51;
explain (analyze, buffers, costs off) select reference, regime, status, received_on, due_date, assigned_team, assigned_to
  from foi_case where status = any (array['OPEN']) and (coalesce(due_date, date '9999-12-31'), reference) > (date '2027-06-01', 'FOI-2027-0500000')
  order by coalesce(due_date, date '9999-12-31'), reference limit 51;
explain (analyze, buffers, costs off) select reference, regime, status, received_on, due_date, assigned_team, assigned_to
  from foi_case where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL')
  order by coalesce(due_date, date '9999-12-31'), reference limit 51;
explain (analyze, buffers, costs off) select reference, regime, status, received_on, due_date, assigned_team, assigned_to
  from foi_case where assigned_to = 'officer7' order by coalesce(due_date, date '9999-12-31'), reference limit 51;
explain (analyze, buffers, costs off) select reference from foi_case where status in ('OPEN','AWAITING_CLARIFICATION','FEE_PENDING','AWAITING_APPROVAL')
  and due_date <= date '2028-12-21' and reference > '' order by reference limit 100;
explain (analyze, buffers, costs off) select reference, regime, status, received_on, due_date, assigned_team, assigned_to
  from foi_case where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL')
  and (coalesce(due_date, date '9999-12-31'), reference) > (date '2026-01-01', 'FOI-2026-0000000')
  order by coalesce(due_date, date '9999-12-31'), reference limit 51;
explain (analyze, buffers, costs off) select reference, regime, status, received_on, due_date, assigned_team, assigned_to
  from foi_case where status = any (array['DECISION_APPROVED']) and assigned_team = 'Team 3'
  and (coalesce(due_date, date '9999-12-31'), reference) > (date '2026-01-01', 'FOI-2026-0000000')
  order by coalesce(due_date, date '9999-12-31'), reference limit 51;
\c postgres
drop database queue_plan;
