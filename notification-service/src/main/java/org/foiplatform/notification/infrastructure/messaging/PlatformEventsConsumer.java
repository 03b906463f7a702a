package org.foiplatform.notification.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.events.CaseOpened;
import org.foiplatform.contracts.events.RequestReceived;
import org.foiplatform.contracts.events.ResponseIssued;
import org.foiplatform.messaging.EventHandlers;
import org.foiplatform.messaging.EventRouter;
import org.foiplatform.notification.application.RecordNotifications;

import io.smallrye.common.annotation.Blocking;

/**
 * Reads the three topics that call for emails. Each channel has its own dead-letter topic
 * ({@code <topic>.notification.dlq}) where a message that is not a readable event goes.
 */
@ApplicationScoped
public class PlatformEventsConsumer {

    private final EventRouter router;

    public PlatformEventsConsumer(EventHandlers handlers, RecordNotifications notifications) {
        this.router = handlers.consumer("notification-service")
                .on(EventType.REQUEST_RECEIVED, RequestReceived.class, notifications::keepContact)
                .on(EventType.CASE_OPENED, CaseOpened.class, notifications::acknowledge)
                .on(EventType.RESPONSE_ISSUED, ResponseIssued.class, notifications::sendResponse)
                .build();
    }

    @Incoming("intake-in")
    @Blocking
    public void onIntakeEvent(String message) {
        router.route(message);
    }

    @Incoming("case-in")
    @Blocking
    public void onCaseEvent(String message) {
        router.route(message);
    }

    @Incoming("response-in")
    @Blocking
    public void onResponseEvent(String message) {
        router.route(message);
    }
}
