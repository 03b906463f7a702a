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

    @Scheduled(every = "${foi.notification.dispatch-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // Not before the channels are wired at start-up, nor after the database closes at shutdown.
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void dispatch() {
        dispatchMessages.dispatchPending();
    }
}
