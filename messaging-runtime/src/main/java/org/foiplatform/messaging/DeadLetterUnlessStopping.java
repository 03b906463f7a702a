package org.foiplatform.messaging;

import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;

/**
 * The failure strategy of every consuming channel ({@code failure-strategy=dead-letter-unless-stopping}):
 * the connector's own dead-letter queue ({@code <topic>.<consumer>.dlq}, from the channel's
 * {@code dead-letter-queue.*} settings), except while the application is stopping. Then a failed message
 * is neither dead-lettered nor acknowledged: the channel stops, its offset is not committed, and the message
 * is delivered again after the restart (the inbox skips it if its handling had in fact committed). Without
 * this, events still queued when a service was stopped under load failed on a closed database and went to
 * the dead-letter topic: two acknowledgements in about 15,000 submissions were never sent.
 */
@ApplicationScoped
@Identifier(DeadLetterUnlessStopping.NAME)
public class DeadLetterUnlessStopping implements KafkaFailureHandler.Factory {

    public static final String NAME = "dead-letter-unless-stopping";
    private static final Logger LOG = Logger.getLogger(DeadLetterUnlessStopping.class);

    private final KafkaFailureHandler.Factory deadLetterQueue;
    private final Stopping stopping;

    DeadLetterUnlessStopping(@Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE)
            KafkaFailureHandler.Factory deadLetterQueue, Stopping stopping) {
        this.deadLetterQueue = deadLetterQueue;
        this.stopping = stopping;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
            KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        return handler(config.getChannel(), deadLetterQueue.create(config, vertx, consumer, reportFailure),
                reportFailure, stopping);
    }

    static KafkaFailureHandler handler(String channel, KafkaFailureHandler deadLetter,
            BiConsumer<Throwable, Boolean> reportFailure, Stopping stopping) {
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                if (!stopping.now()) {
                    return deadLetter.handle(record, reason, metadata);
                }
                LOG.warnf("Channel %s: the message at offset %d of %s-%d failed while the service is stopping (%s);"
                        + " it is left unacknowledged and will be delivered again after the restart", channel,
                        record.getOffset(), record.getTopic(), record.getPartition(), reason.toString());
                reportFailure.accept(reason, true);
                return Uni.createFrom().failure(reason);
            }

            @Override
            public void terminate() {
                deadLetter.terminate();
            }
        };
    }
}
