package org.foiplatform.notification.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * One pass over the pending messages: those due now are sent on {@code executor}, several at a time
 * ({@code foi.notification.concurrency}), each in a transaction of its own that locks its row, so no
 * message is sent twice.
 */
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

    /** Sends what is due; returns true if a whole batch was due, so more may be waiting. */
    public boolean dispatchPending(Executor executor) {
        List<UUID> due = QuarkusTransaction.requiringNew()
                .call(() -> messages.dueForSending(clock.instant(), config.batchSize()));
        List<CompletableFuture<Boolean>> sends = new ArrayList<>(due.size());
        for (UUID id : due) {
            sends.add(CompletableFuture.supplyAsync(() -> sendMessage.send(id), executor));
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).exceptionally(failure -> null).join();
        return due.size() == config.batchSize();
    }
}
