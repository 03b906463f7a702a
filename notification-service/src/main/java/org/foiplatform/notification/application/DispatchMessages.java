package org.foiplatform.notification.application;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Sends the pending messages that are due, several at a time ({@code foi.notification.concurrency}), each in a
 * transaction of its own that locks its row, so that no message is sent twice, even by two dispatchers (two
 * instances of the service) on one database.
 *
 * <p>A {@link Sending} starts a message as soon as one of its senders is free and never waits for the others: one
 * SMTP conversation that stalls until {@code foi.notification.send-timeout} holds one sender, not every email
 * behind it. (Waiting for a whole batch held every email for 15 s whenever one stalled: ./foi bench, 30 November
 * 2026.)
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

    /**
     * One dispatcher's sending: at most {@code senders} messages in flight on {@code executor}; {@code freed} runs
     * each time a send ends (the dispatcher wakes to take the next message).
     */
    public Sending sending(Executor executor, int senders, Runnable freed) {
        if (senders < 1) {
            throw new IllegalArgumentException("senders must be at least 1");
        }
        return new Sending(executor, senders, freed);
    }

    /** What one dispatcher has in flight. */
    public final class Sending {
        private final Executor executor;
        private final Semaphore free;
        private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();
        private final Runnable freed;
        /**
         * Whether the last pass left due messages waiting for a sender: only then does a finished send call for
         * another pass at once (new messages wake the dispatcher when they are stored).
         */
        private volatile boolean waiting;

        private Sending(Executor executor, int senders, Runnable freed) {
            this.executor = executor;
            this.free = new Semaphore(senders);
            this.freed = freed;
        }

        /**
         * Starts as many due messages as there are free senders, without waiting for them; returns true if a
         * sender is still free and more messages may be due (the pass found as many as it asked for).
         */
        public boolean pass() {
            int available = Math.min(free.availablePermits(), config.batchSize());
            if (available == 0) {
                waiting = true;
                return false;
            }
            // The rows in flight are still PENDING until their send commits, so ask for that many more.
            int limit = available + inFlight.size();
            List<UUID> due = QuarkusTransaction.requiringNew()
                    .call(() -> messages.dueForSending(clock.instant(), limit));
            int started = 0;
            int startable = 0;
            for (UUID id : due) {
                if (inFlight.contains(id)) {
                    continue;
                }
                startable++;
                if (!free.tryAcquire()) {
                    break;
                }
                started++;
                inFlight.add(id);
                try {
                    CompletableFuture.runAsync(() -> sendMessage.send(id), executor)
                            .whenComplete((sent, failure) -> finished(id));
                } catch (RuntimeException refused) {
                    // The executor is shutting down: the row stays PENDING for the next start.
                    finished(id);
                    throw refused;
                }
            }
            waiting = started < startable || due.size() == limit;
            return due.size() == limit && free.availablePermits() > 0;
        }

        /** Messages this dispatcher is sending now. */
        public int inFlight() {
            return inFlight.size();
        }

        private void finished(UUID id) {
            inFlight.remove(id);
            free.release();
            if (waiting) {
                freed.run();
            }
        }
    }
}
