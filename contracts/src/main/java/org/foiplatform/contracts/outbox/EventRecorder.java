package org.foiplatform.contracts.outbox;

import org.foiplatform.contracts.EventEnvelope;
import org.foiplatform.contracts.EventType;

/**
 * The port through which a service's use cases publish: it records the event in the outbox, in the
 * caller's transaction. {@code cause} is the event being handled, or null for a person's action.
 */
public interface EventRecorder {
    void record(EventType type, String reference, Record payload, EventEnvelope cause);
}
