-- The generator of disclosure log entries, shared by docs/perf/disclosure-search-1m.sql (psql) and the bench's
-- disclosure-search step (bench/.../DisclosureSearchStep.java, which reads this file and puts numbers in place of
-- :first and :last, loading a million entries in chunks). Entry i is the same whichever way it is loaded.
-- Needs response-service's V4__disclosure_log.sql (the disclosure_entry table).
-- Entries :first to :last of a disclosure log over four years (FOIA 60%, EIR 25%, FOISA 10%, EIRS 5%); 95% published, 1% taken down, 4% due.
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
    from generate_series(:first, :last) i
  ) words
) texts;
