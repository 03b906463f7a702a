-- The published statistics (the Code of Practice, paras 8.5 and 8.6): the requests received in a period, counted
-- by month, regime and what became of them. The columns the monthly counts read are included, so that a quarter
-- is read from the index alone (an index-only scan once the table is vacuumed).
create index foi_case_received on foi_case (received_on) include (regime, status, decided_on, due_date);
-- Internal reviews asked for in a period.
create index foi_case_review_requested on foi_case (review_requested_on) where review_requested_on is not null;
