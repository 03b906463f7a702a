-- The internal review of a response: asked for by the requester (through intake), due 20 working days later,
-- decided by an officer who neither drafted nor approved the decision, with a finding and reasons per question
-- (as JSON, read and written whole).
alter table foi_case add column review_requested_on date;
alter table foi_case add column review_grounds text;
alter table foi_case add column review_due date;
alter table foi_case add column reviewer varchar(100);
alter table foi_case add column review_decided_on date;
alter table foi_case add column review_outcome varchar(32);
alter table foi_case add column review_findings text;
create index foi_case_review_open on foi_case (review_due, reference) where status = 'REVIEW_OPEN';
