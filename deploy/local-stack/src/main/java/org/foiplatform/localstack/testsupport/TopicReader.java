package org.foiplatform.localstack.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Reads a topic from the beginning and waits for the records a test expects. Topics are shared by
 * test classes that share a broker, so every read filters by the record key (the reference).
 */
public final class TopicReader {

    private TopicReader() {
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
     * Every record with {@code key} on {@code topic} once the topic has been quiet for {@code settle}:
     * used to show that something happened exactly once, not merely at least once.
     */
    public static List<ConsumerRecord<String, String>> settled(KafkaCompanion companion, String topic, String key,
            Duration settle) {
        try (ConsumerTask<String, String> task = companion.consumeStrings().fromTopics(topic)) {
            sleep(settle.toMillis());
            return task.getRecords().stream().filter(r -> key.equals(r.key())).toList();
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
}
