package org.foiplatform.notification.infrastructure.messaging;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.foiplatform.messaging.AfterCommit;
import org.foiplatform.messaging.BackgroundWorker;
import org.foiplatform.notification.application.DispatchMessages;
import org.foiplatform.notification.application.DispatchSignal;
import org.foiplatform.notification.application.NotificationConfig;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Sends pending emails on the messaging runtime's {@link BackgroundWorker}: woken as soon as a transaction
 * that stored a message (or an address a message waited for) commits, again at once while it finds full
 * batches, and otherwise every {@code foi.notification.safety-poll}, which also brings round the messages
 * whose retry pause has passed.
 */
@ApplicationScoped
public class MessageDispatcher implements DispatchSignal {

    private final AfterCommit afterCommit;
    private final NotificationConfig config;
    private final BackgroundWorker worker;
    private final DispatchMessages dispatchMessages;
    private ExecutorService senders;
    private volatile DispatchMessages.Sending sending;

    public MessageDispatcher(DispatchMessages dispatchMessages, AfterCommit afterCommit, NotificationConfig config) {
        this.dispatchMessages = dispatchMessages;
        this.afterCommit = afterCommit;
        this.config = config;
        // Each send that ends wakes the worker, which starts the next due message on the sender just freed.
        this.worker = new BackgroundWorker("email-dispatcher", config.safetyPoll(), () -> sending.pass());
    }

    void start(@Observes StartupEvent started) {
        AtomicInteger count = new AtomicInteger();
        senders = Executors.newFixedThreadPool(config.concurrency(), task -> {
            Thread thread = new Thread(task, "email-sender-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        sending = dispatchMessages.sending(senders, config.concurrency(), worker::wake);
        worker.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        worker.stop(Duration.ofSeconds(20));
        senders.shutdown();
        senders.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Override
    public void afterCommit() {
        afterCommit.wake(worker);
    }
}
