-- The generator of cases for the officers' queue and search at a million cases, used by the bench's queue step
-- (bench/.../QueueStep.java, which reads this file and puts numbers in place of :first and :last, loading a million
-- cases in chunks). Case i is the same whichever way it is loaded. Needs assessment-service's migrations (foi_case,
-- case_question and V12's search column); the loader disables V12's search triggers while it runs, since each row
-- gets its search document here, from the same function the triggers call.
-- The bench pretends today is 30 November 2026 (docs/perf/queue-queries.sql's overdue filter says the same).
-- Cases :first to :last, received over six years: 4% still open (OPEN 2.5%, AWAITING_APPROVAL 0.8%, AWAITING_CLARIFICATION
-- 0.5%, FEE_PENDING 0.2%, the two last with their clock stopped: no due date), received in the last 35 days (so about a
-- fifth of them overdue); the rest closed (RESPONDED 88%, DECISION_APPROVED 1%, WITHDRAWN 3%, LAPSED 1%, internal
-- reviews 3%). FOIA 60%, EIR 25%, FOISA 8%, SAR 5%, EIRS 2%. Eight teams and 40 officers (5% of cases unassigned).
-- The requester is one of 48 first names and 60 surnames; one to three questions drawn from 40 subjects, 12
-- activities and 8 places, so that common words ("council", "spend") are in most cases and rare combinations in few.
with g as materialized (
  select i, open, status, received_on, regime, requester_name, nq, q1, q2, q3,
         'FOI-' || extract(year from received_on) || '-' || lpad(i::text, 7, '0') as reference
  from (
    select i,
           p < 400 as open,
           case when p < 250 then 'OPEN' when p < 330 then 'AWAITING_APPROVAL'
                when p < 380 then 'AWAITING_CLARIFICATION' when p < 400 then 'FEE_PENDING'
                when p < 9200 then 'RESPONDED' when p < 9300 then 'DECISION_APPROVED' when p < 9600 then 'WITHDRAWN'
                when p < 9700 then 'LAPSED' when p < 9730 then 'REVIEW_OPEN' else 'REVIEW_DECIDED' end as status,
           case when p < 400 then date '2026-11-30' - (i % 35) else date '2026-10-01' - ((i::bigint * 7919) % 2160)::int end
             as received_on,
           case when i % 100 < 60 then 'FOIA' when i % 100 < 85 then 'EIR' when i % 100 < 93 then 'FOISA'
                when i % 100 < 98 then 'SAR' else 'EIRS' end as regime,
           (array['Amelia','Oliver','Isla','George','Ava','Noah','Mia','Arthur','Ivy','Muhammad','Freya','Leo',
                  'Lily','Harry','Grace','Oscar','Sophia','Archie','Rosie','Jack','Evie','Henry','Poppy','Charlie',
                  'Aisha','Theo','Priya','Finlay','Siobhan','Rhys','Eilidh','Callum','Niamh','Dylan','Ffion','Ewan',
                  'Zara','Tomasz','Agnieszka','Kwame','Chloe','Ibrahim','Hannah','Owen','Megan','Fraser','Aoife','Ravi']
             )[1 + (i / 3) % 48] || ' ' ||
           (array['Smith','Jones','Williams','Taylor','Brown','Davies','Evans','Wilson','Thomas','Johnson','Roberts',
                  'Robinson','Thompson','Wright','Walker','White','Edwards','Hughes','Green','Hall','Lewis','Harris',
                  'Clarke','Patel','Jackson','Wood','Turner','Martin','Cooper','Hill','Ward','Morris','Moore','Clark',
                  'Lee','King','Baker','Harrison','Morgan','Allen','James','Scott','Phillips','Watson','Davis',
                  'Parker','Price','Bennett','Young','Griffiths','Mitchell','Kelly','Cook','Carter','Richardson',
                  'Bailey','Collins','Bell','Shaw','Murphy']
             )[1 + (i / 149) % 60] as requester_name,
           1 + i % 3 as nq,
           'How much did the council spend on ' || act || ' ' || subj || ' in ' || place || ' in ' || (2019 + i % 7)
             || '?' as q1,
           'How many complaints about ' || subj2 || ' were received from ' || place || ' residents, by month?' as q2,
           'Please send any reports, emails or minutes about ' || subj || ' written since ' || (2019 + i % 7)
             || '.' as q3
    from (
      select i, ((i::bigint * 2654435761) % 10000)::int as p,
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
      from generate_series(:first, :last) i
    ) words
  ) cases
),
opened as (
  insert into foi_case (reference, regime, received_on, due_date, status, correlation_id, working_days,
                        calendar_revision, requester_name, assigned_team, assigned_to, drafted_by, drafted_at,
                        decided_on, search)
  select reference, regime, received_on,
         case when status in ('AWAITING_CLARIFICATION', 'FEE_PENDING') then null else received_on + 28 end,
         status, gen_random_uuid(), 20, 1, requester_name,
         case when i % 20 <> 7 then (array['Information Governance','Highways','Housing','Planning','Finance',
                                           'Education','Adult Social Care','Environment'])[1 + (i / 11) % 8] end,
         case when i % 20 <> 7 then 'officer' || (i % 40) end,
         case when status = 'AWAITING_APPROVAL' or not open then 'officer' || ((i / 5) % 40) end,
         case when status = 'AWAITING_APPROVAL' or not open then (received_on + 15) + time '10:00' end,
         case when not open then received_on + 18 end,
         foi_case_search_document(requester_name, q1 || case when nq > 1 then ' ' || q2 else '' end
                                  || case when nq > 2 then ' ' || q3 else '' end)
  from g
)
insert into case_question (reference, number, text)
select g.reference, v.n, v.text
from g cross join lateral (values (1, g.q1), (2, g.q2), (3, g.q3)) as v(n, text)
where v.n <= g.nq;
