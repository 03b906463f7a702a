package org.foiplatform.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads NotificationSent from {@code foi.notification.v1} with a plain consumer and no group: all partitions
 * assigned, starting from the end offsets taken when it starts (before the load), so that only what this run caused
 * is seen. notification-service publishes NotificationSent after the SMTP server accepted the email; its
 * {@code sentAt} is that moment. The envelope is read as plain JSON ({@code payload.reference}, {@code payload.kind},
 * {@code payload.sentAt}), so the bench depends on the wire format only.
 */
final class NotificationWatcher implements AutoCloseable {

    static final String TOPIC = "foi.notification.v1";
    /** NotificationSent's {@code kind} of an acknowledgement: the name of notification-service's template pair. */
    static final String ACKNOWLEDGEMENT = "acknowledgement";

    /** One NotificationSent: when the mail server accepted it, and when the bench read it. */
    record Sent(Instant sentAt, long seenNanos) {
    }

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Map<String, List<Sent>> acknowledgements = new ConcurrentHashMap<>();
    private final LongAdder records = new LongAdder();
    private final LongAdder unreadable = new LongAdder();
    private final Thread thread;
    private volatile boolean stopping;
    private volatile String failure;
    private final Map<Integer, Long> startOffsets = new ConcurrentHashMap<>();

    NotificationWatcher(String bootstrap) {
        this.consumer = Pipeline.consumer(bootstrap);
        // Taken now, before any load: everything from here on is this run's.
        List<TopicPartition> partitions = partitions();
        if (!partitions.isEmpty()) {
            consumer.assign(partitions);
            consumer.endOffsets(partitions, Duration.ofSeconds(15)).forEach((tp, offset) -> {
                consumer.seek(tp, offset);
                startOffsets.put(tp.partition(), offset);
            });
        }
        this.thread = new Thread(this::loop, "bench-notification-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private List<TopicPartition> partitions() {
        List<PartitionInfo> infos = consumer.partitionsFor(TOPIC, Duration.ofSeconds(15));
        List<TopicPartition> out = new ArrayList<>();
        if (infos != null) {
            infos.forEach(p -> out.add(new TopicPartition(p.topic(), p.partition())));
        }
        return out;
    }

    private void loop() {
        try {
            while (!stopping) {
                if (consumer.assignment().isEmpty()) {
                    // The topic did not exist yet: once it does, all of it is new.
                    List<TopicPartition> partitions = partitions();
                    if (partitions.isEmpty()) {
                        Thread.sleep(500);
                        continue;
                    }
                    consumer.assign(partitions);
                    consumer.seekToBeginning(partitions);
                    partitions.forEach(tp -> startOffsets.put(tp.partition(), 0L));
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    records.increment();
                    handle(record.value());
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (Exception e) {
            failure = MachineStep.reason(e);
            Console.say("!! the NotificationSent reader stopped: %s", failure);
        }
    }

    private void handle(byte[] value) {
        long seen = System.nanoTime();
        try {
            JsonNode payload = Json.MAPPER.readTree(new String(value, StandardCharsets.UTF_8)).path("payload");
            String kind = payload.path("kind").asText(null);
            String reference = payload.path("reference").asText(null);
            String sentAt = payload.path("sentAt").asText(null);
            if (kind == null || reference == null || sentAt == null) {
                unreadable.increment();
                return;
            }
            if (ACKNOWLEDGEMENT.equals(kind)) {
                acknowledgements.computeIfAbsent(reference, r -> new CopyOnWriteArrayList<>())
                        .add(new Sent(Instant.parse(sentAt), seen));
            }
        } catch (Exception e) {
            unreadable.increment();
        }
    }

    /** The first acknowledgement of a reference, if one has been seen. */
    Optional<Sent> acknowledgement(String reference) {
        List<Sent> sent = acknowledgements.get(reference);
        return sent == null || sent.isEmpty() ? Optional.empty() : Optional.of(sent.get(0));
    }

    int acknowledgementCount(String reference) {
        List<Sent> sent = acknowledgements.get(reference);
        return sent == null ? 0 : sent.size();
    }

    long records() {
        return records.sum();
    }

    long unreadable() {
        return unreadable.sum();
    }

    Map<Integer, Long> startOffsets() {
        return Map.copyOf(startOffsets);
    }

    /** Why the reader stopped, if it did. */
    String failure() {
        return failure;
    }

    @Override
    public void close() {
        stopping = true;
        consumer.wakeup();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        consumer.close();
    }
}
