package org.foiplatform.response.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventEnvelope;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.events.DecisionApproved;
import org.foiplatform.response.application.IssueResponse;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;

/**
 * Reads {@code foi.case.v1}. A message that is not a readable event throws, and the connector's
 * dead-letter strategy moves it to {@code foi.case.v1.response.dlq} and goes on with the next.
 */
@ApplicationScoped
public class CaseEventsConsumer {

    private static final Logger LOG = Logger.getLogger(CaseEventsConsumer.class);

    private final EventCodec codec;
    private final IssueResponse issueResponse;

    public CaseEventsConsumer(EventCodec codec, IssueResponse issueResponse) {
        this.codec = codec;
        this.issueResponse = issueResponse;
    }

    @Incoming("case-in")
    @Blocking
    public void onMessage(String message) {
        EventEnvelope event = codec.read(message);
        if (event.is(EventType.DECISION_APPROVED)) {
            issueResponse.on(event, codec.payload(event, DecisionApproved.class));
        } else {
            LOG.debugf("Ignored %s %s for %s", event.type(), event.eventId(), event.reference());
        }
    }
}
