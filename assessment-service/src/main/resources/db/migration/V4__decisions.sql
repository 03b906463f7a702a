-- A decision is drafted by one officer and approved by another (four eyes), and each question keeps what its
-- outcome needs: the exemptions cited with their reasons and public interest tests, the cost estimate of a
-- refusal on cost, and advice and assistance (as JSON in case_question.detail, read and written only whole).
alter table foi_case add column requester_name varchar(200);
alter table foi_case add column drafted_by varchar(100);
alter table foi_case add column drafted_at timestamptz;
-- The date of the response, and the last day to ask for an internal review of it.
alter table foi_case add column decided_on date;
alter table foi_case add column review_by date;
alter table case_question add column detail text;

-- Decisions approved before four eyes were drafted by their approver.
update foi_case set drafted_by = approved_by, drafted_at = approved_at,
    decided_on = (approved_at at time zone 'Europe/London')::date
where approved_at is not null;

-- The outcomes follow the Act's own split: s.12 (cost limit), s.14(1) (vexatious), s.14(2) (repeated).
update case_question set outcome = 'COST_LIMIT' where outcome = 'COST_LIMIT_EXCEEDED';
update case_question set outcome = 'VEXATIOUS' where outcome = 'VEXATIOUS_OR_REPEATED';

-- A case waiting for approval is still open: its clock runs and a change of calendar re-dates it.
drop index foi_case_open_by_revision;
create index foi_case_open_by_revision on foi_case (calendar_revision, reference)
    where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING', 'AWAITING_APPROVAL');
