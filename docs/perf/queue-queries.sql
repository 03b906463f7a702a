-- The queue's queries at a million cases, as JdbcCaseQueue.statement builds them: written by
-- assessment-service's QueueQueriesTest (which fails when this file and the code differ), read by
-- the bench's queue step, which runs each kind's first page, then its next pages with the cursor
-- of the page before, against the cases of docs/perf/queue-cases.sql. Parameters in order,
-- type:value; cursor:key and cursor:reference are the last row's sort key and reference.

-- kind: open
-- group: queue
-- about: the open cases, the soonest due first (the dashboard's first view)
-- sort: due
-- first: int:26
select reference, regime, status, received_on, due_date, assigned_team, assigned_to from foi_case where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL') order by coalesce(due_date, date '9999-12-31'), reference limit ?;
-- next: cursor:key | cursor:reference | int:26
select reference, regime, status, received_on, due_date, assigned_team, assigned_to from foi_case where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL') and (coalesce(due_date, date '9999-12-31'), reference) > (?, ?) order by coalesce(due_date, date '9999-12-31'), reference limit ?;

-- kind: open-newest
-- group: queue
-- about: the open cases, the newest received first
-- sort: -received
-- first: int:26
select reference, regime, status, received_on, due_date, assigned_team, assigned_to from foi_case where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL') order by received_on desc, reference desc limit ?;
-- next: cursor:key | cursor:reference | int:26
select reference, regime, status, received_on, due_date, assigned_team, assigned_to from foi_case where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL') and (received_on, reference) < (?, ?) order by received_on desc, reference desc limit ?;

-- kind: open-latest-due
-- group: queue
-- about: the open cases, the latest due first
-- sort: -due
-- first: int:26
select reference, regime, status, received_on, due_date, assigned_team, assigned_to from foi_case where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL') order by coalesce(due_date, date '9999-12-31') desc, reference desc limit ?;
-- next: cursor:key | cursor:reference | int:26
select reference, regime, status, received_on, due_date, assigned_team, assigned_to from foi_case where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL') and (coalesce(due_date, date '9999-12-31'), reference) < (?, ?) order by coalesce(due_date, date '9999-12-31') desc, reference desc limit ?;

-- kind: team
-- group: queue
-- about: one team's open cases
-- sort: due
-- first: text:Highways | int:26
select reference, regime, status, received_on, due_date, assigned_team, assigned_to from foi_case where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL') and assigned_team = ? order by coalesce(due_date, date '9999-12-31'), reference limit ?;
-- next: text:Highways | cursor:key | cursor:reference | int:26
select reference, regime, status, received_on, due_date, assigned_team, assigned_to from foi_case where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL') and assigned_team = ? and (coalesce(due_date, date '9999-12-31'), reference) > (?, ?) order by coalesce(due_date, date '9999-12-31'), reference limit ?;

-- kind: my-cases
-- group: queue
-- about: one officer's open cases (my cases)
-- sort: due
-- first: text:officer8 | int:26
select reference, regime, status, received_on, due_date, assigned_team, assigned_to from foi_case where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL') and assigned_to = ? order by coalesce(due_date, date '9999-12-31'), reference limit ?;
-- next: text:officer8 | cursor:key | cursor:reference | int:26
select reference, regime, status, received_on, due_date, assigned_team, assigned_to from foi_case where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL') and assigned_to = ? and (coalesce(due_date, date '9999-12-31'), reference) > (?, ?) order by coalesce(due_date, date '9999-12-31'), reference limit ?;

-- kind: overdue
-- group: queue
-- about: the overdue cases
-- sort: due
-- first: date:2026-11-30 | int:26
select reference, regime, status, received_on, due_date, assigned_team, assigned_to from foi_case where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL') and due_date < ? order by coalesce(due_date, date '9999-12-31'), reference limit ?;
-- next: date:2026-11-30 | cursor:key | cursor:reference | int:26
select reference, regime, status, received_on, due_date, assigned_team, assigned_to from foi_case where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL') and due_date < ? and (coalesce(due_date, date '9999-12-31'), reference) > (?, ?) order by coalesce(due_date, date '9999-12-31'), reference limit ?;

-- kind: awaiting-my-approval
-- group: queue
-- about: awaiting approval, drafted by someone else
-- sort: due
-- first: text:officer3 | int:26
select reference, regime, status, received_on, due_date, assigned_team, assigned_to from foi_case where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL') and status = 'AWAITING_APPROVAL' and drafted_by is distinct from ? order by coalesce(due_date, date '9999-12-31'), reference limit ?;
-- next: text:officer3 | cursor:key | cursor:reference | int:26
select reference, regime, status, received_on, due_date, assigned_team, assigned_to from foi_case where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL') and status = 'AWAITING_APPROVAL' and drafted_by is distinct from ? and (coalesce(due_date, date '9999-12-31'), reference) > (?, ?) order by coalesce(due_date, date '9999-12-31'), reference limit ?;

-- kind: status+regime
-- group: queue
-- about: one status under one law
-- sort: due
-- first: text:OPEN | text:EIR | int:26
select reference, regime, status, received_on, due_date, assigned_team, assigned_to from foi_case where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL') and status = ? and regime = ? order by coalesce(due_date, date '9999-12-31'), reference limit ?;
-- next: text:OPEN | text:EIR | cursor:key | cursor:reference | int:26
select reference, regime, status, received_on, due_date, assigned_team, assigned_to from foi_case where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL') and status = ? and regime = ? and (coalesce(due_date, date '9999-12-31'), reference) > (?, ?) order by coalesce(due_date, date '9999-12-31'), reference limit ?;

-- kind: closed-team
-- group: queue
-- about: a closed status of one team (the API, for scripts)
-- sort: due
-- first: text:RESPONDED | text:Housing | int:26
select reference, regime, status, received_on, due_date, assigned_team, assigned_to from foi_case where status not in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL') and status = ? and assigned_team = ? order by coalesce(due_date, date '9999-12-31'), reference limit ?;
-- next: text:RESPONDED | text:Housing | cursor:key | cursor:reference | int:26
select reference, regime, status, received_on, due_date, assigned_team, assigned_to from foi_case where status not in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL') and status = ? and assigned_team = ? and (coalesce(due_date, date '9999-12-31'), reference) > (?, ?) order by coalesce(due_date, date '9999-12-31'), reference limit ?;

-- kind: search-word
-- group: search
-- about: a word of the questions, open cases
-- sort: due
-- first: text:gritting:* | text:GRITTING% | int:26
select reference, regime, status, received_on, due_date, assigned_team, assigned_to from foi_case where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL') and (search @@ to_tsquery('simple', ?) or upper(reference) like ?) order by coalesce(due_date, date '9999-12-31'), reference limit ?;
-- next: text:gritting:* | text:GRITTING% | cursor:key | cursor:reference | int:26
select reference, regime, status, received_on, due_date, assigned_team, assigned_to from foi_case where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL') and (search @@ to_tsquery('simple', ?) or upper(reference) like ?) and (coalesce(due_date, date '9999-12-31'), reference) > (?, ?) order by coalesce(due_date, date '9999-12-31'), reference limit ?;

-- kind: search-name
-- group: search
-- about: a requester's name, open cases
-- sort: due
-- first: text:priya:* & patel:* | int:26
select reference, regime, status, received_on, due_date, assigned_team, assigned_to from foi_case where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL') and (search @@ to_tsquery('simple', ?)) order by coalesce(due_date, date '9999-12-31'), reference limit ?;
-- next: text:priya:* & patel:* | cursor:key | cursor:reference | int:26
select reference, regime, status, received_on, due_date, assigned_team, assigned_to from foi_case where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL') and (search @@ to_tsquery('simple', ?)) and (coalesce(due_date, date '9999-12-31'), reference) > (?, ?) order by coalesce(due_date, date '9999-12-31'), reference limit ?;

-- kind: search-reference
-- group: search
-- about: the start of a reference, open cases
-- sort: due
-- first: text:foi:* & 2026:* & 00004:* | text:FOI-2026-00004% | int:26
select reference, regime, status, received_on, due_date, assigned_team, assigned_to from foi_case where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL') and (search @@ to_tsquery('simple', ?) or upper(reference) like ?) order by coalesce(due_date, date '9999-12-31'), reference limit ?;
-- next: text:foi:* & 2026:* & 00004:* | text:FOI-2026-00004% | cursor:key | cursor:reference | int:26
select reference, regime, status, received_on, due_date, assigned_team, assigned_to from foi_case where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL') and (search @@ to_tsquery('simple', ?) or upper(reference) like ?) and (coalesce(due_date, date '9999-12-31'), reference) > (?, ?) order by coalesce(due_date, date '9999-12-31'), reference limit ?;

-- kind: search-words+regime
-- group: search
-- about: two words and a law, open cases
-- sort: due
-- first: text:EIR | text:flooding:* & riverside:* | int:26
select reference, regime, status, received_on, due_date, assigned_team, assigned_to from foi_case where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL') and regime = ? and (search @@ to_tsquery('simple', ?)) order by coalesce(due_date, date '9999-12-31'), reference limit ?;
-- next: text:EIR | text:flooding:* & riverside:* | cursor:key | cursor:reference | int:26
select reference, regime, status, received_on, due_date, assigned_team, assigned_to from foi_case where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL') and regime = ? and (search @@ to_tsquery('simple', ?)) and (coalesce(due_date, date '9999-12-31'), reference) > (?, ?) order by coalesce(due_date, date '9999-12-31'), reference limit ?;

-- kind: search-common
-- group: search
-- about: a word in every case, open cases
-- sort: due
-- first: text:council:* | text:COUNCIL% | int:26
select reference, regime, status, received_on, due_date, assigned_team, assigned_to from foi_case where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL') and (search @@ to_tsquery('simple', ?) or upper(reference) like ?) order by coalesce(due_date, date '9999-12-31'), reference limit ?;
-- next: text:council:* | text:COUNCIL% | cursor:key | cursor:reference | int:26
select reference, regime, status, received_on, due_date, assigned_team, assigned_to from foi_case where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL') and (search @@ to_tsquery('simple', ?) or upper(reference) like ?) and (coalesce(due_date, date '9999-12-31'), reference) > (?, ?) order by coalesce(due_date, date '9999-12-31'), reference limit ?;

-- kind: search-closed
-- group: search
-- about: a word of the questions among the responded cases
-- sort: due
-- first: text:RESPONDED | text:homelessness:* | text:HOMELESSNESS% | int:26
select reference, regime, status, received_on, due_date, assigned_team, assigned_to from foi_case where status not in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL') and status = ? and (search @@ to_tsquery('simple', ?) or upper(reference) like ?) order by coalesce(due_date, date '9999-12-31'), reference limit ?;
-- next: text:RESPONDED | text:homelessness:* | text:HOMELESSNESS% | cursor:key | cursor:reference | int:26
select reference, regime, status, received_on, due_date, assigned_team, assigned_to from foi_case where status not in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL') and status = ? and (search @@ to_tsquery('simple', ?) or upper(reference) like ?) and (coalesce(due_date, date '9999-12-31'), reference) > (?, ?) order by coalesce(due_date, date '9999-12-31'), reference limit ?;
