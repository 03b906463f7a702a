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
 * a {@link NotificationRules rule} turns into an email, including this service's own NotificationFailed (an email to
 * the officers, never about one of theirs). Each channel has its own dead-letter topic
 * ({@code <topic>.notification.dlq}) where a message that is not a readable event goes.
 */
@ApplicationScoped
public class PlatformEventsConsumer {

    private final EventRouter router;

    public PlatformEventsConsumer(EventHandlers handlers, RecordNotifications notifications, EmailComposer composer) {
        EventHandlers.Builder builder = handlers.consumer("notification-service")
                .on(EventType.REQUEST_RECEIVED, RequestReceived.class, notifications::keepContact);
        java.util.Set<String> kinds = new java.util.HashSet<>();
        for (NotificationRules.Rule<?> rule : NotificationRules.ALL) {
            if (!composer.hasTemplates(rule.kind())) {
                throw new IllegalStateException("The rule for " + rule.type() + " names templates/" + rule.kind()
                        + ".html and .txt (with a subject fragment), which are missing");
            }
            if (!kinds.add(rule.type() + "/" + rule.kind())) {
                throw new IllegalStateException("Two rules for " + rule.kind() + " on " + rule.type());
            }
        }
        NotificationRules.byType().forEach((type, rules) -> on(builder, type, rules.get(0).payloadType(), rules,
                notifications));
        this.router = builder.build();
    }

    /** One handler per event type, which records the email of every rule for it that applies. */
    private static <T extends Record> void on(EventHandlers.Builder builder, EventType type, Class<T> payloadType,
            java.util.List<NotificationRules.Rule<?>> rules, RecordNotifications notifications) {
        java.util.List<NotificationRules.Rule<T>> typed = new java.util.ArrayList<>();
        for (NotificationRules.Rule<?> rule : rules) {
            if (rule.payloadType() != payloadType) {
                throw new IllegalStateException("The rules for " + type + " read different payload types");
            }
            @SuppressWarnings("unchecked")
            NotificationRules.Rule<T> same = (NotificationRules.Rule<T>) rule;
            typed.add(same);
        }
        java.util.List<NotificationRules.Rule<T>> all = java.util.List.copyOf(typed);
        builder.on(type, payloadType, event -> notifications.record(all, event));
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

    /** This service's own topic: a NotificationFailed calls for an email to the officers. */
    @Incoming("notification-in")
    @Blocking
    public void onNotificationEvent(String message) {
        router.route(message);
    }
}
