package org.foiplatform.notification.application;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** One pass over the pending messages, each sent in a transaction of its own. */
@ApplicationScoped
public class DispatchMessages {

    private final MessageStore messages;
    private final SendMessage sendMessage;
    private final NotificationConfig config;

    private final Clock clock;

    public DispatchMessages(MessageStore messages, SendMessage sendMessage, NotificationConfig config, Clock clock) {
        this.messages = messages;
        this.sendMessage = sendMessage;
        this.config = config;
        this.clock = clock;
    }

    /** Returns how many messages were sent. */
    public int dispatchPending() {
        int sent = 0;
        for (UUID id : QuarkusTransaction.requiringNew()
                .call(() -> messages.dueForSending(clock.instant(), config.batchSize()))) {
            if (sendMessage.send(id)) {
                sent++;
            }
        }
        return sent;
    }
}
