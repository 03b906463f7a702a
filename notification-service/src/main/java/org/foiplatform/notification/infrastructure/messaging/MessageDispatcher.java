package org.foiplatform.notification.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.notification.application.DispatchMessages;

import io.quarkus.scheduler.Scheduled;

/** Runs the dispatch of pending emails on a timer. */
@ApplicationScoped
public class MessageDispatcher {

    private final DispatchMessages dispatchMessages;

    public MessageDispatcher(DispatchMessages dispatchMessages) {
        this.dispatchMessages = dispatchMessages;
    }

    @Scheduled(every = "${foi.notification.dispatch-interval:1s}", delayed = "${foi.outbox.start-delay:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        dispatchMessages.dispatchPending();
    }
}
