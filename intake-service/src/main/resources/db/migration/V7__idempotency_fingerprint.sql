-- The SHA-256 (hex) of the submission first sent with an idempotency key (Submission.fingerprint), so that the key
-- sent again with a different request is refused (422) instead of answered with the first receipt. Null where no
-- key was sent, and for keys kept before this column (those still answer with their first receipt).
alter table information_request add column idempotency_fingerprint char(64);
