-- Each case keeps the correlation of the request it is about, so that an officer's action carries it
-- without reading the outbox (whose old rows are pruned). Cases opened before this change take it from
-- the earliest event recorded about them, while those rows are still there.
alter table foi_case add column correlation_id uuid;
update foi_case c set correlation_id = (
    select o.correlation_id from outbox_event o where o.message_key = c.reference order by o.id limit 1)
where c.correlation_id is null;
update foi_case set correlation_id = gen_random_uuid() where correlation_id is null;
alter table foi_case alter column correlation_id set not null;

-- The inbox names a consumer by its service now (the messaging runtime's EventHandlers), not by use case.
update processed_event set consumer = 'assessment-service' where consumer = 'assessment-service.open-case';
