package org.foiplatform.notification.infrastructure.messaging;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.outbox.EventRecorder;
import org.foiplatform.contracts.outbox.Inbox;
import org.foiplatform.contracts.outbox.Outbox;
import org.foiplatform.contracts.outbox.ProcessedEvents;
import org.hibernate.Session;

/** The outbox and the inbox on Hibernate's own connection, so both commit (or roll back) with the message. */
@ApplicationScoped
public class OutboxEventRecorder implements EventRecorder, Inbox {

    private final Session session;
    private final Outbox outbox;
    private final Clock clock;

    public OutboxEventRecorder(Session session, Outbox outbox, Clock clock) {
        this.session = session;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void record(EventType type, String reference, Record payload, UUID correlationId, UUID causationId) {
        session.doWork(c -> outbox.record(c, type, reference, payload, clock.instant(), correlationId, causationId));
    }

    @Override
    public boolean firstDelivery(String consumer, UUID eventId) {
        return session.doReturningWork(c -> ProcessedEvents.firstDelivery(c, consumer, eventId, clock.instant()));
    }
}
