-- The SHA-256 (hex) of each request's private tracking token; the token itself is never stored.
-- Null only for requests received before tracking tokens.
alter table information_request add column tracking_token_hash char(64);
