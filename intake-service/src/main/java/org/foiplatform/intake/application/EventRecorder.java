package org.foiplatform.intake.application;

import org.foiplatform.contracts.EventType;

/** Records an event in the outbox, in the caller's transaction. */
public interface EventRecorder {
    void record(EventType type, String reference, Record payload);
}
