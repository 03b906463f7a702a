package org.foiplatform.assessment.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.foiplatform.assessment.application.OpenCase;
import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventEnvelope;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.events.RequestReceived;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;

/**
 * Reads {@code foi.intake.v1}. A message that is not a readable event throws, and the connector's
 * dead-letter strategy moves it to {@code foi.intake.v1.assessment.dlq} and goes on with the next.
 */
@ApplicationScoped
public class IntakeEventsConsumer {

    private static final Logger LOG = Logger.getLogger(IntakeEventsConsumer.class);

    private final EventCodec codec;
    private final OpenCase openCase;

    public IntakeEventsConsumer(EventCodec codec, OpenCase openCase) {
        this.codec = codec;
        this.openCase = openCase;
    }

    @Incoming("intake-in")
    @Blocking
    public void onMessage(String message) {
        EventEnvelope event = codec.read(message);
        if (event.is(EventType.REQUEST_RECEIVED)) {
            openCase.on(event, codec.payload(event, RequestReceived.class));
        } else {
            LOG.debugf("Ignored %s %s for %s", event.type(), event.eventId(), event.reference());
        }
    }
}
