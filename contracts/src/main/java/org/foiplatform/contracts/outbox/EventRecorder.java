package org.foiplatform.contracts.outbox;

import java.util.UUID;

import org.foiplatform.contracts.EventEnvelope;
import org.foiplatform.contracts.EventType;

/**
 * The port through which a service's use cases publish: it records the event in the outbox, in the
 * caller's transaction.
 */
public interface EventRecorder {

    /**
     * Records an event that belongs to {@code correlationId} (null: look it up, or start one) and was
     * caused by the event {@code causationId} (null for a person's action).
     */
    void record(EventType type, String reference, Record payload, UUID correlationId, UUID causationId);

    /** Records an event caused by {@code cause}, the event being handled (null for a person's action). */
    default void record(EventType type, String reference, Record payload, EventEnvelope cause) {
        record(type, reference, payload, cause == null ? null : cause.correlationId(),
                cause == null ? null : cause.eventId());
    }
}
