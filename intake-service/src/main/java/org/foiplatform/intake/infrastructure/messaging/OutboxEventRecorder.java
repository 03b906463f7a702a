package org.foiplatform.intake.infrastructure.messaging;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.outbox.Outbox;
import org.foiplatform.contracts.outbox.EventRecorder;
import org.hibernate.Session;

/** Appends events to the outbox on Hibernate's own connection, so they commit with the request. */
@ApplicationScoped
public class OutboxEventRecorder implements EventRecorder {

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
}
