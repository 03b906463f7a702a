package org.foiplatform.messaging;

import java.util.UUID;

import org.foiplatform.contracts.EventEnvelope;
import org.foiplatform.contracts.EventType;

/**
 * The port through which a service's use cases publish: it records the event in the outbox, in the
 * caller's transaction, and the relay sends it once that transaction commits.
 */
public interface EventRecorder {

    /**
     * Records an event in the current correlation: while an event is being handled (see
     * {@link EventHandlers}), the new event continues that event's correlation and names it as its cause;
     * otherwise it starts a correlation of its own (its correlation id is its own event id).
     */
    EventEnvelope record(EventType type, String reference, Record payload);

    /**
     * Records an event in a correlation the caller keeps, such as the one stored on an aggregate when an
     * officer acts on it; {@code causationId} is the event that caused it, or null for a person's action.
     */
    EventEnvelope record(EventType type, String reference, Record payload, UUID correlationId, UUID causationId);

    /**
     * Where an event recorded now would belong: the correlation of the event being handled, with that event
     * as the cause, or a new correlation with no cause when no event is being handled. Kept on an aggregate or
     * a pending message, so that events recorded later, outside the handling, still carry it.
     */
    Correlation correlation();

    /** A correlation id and the event that caused the work (null for a person's action). */
    record Correlation(UUID correlationId, UUID causationId) {
    }
}
