package org.foiplatform.messaging.admin;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventEnvelope;
import org.foiplatform.contracts.MalformedEventException;
import org.foiplatform.messaging.EventHandlers;
import org.foiplatform.messaging.EventRouter;
import org.foiplatform.messaging.OutboxRelay;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * What an admin sees of, and does with, the messages a service could not handle: the dead letters of each of
 * its consuming channels (read from the channel's {@code dead-letter-queue.topic}, with the reason, cause and
 * original topic, partition and offset the connector put in the record's headers) and its parked outbox
 * events. A dead letter is replayed through the very router, and so the very inbox, of a normal delivery: a
 * replay of an event already handled changes nothing. A parked event is given back to the relay. Every replay
 * is written to {@code message_replay}, the audit trail.
 */
@ApplicationScoped
@io.quarkus.runtime.Startup
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final String INCOMING = "mp.messaging.incoming.";
    private static final String DLQ_TOPIC = ".dead-letter-queue.topic";
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(15);

    private final Map<String, String> topics;
    private final EventHandlers handlers;
    private final OutboxRelay relay;
    private final DataSource dataSource;
    private final EventCodec codec;
    private final Clock clock;
    private final String bootstrapServers;

    DeadLetters(Config config, EventHandlers handlers, OutboxRelay relay, DataSource dataSource, EventCodec codec,
            Clock clock, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            MeterRegistry metrics) {
        this.topics = deadLetterTopics(config);
        this.handlers = handlers;
        this.relay = relay;
        this.dataSource = dataSource;
        this.codec = codec;
        this.clock = clock;
        this.bootstrapServers = bootstrapServers;
        // What needs a person, as metrics an alert can watch: never only a log line.
        Gauge.builder("foi.dead.letters", this, DeadLetters::deadLetterCount)
                .description("Messages on this service's dead-letter topics (replayed ones included)")
                .register(metrics);
        Gauge.builder("foi.outbox.parked.events", this, DeadLetters::parkedCount)
                .description("Outbox events the broker refused for good, waiting for an admin")
                .register(metrics);
    }

    private volatile long countedAt;
    private volatile double deadLetterCount;

    /** The records on this service's dead-letter topics, counted from their offsets at most every 5 s. */
    double deadLetterCount() {
        long now = System.nanoTime();
        if (countedAt != 0 && now - countedAt < Duration.ofSeconds(5).toNanos()) {
            return deadLetterCount;
        }
        long count = 0;
        try (KafkaConsumer<String, String> consumer = consumer()) {
            for (String topic : deadLetterTopics().keySet()) {
                if (!consumer.listTopics(READ_TIMEOUT).containsKey(topic)) {
                    continue;
                }
                List<TopicPartition> partitions = consumer.partitionsFor(topic, READ_TIMEOUT).stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions, READ_TIMEOUT);
                Map<TopicPartition, Long> start = consumer.beginningOffsets(partitions, READ_TIMEOUT);
                for (TopicPartition partition : partitions) {
                    count += end.get(partition) - start.get(partition);
                }
            }
        } catch (RuntimeException e) {
            LOG.debugf("Could not count the dead letters: %s", e.toString());
            return deadLetterCount;
        }
        deadLetterCount = count;
        countedAt = now;
        return count;
    }

    /** Parked outbox events now. */
    double parkedCount() {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection
                .prepareStatement("select count(*) from outbox_event where parked_at is not null");
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            return Double.NaN;
        }
    }

    /** One dead-lettered message, where it came from, why, and its last replay if any. */
    public record DeadLetter(String topic, int partition, long offset, String key, String originalTopic,
            Integer originalPartition, Long originalOffset, String reason, String cause, String eventType,
            UUID eventId, Replay lastReplay) {
    }

    /** One parked outbox event and why the broker refused it. */
    public record ParkedEvent(UUID eventId, String type, String key, String topic, Instant parkedAt, String reason,
            Replay lastReplay) {
    }

    /** One replay: what was replayed, by whom, when, and how it went. */
    public record Replay(String kind, String source, UUID eventId, String replayedBy, Instant replayedAt,
            Outcome outcome, String detail) {
    }

    public enum Outcome {
        /** Handled now. */
        HANDLED,
        /** Already handled before (the inbox skipped it): nothing changed. */
        ALREADY_HANDLED,
        /** Handling failed again; the message stays a dead letter. */
        FAILED,
        /** A parked event given back to the relay, to be sent on its next pass. */
        REQUEUED
    }

    /** No such dead letter, channel or parked event here. */
    public static final class NotFoundException extends RuntimeException {
        NotFoundException(String message) {
            super(message);
        }
    }

    /** The dead-letter topic of each consuming channel of this service, with the channel's consumer group. */
    public Map<String, String> deadLetterTopics() {
        return topics;
    }

    /** Read once: the channels are fixed when the service starts. */
    private static Map<String, String> deadLetterTopics(Config config) {
        Map<String, String> topics = new LinkedHashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(INCOMING) && name.endsWith(DLQ_TOPIC)) {
                String channel = name.substring(INCOMING.length(), name.length() - DLQ_TOPIC.length());
                config.getOptionalValue(name, String.class).ifPresent(topic -> topics.put(topic,
                        config.getOptionalValue(INCOMING + channel + ".group.id", String.class).orElse(channel)));
            }
        }
        return java.util.Collections.unmodifiableMap(topics);
    }

    public List<DeadLetter> list() {
        Map<String, Replay> replays = lastReplays("DEAD_LETTER");
        List<DeadLetter> letters = new ArrayList<>();
        for (String topic : deadLetterTopics().keySet()) {
            for (ConsumerRecord<String, String> record : readAll(topic)) {
                letters.add(describe(record, replays.get(source(record))));
            }
        }
        return letters;
    }

    /** Replays every dead letter not yet handled by an earlier replay. */
    public List<Replay> replayAll(String admin) {
        List<Replay> done = new ArrayList<>();
        for (DeadLetter letter : list()) {
            Replay last = letter.lastReplay();
            if (last == null || last.outcome() == Outcome.FAILED) {
                done.add(replay(letter.topic(), letter.partition(), letter.offset(), admin));
            }
        }
        return done;
    }

    public Replay replay(String topic, int partition, long offset, String admin) {
        String consumer = deadLetterTopics().get(topic);
        if (consumer == null) {
            throw new NotFoundException(topic + " is not a dead-letter topic of this service");
        }
        ConsumerRecord<String, String> record = readOne(topic, partition, offset)
                .orElseThrow(() -> new NotFoundException("No message at " + topic + "-" + partition + "@" + offset));
        EventRouter router = handlers.router(consumer)
                .orElseThrow(() -> new NotFoundException("No consumer " + consumer + " in this service"));
        UUID eventId = eventIdOf(record.value());
        Outcome outcome;
        String detail = null;
        try {
            boolean seen = eventId != null && alreadyHandled(consumer, eventId);
            router.route(record.value());
            outcome = seen ? Outcome.ALREADY_HANDLED : Outcome.HANDLED;
        } catch (RuntimeException e) {
            outcome = Outcome.FAILED;
            detail = e.getMessage();
        }
        Replay replay = new Replay("DEAD_LETTER", source(record), eventId, admin, clock.instant(), outcome, detail);
        audit(replay);
        LOG.infof("%s replayed the dead letter %s (event %s): %s%s", admin, replay.source(), eventId, outcome,
                detail == null ? "" : " (" + detail + ")");
        return replay;
    }

    public List<ParkedEvent> parked() {
        Map<String, Replay> replays = lastReplays("PARKED_EVENT");
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection
                    .prepareStatement("select event_id, event_type, message_key, topic, parked_at, last_error from outbox_event"
                            + " where parked_at is not null order by id")) {
                List<ParkedEvent> events = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        UUID id = rows.getObject(1, UUID.class);
                        events.add(new ParkedEvent(id, rows.getString(2), rows.getString(3), rows.getString(4),
                                rows.getTimestamp(5).toInstant(), rows.getString(6), replays.get(id.toString())));
                    }
                }
                return events;
            }
        });
    }

    /** Gives a parked event back to the relay; if the broker still refuses it, it is parked again. */
    public Replay requeue(UUID eventId, String admin) {
        Replay replay = QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection
                    .prepareStatement("update outbox_event set parked_at = null, last_error = null"
                            + " where event_id = ? and parked_at is not null")) {
                update.setObject(1, eventId);
                if (update.executeUpdate() == 0) {
                    throw new NotFoundException("No parked event " + eventId);
                }
            }
            Replay done = new Replay("PARKED_EVENT", eventId.toString(), eventId, admin, clock.instant(),
                    Outcome.REQUEUED, null);
            audit(done);
            return done;
        });
        relay.wake();
        LOG.infof("%s gave the parked event %s back to the relay", admin, eventId);
        return replay;
    }

    private DeadLetter describe(ConsumerRecord<String, String> record, Replay lastReplay) {
        String type = null;
        UUID eventId = null;
        try {
            EventEnvelope envelope = codec.read(record.value());
            type = envelope.type();
            eventId = envelope.eventId();
        } catch (MalformedEventException e) {
            // not an event at all: shown with its reason
        }
        String partition = header(record, "dead-letter-partition");
        String offset = header(record, "dead-letter-offset");
        return new DeadLetter(record.topic(), record.partition(), record.offset(), record.key(),
                header(record, "dead-letter-topic"), partition == null ? null : Integer.valueOf(partition),
                offset == null ? null : Long.valueOf(offset), header(record, "dead-letter-reason"),
                header(record, "dead-letter-cause"), type, eventId, lastReplay);
    }

    private UUID eventIdOf(String value) {
        try {
            return codec.read(value).eventId();
        } catch (MalformedEventException e) {
            return null;
        }
    }

    private static String source(ConsumerRecord<String, String> record) {
        return record.topic() + "/" + record.partition() + "/" + record.offset();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return header(record.headers(), name);
    }

    /**
     * The text of a record's last header called {@code name} (such as the connector's {@code dead-letter-reason}), or
     * null if it has none.
     */
    public static String header(org.apache.kafka.common.header.Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private boolean alreadyHandled(String consumer, UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection
                    .prepareStatement("select 1 from processed_event where consumer = ? and event_id = ?")) {
                select.setString(1, consumer);
                select.setObject(2, eventId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    private void audit(Replay replay) {
        QuarkusTransaction.joiningExisting().run(() -> {
            try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection
                    .prepareStatement("insert into message_replay (kind, source, event_id, replayed_by, replayed_at,"
                            + " outcome, detail) values (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, replay.kind());
                insert.setString(2, replay.source());
                insert.setObject(3, replay.eventId());
                insert.setString(4, replay.replayedBy());
                insert.setTimestamp(5, Timestamp.from(replay.replayedAt()));
                insert.setString(6, replay.outcome().name());
                insert.setString(7, replay.detail());
                insert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not record the replay: " + e.getMessage(), e);
            }
        });
    }

    /** The last replay of each source of one kind. */
    private Map<String, Replay> lastReplays(String kind) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Replay> last = new LinkedHashMap<>();
            try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection
                    .prepareStatement("select source, event_id, replayed_by, replayed_at, outcome, detail"
                            + " from message_replay where kind = ? order by id")) {
                select.setString(1, kind);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        last.put(rows.getString(1), new Replay(kind, rows.getString(1), rows.getObject(2, UUID.class),
                                rows.getString(3), rows.getTimestamp(4).toInstant(), Outcome.valueOf(rows.getString(5)),
                                rows.getString(6)));
                    }
                }
            }
            return last;
        });
    }

    private KafkaConsumer<String, String> consumer() {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "dead-letter-reader-" + UUID.randomUUID());
        return new KafkaConsumer<>(settings);
    }

    /** Every record of a topic, from its beginning to its end now; none if the topic does not exist yet. */
    private List<ConsumerRecord<String, String>> readAll(String topic) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            if (!consumer.listTopics(READ_TIMEOUT).containsKey(topic)) {
                return records;
            }
            List<TopicPartition> partitions = consumer.partitionsFor(topic, READ_TIMEOUT).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, READ_TIMEOUT);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + topic + " to its end within " + READ_TIMEOUT);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private Optional<ConsumerRecord<String, String>> readOne(String topic, int partition, long offset) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            TopicPartition where = new TopicPartition(topic, partition);
            if (!consumer.listTopics(READ_TIMEOUT).containsKey(topic)
                    || consumer.partitionsFor(topic, READ_TIMEOUT).stream().noneMatch(p -> p.partition() == partition)) {
                return Optional.empty();
            }
            consumer.assign(List.of(where));
            long end = consumer.endOffsets(List.of(where), READ_TIMEOUT).get(where);
            if (offset < 0 || offset >= end) {
                return Optional.empty();
            }
            consumer.seek(where, offset);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == offset) {
                        return Optional.of(record);
                    }
                }
            }
            return Optional.empty();
        }
    }
}
