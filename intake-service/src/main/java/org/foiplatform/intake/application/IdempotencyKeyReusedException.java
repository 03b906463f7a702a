package org.foiplatform.intake.application;

/** An idempotency key sent again with a different request: refused, and nothing is stored. */
public class IdempotencyKeyReusedException extends RuntimeException {
    public IdempotencyKeyReusedException() {
        super("Idempotency key already used with a different request");
    }
}
