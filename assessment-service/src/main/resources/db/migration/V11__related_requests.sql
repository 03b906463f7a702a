-- What intake-service found when a request arrived (RequestReceived.relatedRequests and .regimeHint): other requests
-- whose words look like it, and the law its words suggest. For the officer to decide on: a repeated request (FOIA
-- s.14(2)), a round-robin or campaign, and the requests whose costs may be aggregated (the Fees Regulations 2004
-- reg 5). Each link is kept both ways: the earlier case learns of the later request too (later = true), so either
-- may aggregate the other. The other request need not have a case here (yet). No foreign key: the rows are written by
-- plain JDBC in the transaction that opens the case, before Hibernate flushes the case itself.
create table related_request (
    reference          varchar(32)  not null,
    related_reference  varchar(32)  not null,
    related_received_on date        not null,
    similarity         numeric(4, 3) not null check (similarity >= 0 and similarity <= 1),
    same_requester     boolean      not null,
    later              boolean      not null,
    primary key (reference, related_reference)
);

create table regime_hint (
    reference  varchar(32)  primary key,
    regime     varchar(16)  not null,
    because    varchar(1100) not null
);
