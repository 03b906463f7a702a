package org.foiplatform.notification.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.foiplatform.notification.domain.OutgoingMessage;

public interface MessageStore {

    /** Stores a new message unless one with its idempotency key exists; returns whether it was stored. */
    boolean addUnlessRecorded(OutgoingMessage message);

    /**
     * Ids of pending messages that may be tried now and whose requester's address is known, the
     * longest waiting first. A message still waiting for contact details holds no others back.
     */
    List<UUID> dueForSending(Instant now, int limit);

    /** The message, locked for this transaction, if it is still pending and no one else holds it. */
    Optional<OutgoingMessage> lockIfPending(UUID id);

    void update(OutgoingMessage message);

    /** Every message about a request, oldest first. */
    List<OutgoingMessage> forReference(String reference);

    /** One message, whatever its status. */
    Optional<OutgoingMessage> find(UUID id);
}
