-- The law a request is made under (FOIA unless the requester says otherwise); assessment-service runs its clock.
alter table information_request add column regime varchar(8) not null default 'FOIA';
