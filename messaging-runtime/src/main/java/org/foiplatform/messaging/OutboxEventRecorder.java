package org.foiplatform.messaging;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventEnvelope;
import org.foiplatform.contracts.EventType;
import org.foiplatform.messaging.outbox.Outbox;

/** Records events in the service's outbox and wakes the relay when the transaction commits. */
@ApplicationScoped
class OutboxEventRecorder implements EventRecorder {

    private final Connections connections;
    private final Outbox outbox;
    private final EventCodec codec;
    private final Clock clock;
    private final AfterCommit afterCommit;
    private final OutboxRelay relay;

    OutboxEventRecorder(Connections connections, Outbox outbox, EventCodec codec, Clock clock, AfterCommit afterCommit,
            OutboxRelay relay) {
        this.connections = connections;
        this.outbox = outbox;
        this.codec = codec;
        this.clock = clock;
        this.afterCommit = afterCommit;
        this.relay = relay;
    }

    @Override
    public EventEnvelope record(EventType type, String reference, Record payload) {
        EventEnvelope cause = HandlingContext.current();
        return cause == null
                ? record(type, reference, payload, null, null)
                : record(type, reference, payload, cause.correlationId(), cause.eventId());
    }

    @Override
    public EventEnvelope record(EventType type, String reference, Record payload, UUID correlationId,
            UUID causationId) {
        EventEnvelope event = codec.wrap(type, reference, payload, clock.instant(), correlationId, causationId);
        connections.inTransaction(c -> {
            outbox.append(c, type.topic(), event);
            return null;
        });
        afterCommit.wake(relay.worker());
        return event;
    }

    @Override
    public Correlation correlation() {
        EventEnvelope cause = HandlingContext.current();
        return cause == null ? new Correlation(UUID.randomUUID(), null)
                : new Correlation(cause.correlationId(), cause.eventId());
    }
}
