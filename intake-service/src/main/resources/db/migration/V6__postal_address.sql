-- A reply by post: the postal address the requester gave, lines separated by a line feed. Null means the reply goes
-- by email (the default), and only a reply by post keeps an address. At most 500 characters, as RequestReceived's
-- schema allows; the service also keeps it to foi.intake.max-postal-address-lines lines.
alter table information_request add column postal_address varchar(500);
alter table information_request add constraint postal_address_not_blank
    check (postal_address is null or length(btrim(postal_address)) > 0);
