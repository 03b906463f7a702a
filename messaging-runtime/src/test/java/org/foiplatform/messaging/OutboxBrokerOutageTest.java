package org.foiplatform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
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
import org.foiplatform.messaging.outbox.Outbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox against a broker that goes away: a broker of its own (so that stopping it touches no other test),
 * on a fixed port with kept data so that it comes back as a restarted broker does, the relay's own publisher and
 * a real PostgreSQL database. Events recorded while the broker is away wait unsent, nothing is parked, and once
 * it is back they all go, in the order they were recorded.
 */
class OutboxBrokerOutageTest {

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
        brokerPort = freePortPair();
        broker = EmbeddedKafka.start(brokerPort, brokerData, 1);
        database.init(Map.of("prefix", "outbox_outage"));
        Map<String, String> db = database.start();
        connection = DriverManager.getConnection(db.get("quarkus.datasource.jdbc.url"),
                db.get("quarkus.datasource.username"), db.get("quarkus.datasource.password"));
        for (String migration : List.of("V0_1__outbox_and_inbox.sql", "V0_2__message_replay.sql")) {
            try (InputStream sql = getClass().getClassLoader().getResourceAsStream("db/messaging/" + migration);
                    var statement = connection.createStatement()) {
                statement.execute(new String(sql.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
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
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
                relay(publisher);
                return unsent() == 0;
            });
        }
        assertThat(parked()).isZero();

        // At least once: a record the broker took just before it stopped may be there twice, with one event id.
        List<UUID> published = new ArrayList<>(new LinkedHashSet<>(read(reference, recorded.size())));
        assertThat(published).containsExactlyElementsOf(recorded);
    }

    private List<UUID> record(String reference, int count) throws SQLException, IOException {
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

    private List<UUID> read(String reference, int atLeast) {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, "outage-test-" + UUID.randomUUID());
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<UUID> ids = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings)) {
            consumer.subscribe(List.of(Topics.CASE));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (new LinkedHashSet<>(ids).size() < atLeast) {
                assertThat(System.nanoTime()).as("events on the topic in time").isLessThan(deadline);
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (reference.equals(record.key())) {
                        ids.add(codec.read(record.value()).eventId());
                    }
                }
            }
        }
        return ids;
    }

    /** The relay's settings, with timeouts short enough that a pass against a stopped broker fails in seconds. */
    private Map<String, Object> producerSettings() {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "4000");
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        settings.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "2000");
        settings.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500");
        return settings;
    }

    /** A free port whose next port is free too: the broker's controller takes it. */
    private static int freePortPair() {
        for (int i = 0; i < 50; i++) {
            int port = EmbeddedKafka.freePort();
            try (var next = new java.net.ServerSocket(port + 1)) {
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("No two free ports in a row");
    }
}
