package org.foiplatform.assessment.application;

import java.util.UUID;

/** The idempotent-consumer record (processed_event), written in the handler's transaction. */
public interface Inbox {

    /** False if this consumer has already handled the event: the delivery is a duplicate. */
    boolean firstDelivery(String consumer, UUID eventId);
}
