-- An internal review's reminders are kept apart from the request's: REVIEW_APPROACHING and REVIEW_MISSED.
alter table case_reminder alter column kind type varchar(32);
