-- What the portal asks beyond FOIA s.8: whom the requester asks for, a short title, the format they prefer
-- (FOIA s.11(1)) and whether the answer may go, without their name, on the disclosure log. All optional.
alter table information_request add column organisation varchar(200);
alter table information_request add column title varchar(300);
alter table information_request add column preferred_format varchar(16);
alter table information_request add column consent_to_publish boolean;
