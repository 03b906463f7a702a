package org.foiplatform.notification.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventEnvelope;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.events.CaseOpened;
import org.foiplatform.contracts.events.RequestReceived;
import org.foiplatform.contracts.events.ResponseIssued;
import org.foiplatform.notification.application.RecordNotifications;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;

/**
 * Reads the three topics that call for emails. A message that is not a readable event throws, and the
 * connector's dead-letter strategy moves it to {@code <topic>.notification.dlq} and goes on.
 */
@ApplicationScoped
public class PlatformEventsConsumer {

    private static final Logger LOG = Logger.getLogger(PlatformEventsConsumer.class);

    private final EventCodec codec;
    private final RecordNotifications notifications;

    public PlatformEventsConsumer(EventCodec codec, RecordNotifications notifications) {
        this.codec = codec;
        this.notifications = notifications;
    }

    @Incoming("intake-in")
    @Blocking
    public void onIntakeEvent(String message) {
        EventEnvelope event = codec.read(message);
        if (event.is(EventType.REQUEST_RECEIVED)) {
            notifications.on(event, codec.payload(event, RequestReceived.class));
        } else {
            ignored(event);
        }
    }

    @Incoming("case-in")
    @Blocking
    public void onCaseEvent(String message) {
        EventEnvelope event = codec.read(message);
        if (event.is(EventType.CASE_OPENED)) {
            notifications.on(event, codec.payload(event, CaseOpened.class));
        } else {
            ignored(event);
        }
    }

    @Incoming("response-in")
    @Blocking
    public void onResponseEvent(String message) {
        EventEnvelope event = codec.read(message);
        if (event.is(EventType.RESPONSE_ISSUED)) {
            notifications.on(event, codec.payload(event, ResponseIssued.class));
        } else {
            ignored(event);
        }
    }

    private static void ignored(EventEnvelope event) {
        LOG.debugf("Ignored %s %s for %s", event.type(), event.eventId(), event.reference());
    }
}
