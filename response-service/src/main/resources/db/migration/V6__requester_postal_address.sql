-- A postal address, only when the requester wants the reply by post (from RequestReceived): the letter is addressed
-- to it. Personal data, kept like the consent and the token's hash, for the requester's own letters only.
alter table requester_access add column postal_address varchar(500);
