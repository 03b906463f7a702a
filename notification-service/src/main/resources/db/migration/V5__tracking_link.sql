-- The requester's tracking token as intake sealed it (RequestReceived.trackingTokenSealed: AES-256-GCM, never the
-- token itself), opened only to write the private link into the acknowledgement.
alter table requester_contact add column tracking_token_sealed varchar(200);
