package org.foiplatform.response.infrastructure.messaging;

import java.time.Clock;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.outbox.TransactionalMessaging;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;

/**
 * Wires the contracts' reliable messaging into this service: the outbox and inbox on its own
 * database, and the relay that publishes the outbox to the {@code response-events} channel, keyed by reference.
 */
@ApplicationScoped
public class Messaging {

    private final TransactionalMessaging messaging;
    private final MutinyEmitter<String> emitter;
    private final int batchSize;

    public Messaging(TransactionalMessaging messaging, @Channel("response-events") MutinyEmitter<String> emitter,
            @ConfigProperty(name = "foi.outbox.batch-size", defaultValue = "100") int batchSize) {
        this.messaging = messaging;
        this.emitter = emitter;
        this.batchSize = batchSize;
    }

    @Produces
    @Singleton
    static Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    static TransactionalMessaging transactionalMessaging(DataSource dataSource, Clock clock) {
        return new TransactionalMessaging(dataSource, new EventCodec(), clock);
    }

    @Scheduled(every = "${foi.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // Not before the channels are wired at start-up, nor after the database closes at shutdown.
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void relayOutbox() {
        messaging.relayPending(batchSize, event -> emitter.sendMessageAndAwait(KafkaRecord.of(event.key(), event.message())));
    }
}
