package org.foiplatform.assessment.application;

import org.foiplatform.contracts.EventEnvelope;
import org.foiplatform.contracts.EventType;

/** Records an event in the outbox, in the caller's transaction. {@code cause} is null for an officer's action. */
public interface EventRecorder {
    void record(EventType type, String reference, Record payload, EventEnvelope cause);
}
