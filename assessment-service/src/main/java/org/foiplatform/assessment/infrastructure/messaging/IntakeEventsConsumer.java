package org.foiplatform.assessment.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.foiplatform.assessment.application.OpenCase;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.events.RequestReceived;
import org.foiplatform.messaging.EventHandlers;
import org.foiplatform.messaging.EventRouter;

import io.smallrye.common.annotation.Blocking;

/**
 * Reads {@code foi.intake.v1}. A message that is not a readable event throws, and the connector's
 * dead-letter strategy moves it to {@code foi.intake.v1.assessment.dlq} and goes on with the next.
 */
@ApplicationScoped
public class IntakeEventsConsumer {

    private final EventRouter router;

    public IntakeEventsConsumer(EventHandlers handlers, OpenCase openCase) {
        this.router = handlers.consumer("assessment-service")
                .on(EventType.REQUEST_RECEIVED, RequestReceived.class, openCase::open)
                .build();
    }

    @Incoming("intake-in")
    @Blocking
    public void onMessage(String message) {
        router.route(message);
    }
}
