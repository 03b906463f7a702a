package org.foiplatform.notification.infrastructure.messaging;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.foiplatform.contracts.outbox.Outbox;
import org.foiplatform.contracts.outbox.PendingEvent;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes the outbox to Kafka, keyed by reference, and marks each row sent after the broker's
 * acknowledgement. If the broker is down the rows wait and the next pass tries again.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final Session session;
    private final Outbox outbox;
    private final MutinyEmitter<String> emitter;
    private final Clock clock;
    private final int batchSize;

    public OutboxRelay(Session session, Outbox outbox, @Channel("notification-events") MutinyEmitter<String> emitter,
            Clock clock, @ConfigProperty(name = "foi.outbox.batch-size", defaultValue = "100") int batchSize) {
        this.session = session;
        this.outbox = outbox;
        this.emitter = emitter;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    @Scheduled(every = "${foi.outbox.poll-interval:0.5s}", delayed = "${foi.outbox.start-delay:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void relay() {
        Outbox.RelayResult result = session.doReturningWork(
                connection -> outbox.relay(connection, batchSize, this::publish, clock.instant()));
        if (result.failed()) {
            LOG.warnf("Outbox relay stopped at %s event %s after %d sent; will retry: %s",
                    result.failedOn().key(), result.failedOn().eventId(), result.sent(), result.failure().getMessage());
        }
    }

    private void publish(PendingEvent event) {
        emitter.sendMessageAndAwait(Message.of(event.message()).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic()).withKey(event.key()).build()));
        LOG.debugf("Published %s %s for %s", event.type(), event.eventId(), event.key());
    }
}
