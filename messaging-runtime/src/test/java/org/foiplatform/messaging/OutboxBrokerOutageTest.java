package org.foiplatform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.awaitility.Awaitility;
import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventEnvelope;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.GoldenSamples;
import org.foiplatform.contracts.Topics;
import org.foiplatform.contracts.events.CaseOpened;
import org.foiplatform.localstack.EmbeddedKafka;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TestReferences;
import org.foiplatform.localstack.testsupport.TopicReader;
import org.foiplatform.messaging.outbox.Outbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The outbox against a broker that goes away: a broker of its own (so that stopping it touches no other test),
 * on a fixed port with kept data so that it comes back as a restarted broker does, the relay's own publisher and
 * a real PostgreSQL database. Events recorded while the broker is away wait unsent, nothing is parked, and once
 * it is back they all go, in the order they were recorded.
 */
class OutboxBrokerOutageTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final EventCodec codec = new EventCodec();
    private final Outbox outbox = new Outbox(codec, 512 * 1024, "outage-test");
    private final PostgresDatabaseResource database = new PostgresDatabaseResource();
    private Path brokerData;
    private int brokerPort;
    private EmbeddedKafka broker;
    private Connection connection;

    @BeforeEach
    void start() throws Exception {
        brokerData = Files.createTempDirectory("foi-outage-broker-");
        brokerPort = EmbeddedKafka.freePortWithNextFree();
        broker = EmbeddedKafka.start(brokerPort, brokerData, 1);
        database.init(Map.of("prefix", "outbox_outage"));
        Map<String, String> db = database.start();
        connection = DriverManager.getConnection(db.get("quarkus.datasource.jdbc.url"),
                db.get("quarkus.datasource.username"), db.get("quarkus.datasource.password"));
        org.flywaydb.core.Flyway.configure().dataSource(db.get("quarkus.datasource.jdbc.url"),
                db.get("quarkus.datasource.username"), db.get("quarkus.datasource.password"))
                .locations("classpath:db/messaging").load().migrate();
        connection.setAutoCommit(false);
    }

    @AfterEach
    void stop() throws Exception {
        if (connection != null) {
            connection.close();
        }
        database.stop();
        if (broker != null) {
            broker.close();
        }
        try (var files = Files.walk(brokerData)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void events_recorded_while_the_broker_is_away_wait_and_go_in_order_once_it_is_back() throws Exception {
        String reference = TestReferences.next();
        List<UUID> recorded = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerSettings())) {
            Outbox.Publisher publisher = OutboxRelay.publisherOn(producer);
            recorded.addAll(record(reference, 3));
            Outbox.RelayResult before = relay(publisher);
            assertThat(before.sent()).isEqualTo(3);

            broker.close();
            broker = null;
            recorded.addAll(record(reference, 4));
            Outbox.RelayResult during = relay(publisher);
            // A passing failure: nothing sent, nothing parked, every row still waiting.
            assertThat(during.failed()).isTrue();
            assertThat(during.sent()).isZero();
            assertThat(during.parked()).isZero();
            assertThat(unsent()).isEqualTo(4);

            recorded.addAll(record(reference, 2));
            broker = EmbeddedKafka.start(brokerPort, brokerData, 1);
            Awaitility.await().atMost(WAIT).until(() -> {
                relay(publisher);
                return unsent() == 0;
            });
        }
        assertThat(parked()).isZero();

        // At least once: a record the broker took just before it stopped may be there twice, with one event id.
        List<UUID> published = new ArrayList<>(new LinkedHashSet<>(read(reference, recorded.get(recorded.size() - 1))));
        assertThat(published).containsExactlyElementsOf(recorded);
    }

    private List<UUID> record(String reference, int count) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            CaseOpened payload = codec.payload(codec.read(GoldenSamples.forReference(EventType.CASE_OPENED, reference)),
                    CaseOpened.class);
            EventEnvelope event = codec.wrap(EventType.CASE_OPENED, reference, payload, Instant.now(),
                    UUID.randomUUID(), null);
            outbox.append(connection, Topics.CASE, event);
            ids.add(event.eventId());
        }
        connection.commit();
        return ids;
    }

    private Outbox.RelayResult relay(Outbox.Publisher publisher) throws SQLException {
        Outbox.RelayResult result = outbox.relay(connection, 256, publisher, Instant.now(), Duration.ofSeconds(10));
        connection.commit();
        return result;
    }

    private long unsent() throws SQLException {
        return count("select count(*) from outbox_event where sent_at is null and parked_at is null");
    }

    private long parked() throws SQLException {
        return count("select count(*) from outbox_event where parked_at is not null");
    }

    private long count(String sql) throws SQLException {
        try (var statement = connection.prepareStatement(sql); var rows = statement.executeQuery()) {
            rows.next();
            long count = rows.getLong(1);
            connection.commit();
            return count;
        }
    }

    /** Every event on the topic for {@code reference}, once {@code last} (the last recorded) is there. */
    private List<UUID> read(String reference, UUID last) {
        try (KafkaCompanion companion = new KafkaCompanion(broker.bootstrapServers())) {
            // One key, one partition: once the last event is on the topic, every earlier one is before it.
            TopicReader.await(companion, Topics.CASE, r -> r.value().contains(last.toString()), 1, WAIT);
            return TopicReader.await(companion, Topics.CASE, reference, 1, WAIT).stream()
                    .map(r -> codec.read(r.value()).eventId()).toList();
        }
    }

    /** The relay's own settings, with timeouts short enough that a pass against a stopped broker fails in seconds. */
    private Map<String, Object> producerSettings() {
        return OutboxRelay.producerSettings(broker.bootstrapServers(), "outage-test-relay", Map.of(
                "delivery.timeout.ms", "4000", "request.timeout.ms", "2000", "max.block.ms", "2000",
                "reconnect.backoff.max.ms", "500"));
    }
}
