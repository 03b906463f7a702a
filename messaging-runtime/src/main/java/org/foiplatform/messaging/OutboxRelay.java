package org.foiplatform.messaging;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.foiplatform.messaging.outbox.Outbox;
import org.foiplatform.messaging.outbox.PendingEvent;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Publishes the service's outbox to Kafka, each row to the topic stored with it, keyed by reference.
 * It runs on a {@link BackgroundWorker}: woken as soon as a transaction that wrote an outbox row
 * commits, draining while it finds full batches, and polling only as a safety net. Each pass sends a
 * batch through one producer, which pipelines the records, and awaits the acknowledgements together.
 *
 * <p>Producer settings (each may be overridden with {@code foi.messaging.producer."<name>"}):
 * {@code acks=all} with the idempotent producer, so that a retried batch is neither lost nor doubled on
 * the broker and order per partition holds with up to 5 requests in flight; {@code linger.ms=5} and
 * {@code batch.size=65536}, though a pass flushes at once after handing its batch over, so the linger
 * never delays it; {@code compression.type=lz4}, cheap on the CPU and about halving JSON events; and
 * short timeouts, so that a broker that is down fails a pass in seconds instead of holding its
 * transaction and row locks for minutes; and an 8 MB buffer, as a pass never has more than a batch in hand.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final DataSource dataSource;
    private final Outbox outbox;
    private final Clock clock;
    private final MessagingConfig config;
    private final String bootstrapServers;
    private final String clientId;
    private final Counter sent;
    private final Counter parked;
    private final Counter failedPasses;
    private final BackgroundWorker worker;
    private volatile Producer<String, String> producer;
    private volatile Outbox.Publisher publisher;

    OutboxRelay(DataSource dataSource, Outbox outbox, Clock clock, MessagingConfig config, MeterRegistry metrics,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name", defaultValue = "foi") String applicationName) {
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.clientId = applicationName + "-outbox-relay";
        this.sent = metrics.counter("foi.outbox.sent");
        this.parked = metrics.counter("foi.outbox.parked");
        this.failedPasses = metrics.counter("foi.outbox.failed.passes");
        this.worker = new BackgroundWorker(clientId, config.relay().safetyPoll(), this::pass);
    }

    BackgroundWorker worker() {
        return worker;
    }

    /** Asks for a pass now, as a commit that wrote an outbox row does. */
    public void wake() {
        worker.wake();
    }

    void start(@Observes StartupEvent started) {
        producer = new KafkaProducer<>(producerSettings());
        publisher = publisherOn(producer);
        worker.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        worker.stop(Duration.ofSeconds(20));
        Producer<String, String> p = producer;
        if (p != null) {
            p.close(Duration.ofSeconds(5));
        }
    }

    Map<String, Object> producerSettings() {
        return producerSettings(bootstrapServers, clientId, config.producer());
    }

    /** The relay's producer settings (see the class comment), with {@code overrides} added over them. */
    static Map<String, Object> producerSettings(String bootstrapServers, String clientId,
            Map<String, String> overrides) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        settings.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        settings.put(ProducerConfig.BATCH_SIZE_CONFIG, "65536");
        settings.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "15000");
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        // The relay never has more than a batch in hand; Kafka's default 32 MB pool would only sit in the heap.
        settings.put(ProducerConfig.BUFFER_MEMORY_CONFIG, "8388608");
        settings.putAll(overrides);
        return settings;
    }

    /** One pass, in a transaction of its own; true if the batch was full, so more may be waiting. */
    boolean pass() {
        Outbox.Publisher p = publisher;
        if (p == null) {
            return false;
        }
        int batchSize = config.relay().batchSize();
        Outbox.RelayResult result = QuarkusTransaction.requiringNew()
                .timeout((int) config.relay().ackTimeout().plusSeconds(30).toSeconds())
                .call(() -> {
                    try (Connection connection = dataSource.getConnection()) {
                        return outbox.relay(connection, batchSize, p, clock.instant(),
                                config.relay().ackTimeout());
                    }
                });
        sent.increment(result.sent());
        parked.increment(result.parked());
        if (result.failed()) {
            failedPasses.increment();
            LOG.warnf("Outbox relay stopped at %s event %s after %d sent; will retry: %s", result.failedOn().key(),
                    result.failedOn().eventId(), result.sent(), result.failure());
            return false;
        }
        return result.taken() == batchSize;
    }

    /**
     * Hands each event to the producer, its future completed by the broker's acknowledgement; the flush makes
     * the records leave now rather than after the linger.
     */
    static Outbox.Publisher publisherOn(Producer<String, String> producer) {
        return new Outbox.Publisher() {
            @Override
            public CompletableFuture<?> send(PendingEvent event) {
                CompletableFuture<Void> ack = new CompletableFuture<>();
                producer.send(new ProducerRecord<>(event.topic(), event.key(), event.message()), (metadata, failure) -> {
                    if (failure != null) {
                        ack.completeExceptionally(failure);
                    } else {
                        ack.complete(null);
                    }
                });
                return ack;
            }

            @Override
            public void flush() {
                producer.flush();
            }
        };
    }
}
