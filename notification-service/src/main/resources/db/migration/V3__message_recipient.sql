-- A message is for the requester (the address kept from RequestReceived) or for the officers (the team's mailbox
-- from configuration). Every message stored before this was for the requester; their idempotency keys already say
-- so (event/requester/kind). An officers' message needs no contact details to be sent.
alter table outgoing_message
    add column recipient varchar(16) not null default 'requester'
        constraint outgoing_message_recipient check (recipient in ('requester', 'officers'));
