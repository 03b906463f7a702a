package org.foiplatform.notification.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.foiplatform.notification.domain.OutgoingMessage;

public interface MessageStore {

    void add(OutgoingMessage message);

    /** Ids of pending messages, oldest first. */
    List<UUID> pending(int limit);

    /** The message, locked for this transaction, if it is still pending and no one else holds it. */
    Optional<OutgoingMessage> lockIfPending(UUID id);

    void update(OutgoingMessage message);

    List<OutgoingMessage> forReference(String reference);
}
