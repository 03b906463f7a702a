package org.foiplatform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;

/**
 * Whether the application has begun to stop. From then on the database and the broker connections close
 * under the consumers' feet, so a handler that fails is no evidence that its event is bad: it must not
 * be retried for seconds, nor dead-lettered, but left unacknowledged to be delivered again after the restart.
 */
@ApplicationScoped
public class Stopping {

    private volatile boolean stopping;

    void onShutdown(@Observes ShutdownEvent event) {
        stopping = true;
    }

    public boolean now() {
        return stopping;
    }
}
