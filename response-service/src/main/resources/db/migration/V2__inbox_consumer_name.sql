-- The inbox names a consumer by its service now (the messaging runtime's EventHandlers), not by use case.
update processed_event set consumer = 'response-service' where consumer = 'response-service.issue-response';
