package org.foiplatform.intake.application;

/** Another submission with the same idempotency key committed first; its receipt is the answer. */
public class IdempotencyKeyTakenException extends RuntimeException {
    public IdempotencyKeyTakenException(Throwable cause) {
        super("Idempotency key already used by a concurrent submission", cause);
    }
}
