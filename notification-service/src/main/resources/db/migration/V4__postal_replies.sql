-- A requester who asked for replies by post gave a postal address (RequestReceived.requester.postalAddress): their
-- correspondence is not emailed but becomes a task to print and post (status TO_POST, PostalReplyNeeded).
alter table requester_contact add column postal_address varchar(500);
