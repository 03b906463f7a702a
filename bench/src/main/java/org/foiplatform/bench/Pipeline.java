package org.foiplatform.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Whether the pipeline has settled: the platform topics' end offsets, and (read-only, with each service's own role)
 * the unsent outbox rows and the pending emails. Settled means none of them changed for three seconds: either
 * everything has been handled or nothing more is moving. A check that cannot be made (no password, a table renamed)
 * is left out and named in the result.
 */
final class Pipeline implements AutoCloseable {

    static final List<String> TOPICS = List.of("foi.intake.v1", "foi.case.v1", "foi.notification.v1");
    static final long QUIET_NANOS = 3_000_000_000L;

    private final Settings settings;
    private final Admin admin;
    private final Map<String, Connection> connections = new LinkedHashMap<>();
    private final Set<String> unavailable = new HashSet<>();
    private final Map<String, String> reasons = new LinkedHashMap<>();

    Pipeline(Settings settings) {
        this.settings = settings;
        this.admin = MachineStep.admin(settings);
    }

    static KafkaConsumer<byte[], byte[]> consumer(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // Reading must never create a platform topic.
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000");
        return new KafkaConsumer<>(props);
    }

    /** The sum of each topic's end offsets (0 for a topic that does not exist yet). */
    Map<String, Long> endOffsets(List<String> topics) throws Exception {
        Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
        Map<String, Long> out = new LinkedHashMap<>();
        List<String> present = new ArrayList<>();
        for (String topic : topics) {
            out.put(topic, 0L);
            if (existing.contains(topic)) {
                present.add(topic);
            }
        }
        if (present.isEmpty()) {
            return out;
        }
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        admin.describeTopics(present).allTopicNames().get(10, TimeUnit.SECONDS).forEach((name, description) ->
                description.partitions().forEach(p -> request.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
        admin.listOffsets(request).all().get(10, TimeUnit.SECONDS)
                .forEach((tp, info) -> out.merge(tp.topic(), info.offset(), Long::sum));
        return out;
    }

    /** Messages on every dead-letter topic ({@code *.dlq}) so far: the sum of their end offsets. */
    long deadLetters() {
        try {
            List<String> dlq = admin.listTopics().names().get(10, TimeUnit.SECONDS).stream()
                    .filter(t -> t.endsWith(".dlq")).sorted().toList();
            return dlq.isEmpty() ? 0 : endOffsets(dlq).values().stream().mapToLong(Long::longValue).sum();
        } catch (Exception e) {
            reasons.putIfAbsent("kafka dead-letter topics", MachineStep.reason(e));
            return -1;
        }
    }

    /** Records how many messages went to dead-letter topics since {@code before}, and says so if any did. */
    void recordDeadLetters(BenchContext context, String step, long before, ObjectNode node) {
        long after = deadLetters();
        if (before < 0 || after < 0) {
            node.putNull("deadLettered");
            return;
        }
        node.put("deadLettered", after - before);
        if (after > before) {
            context.failure(step, (after - before) + " message(s) went to a dead-letter topic (*.dlq) during the step");
        }
    }

    /** The work still to do, as counts; -1 where it could not be read. */
    record Backlog(Map<String, Long> endOffsets, long intakeOutbox, long assessmentOutbox, long notificationOutbox,
            long pendingEmails) {

        long total() {
            return Math.max(0, intakeOutbox) + Math.max(0, assessmentOutbox) + Math.max(0, notificationOutbox)
                    + Math.max(0, pendingEmails);
        }

        void writeTo(ObjectNode node) {
            ObjectNode ends = node.putObject("topicEndOffsets");
            endOffsets.forEach(ends::put);
            node.put("intakeOutboxUnsent", intakeOutbox);
            node.put("assessmentOutboxUnsent", assessmentOutbox);
            node.put("notificationOutboxUnsent", notificationOutbox);
            node.put("pendingEmails", pendingEmails);
        }

        String describe() {
            return String.format(java.util.Locale.UK, "unsent events: intake %s, assessment %s, notification %s; emails pending %s",
                    show(intakeOutbox), show(assessmentOutbox), show(notificationOutbox), show(pendingEmails));
        }

        private static String show(long n) {
            return n < 0 ? "?" : String.format(java.util.Locale.UK, "%,d", n);
        }
    }

    Backlog backlog() {
        Map<String, Long> ends;
        try {
            ends = endOffsets(TOPICS);
        } catch (Exception e) {
            ends = new LinkedHashMap<>();
            for (String topic : TOPICS) {
                ends.put(topic, -1L);
            }
            reasons.putIfAbsent("kafka", "end offsets: " + MachineStep.reason(e));
        }
        String unsent = "select count(*) from outbox_event where sent_at is null and parked_at is null";
        return new Backlog(ends, count("intake", unsent), count("assessment", unsent), count("notification", unsent),
                count("notification", "select count(*) from outgoing_message where status = 'PENDING'"));
    }

    private long count(String service, String sql) {
        String key = service + ": " + sql;
        if (unavailable.contains(key)) {
            return -1;
        }
        try {
            Connection connection = connection(service);
            try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException | RuntimeException e) {
            unavailable.add(key);
            reasons.put(key, MachineStep.reason(e));
            return -1;
        }
    }

    private Connection connection(String service) throws SQLException {
        Connection connection = connections.get(service);
        if (connection != null && connection.isValid(2)) {
            return connection;
        }
        connection = settings.readOnlyConnection(service);
        connection.setAutoCommit(true);
        connections.put(service, connection);
        return connection;
    }

    /** Checks that could not be made, and why. */
    Map<String, String> unavailableChecks() {
        return Map.copyOf(reasons);
    }

    /** The result of one wait for the pipeline to settle. */
    record Settled(String label, double waitedSeconds, boolean quiet, Backlog backlog) {

        void writeTo(ObjectNode node) {
            node.put("label", label);
            node.put("waitedSeconds", Math.round(waitedSeconds * 10) / 10.0);
            node.put("quiet", quiet);
            backlog.writeTo(node.putObject("backlog"));
        }
    }

    /** Waits until nothing has changed for three seconds, or until the cap; prints progress every two seconds. */
    Settled settle(String label, int capSeconds) throws InterruptedException {
        long start = System.nanoTime();
        long cap = start + capSeconds * 1_000_000_000L;
        Backlog last = backlog();
        long lastChange = System.nanoTime();
        long nextLine = start + 2_000_000_000L;
        while (true) {
            long now = System.nanoTime();
            if (now - lastChange >= QUIET_NANOS) {
                Settled settled = new Settled(label, (now - start) / 1e9, true, last);
                Console.say("  settled (%s) after %.0f s: %s", label, settled.waitedSeconds(), last.describe());
                return settled;
            }
            if (now >= cap) {
                Settled settled = new Settled(label, (now - start) / 1e9, false, last);
                Console.say("  not settled (%s) after the cap of %d s, going on: %s", label, capSeconds, last.describe());
                return settled;
            }
            Thread.sleep(500);
            Backlog current = backlog();
            if (!Objects.equals(current, last)) {
                last = current;
                lastChange = System.nanoTime();
            }
            if (System.nanoTime() >= nextLine) {
                Console.say("  settling (%s) %.0f s: %s", label, (System.nanoTime() - start) / 1e9, current.describe());
                nextLine += 2_000_000_000L;
            }
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(2));
        for (Connection connection : connections.values()) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
    }
}
