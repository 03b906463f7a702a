-- A message is now its kind (the name of its template pair) and its model (the values the template shows,
-- from the event), so that a new kind of email needs no new column. Each message has an idempotency key
-- (event, recipient, template), unique, and gives up at give_up_at (the retry horizon) if still failing.
alter table outgoing_message
    add column model           jsonb,
    add column idempotency_key varchar(200),
    add column give_up_at      timestamptz,
    add column failed_at       timestamptz,
    alter column kind type varchar(64),
    alter column next_attempt_at drop not null;

update outgoing_message
   set kind = 'acknowledgement',
       model = jsonb_strip_nulls(jsonb_build_object('regime', 'FOIA', 'workingDays', '20',
               'receivedOn', received_on::text, 'dueDate', due_date::text))
 where kind = 'ACKNOWLEDGEMENT';
update outgoing_message
   set kind = 'response',
       model = jsonb_strip_nulls(jsonb_build_object('subject', subject, 'letterHtml', letter_html))
 where kind = 'RESPONSE';
update outgoing_message
   set idempotency_key = causation_id::text || '/requester/' || kind,
       give_up_at = created_at + interval '24 hours',
       next_attempt_at = case when status = 'PENDING' then next_attempt_at end;

alter table outgoing_message
    alter column model set not null,
    alter column idempotency_key set not null,
    alter column give_up_at set not null,
    drop column subject,
    drop column letter_html,
    drop column received_on,
    drop column due_date;

create unique index outgoing_message_idempotency on outgoing_message (idempotency_key);
