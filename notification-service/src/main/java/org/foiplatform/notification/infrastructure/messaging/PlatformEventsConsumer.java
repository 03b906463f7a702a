package org.foiplatform.notification.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.events.RequestReceived;
import org.foiplatform.messaging.EventHandlers;
import org.foiplatform.messaging.EventRouter;
import org.foiplatform.notification.application.EmailComposer;
import org.foiplatform.notification.application.NotificationRules;
import org.foiplatform.notification.application.RecordNotifications;

import io.smallrye.common.annotation.Blocking;

/**
 * Reads the topics that call for emails: RequestReceived for the requester's address, and every event that
 * a {@link NotificationRules rule} turns into an email. Each channel has its own dead-letter topic
 * ({@code <topic>.notification.dlq}) where a message that is not a readable event goes.
 */
@ApplicationScoped
public class PlatformEventsConsumer {

    private final EventRouter router;

    public PlatformEventsConsumer(EventHandlers handlers, RecordNotifications notifications, EmailComposer composer) {
        EventHandlers.Builder builder = handlers.consumer("notification-service")
                .on(EventType.REQUEST_RECEIVED, RequestReceived.class, notifications::keepContact);
        java.util.Set<EventType> ruled = new java.util.HashSet<>();
        for (NotificationRules.Rule<?> rule : NotificationRules.ALL) {
            if (!ruled.add(rule.type())) {
                throw new IllegalStateException("Two rules for " + rule.type() + ": give one rule several emails");
            }
            if (!composer.hasTemplates(rule.kind())) {
                throw new IllegalStateException("The rule for " + rule.type() + " names templates/" + rule.kind()
                        + ".html and .txt (with a subject fragment), which are missing");
            }
            on(builder, rule, notifications);
        }
        this.router = builder.build();
    }

    private static <T extends Record> void on(EventHandlers.Builder builder, NotificationRules.Rule<T> rule,
            RecordNotifications notifications) {
        builder.on(rule.type(), rule.payloadType(), event -> notifications.record(rule, event));
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
