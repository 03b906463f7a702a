package org.foiplatform.assessment.infrastructure.messaging;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.contracts.outbox.EventRecorder;
import org.foiplatform.contracts.outbox.Inbox;
import org.foiplatform.assessment.infrastructure.persistence.PanacheCaseRepository;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.outbox.Outbox;
import org.foiplatform.contracts.outbox.ProcessedEvents;
import org.hibernate.Session;

/**
 * The outbox and the inbox on Hibernate's own connection, so that both commit (or roll back) with
 * the case. An officer's action has no causing event; it keeps the request's correlation id.
 */
@ApplicationScoped
public class OutboxEventRecorder implements EventRecorder, Inbox {

    private final Session session;
    private final Outbox outbox;
    private final Clock clock;
    private final PanacheCaseRepository cases;

    public OutboxEventRecorder(Session session, Outbox outbox, Clock clock, PanacheCaseRepository cases) {
        this.session = session;
        this.outbox = outbox;
        this.clock = clock;
        this.cases = cases;
    }

    @Override
    public void record(EventType type, String reference, Record payload, UUID correlationId, UUID causationId) {
        UUID correlation = correlationId != null ? correlationId : cases.correlationOf(reference).orElse(null);
        session.doWork(c -> outbox.record(c, type, reference, payload, clock.instant(), correlation, causationId));
    }

    @Override
    public boolean firstDelivery(String consumer, UUID eventId) {
        return session.doReturningWork(c -> ProcessedEvents.firstDelivery(c, consumer, eventId, clock.instant()));
    }
}
