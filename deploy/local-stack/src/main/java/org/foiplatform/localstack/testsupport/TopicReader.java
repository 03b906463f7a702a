package org.foiplatform.localstack.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Reads a topic from the beginning and waits for the records a test expects. Topics are shared by
 * test classes that share a broker, so every read filters by the record key (the reference).
 */
public final class TopicReader {

    private TopicReader() {
    }

    /** Sends one record and waits for the broker's acknowledgement. */
    public static void produce(KafkaCompanion companion, String topic, String key, String message) {
        companion.produceStrings().fromRecords(new ProducerRecord<>(topic, key, message))
                .awaitCompletion(Duration.ofSeconds(30));
    }

    /** Waits until at least {@code count} records with {@code key} are on {@code topic}, and returns them all. */
    public static List<ConsumerRecord<String, String>> await(KafkaCompanion companion, String topic, String key,
            int count, Duration timeout) {
        return await(companion, topic, r -> key.equals(r.key()), count, timeout);
    }

    public static List<ConsumerRecord<String, String>> await(KafkaCompanion companion, String topic,
            Predicate<ConsumerRecord<String, String>> match, int count, Duration timeout) {
        try (ConsumerTask<String, String> task = companion.consumeStrings().fromTopics(topic)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            List<ConsumerRecord<String, String>> found = List.of();
            while (System.nanoTime() < deadline) {
                found = task.getRecords().stream().filter(match).toList();
                if (found.size() >= count) {
                    return found;
                }
                sleep(100);
            }
            throw new AssertionError("Expected " + count + " matching record(s) on " + topic + " within " + timeout
                    + " but found " + found.size());
        }
    }

    /**
     * Every record with {@code key} on {@code topic}: the topic is read to its current end, then for
     * {@code settle} more. Used to show that something happened exactly once (or not at all), not merely
     * at least once. It reads without a consumer group, so no group join can make it miss records.
     */
    public static List<ConsumerRecord<String, String>> settled(KafkaCompanion companion, String topic, String key,
            Duration settle) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, companion.getBootstrapServers());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            long hardDeadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            List<TopicPartition> partitions = List.of();
            while (partitions.isEmpty() && System.nanoTime() < hardDeadline) {
                partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                        .map(info -> new TopicPartition(topic, info.partition())).toList();
            }
            if (partitions.isEmpty()) {
                throw new AssertionError("Topic " + topic + " has no partitions after 30 s: nothing can be shown about it");
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long settleUntil = System.nanoTime() + settle.toNanos();
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            while (true) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                }
                boolean caughtUp = partitions.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp));
                long now = System.nanoTime();
                if (caughtUp && now >= settleUntil) {
                    return found;
                }
                if (now >= hardDeadline) {
                    // Never return a partial read as if it were the whole topic.
                    throw new AssertionError("Could not read " + topic + " to its end within 30 s; found " + found.size()
                            + " record(s) with key " + key + " so far");
                }
            }
        }
    }

    /**
     * Waits until consumer group {@code group} has handled (committed past) the first record on {@code topic}
     * that {@code marker} matches: then every record before it on that partition was handled too. The proof
     * that something did not happen: send a later event on the same key as the marker, wait for it here, then
     * look. Fails if the marker never appears or is not handled within {@code timeout}.
     */
    public static void awaitHandled(KafkaCompanion companion, String group, String topic,
            Predicate<ConsumerRecord<String, String>> marker, Duration timeout) {
        ConsumerRecord<String, String> found = await(companion, topic, marker, 1, timeout).get(0);
        TopicPartition partition = new TopicPartition(found.topic(), found.partition());
        Properties config = new Properties();
        config.put(org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, companion.getBootstrapServers());
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(config)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            long committed = -1;
            while (System.nanoTime() < deadline) {
                var offsets = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                        .get(10, java.util.concurrent.TimeUnit.SECONDS);
                var offset = offsets.get(partition);
                committed = offset == null ? -1 : offset.offset();
                if (committed > found.offset()) {
                    return;
                }
                sleep(100);
            }
            throw new AssertionError("Group " + group + " did not handle the marker at " + partition + "@"
                    + found.offset() + " within " + timeout + " (committed " + committed + ")");
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Could not read the offsets of group " + group, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The value of a header of a record as text, or null if it has none of that name. */
    public static String header(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record, String name) {
        org.apache.kafka.common.header.Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * A reference in the right format but longer than any service's column for it (32 characters): an event
     * about it can be read, but handling it fails every time, as a bug or bad data would make it.
     */
    public static final String UNSTORABLE_REFERENCE = "FOI-2026-" + "0".repeat(30) + "1";
}
