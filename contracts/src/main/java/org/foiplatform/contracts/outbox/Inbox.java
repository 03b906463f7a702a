package org.foiplatform.contracts.outbox;

import java.util.UUID;

/** The port for idempotent consumers: the processed_event record, written in the handler's transaction. */
public interface Inbox {

    /** False if {@code consumer} has already handled the event: this delivery is a duplicate. */
    boolean firstDelivery(String consumer, UUID eventId);
}
