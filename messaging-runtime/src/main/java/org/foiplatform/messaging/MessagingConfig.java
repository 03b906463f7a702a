package org.foiplatform.messaging;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the messaging runtime ({@code foi.messaging.*}). The defaults are here, so that no service
 * repeats them; a service's {@code application.properties} or the environment may override any of them.
 */
@ConfigMapping(prefix = "foi.messaging")
public interface MessagingConfig {

    Relay relay();

    Handler handler();

    Prune prune();

    Liveness liveness();

    /**
     * The largest event, in bytes, the outbox accepts. Well under the broker's 1 MB, so that nothing accepted
     * is refused by the broker later.
     */
    @WithDefault("524288")
    int maxEventBytes();

    /**
     * Kafka consumers per incoming channel: each service's {@code mp.messaging.incoming.<channel>.concurrency}
     * refers to it. Each consumer has its own share of the topic's partitions and handles its events one at a
     * time, in order, so the events of one request (one key, one partition) are never handled side by side, while
     * different requests are. On 2 cores one per channel is best (more cost CPU in polling and kept up no
     * better: ./foi bench, 30 November 2026); a machine with cores to spare can raise it.
     */
    @WithDefault("1")
    int consumersPerChannel();

    /**
     * Settings of the relay's Kafka producer, added to (and overriding) the relay's own: any producer
     * setting, such as {@code foi.messaging.producer."linger.ms"=5}.
     */
    Map<String, String> producer();

    interface Relay {
        /** Rows taken, sent and acknowledged together in one pass. */
        @WithDefault("256")
        int batchSize();

        /**
         * The relay wakes when a transaction that wrote an outbox row commits; this is only the safety net
         * for rows written elsewhere (another instance, a manual fix) or a wake that was missed.
         */
        @WithDefault("2s")
        Duration safetyPoll();

        /** How long a pass waits for the broker's acknowledgements before it counts them as failed. */
        @WithDefault("30s")
        Duration ackTimeout();
    }

    interface Handler {
        /** Attempts at handling one event before it goes to the dead-letter topic. */
        @WithDefault("5")
        int attempts();

        /** The pause after the first failed attempt; it doubles after each. */
        @WithDefault("500ms")
        Duration firstPause();

        /**
         * The longest pause between attempts while the failure is one that passes by itself (the database
         * cannot be reached, say): such an event is tried for as long as the fault lasts, never dead-lettered.
         */
        @WithDefault("10s")
        Duration longestPause();
    }

    interface Liveness {
        /**
         * A Kafka consumer that has not polled its broker for this long has stopped (its polling thread is stuck
         * or its channel was closed after a fatal failure): liveness turns DOWN, so that the platform restarts the
         * service. A consumer polls every 100 ms even while its handler waits for the database.
         */
        @WithDefault("60s")
        Duration longestPollGap();
    }

    interface Prune {
        /** How often old rows are removed. */
        @WithDefault("1h")
        String interval();

        /** Sent outbox rows older than this are removed. */
        @WithDefault("7d")
        Duration sentEventsAfter();

        /**
         * Inbox rows older than this are removed. Keep it longer than any topic keeps its messages: an event
         * redelivered after its row is gone would be handled again.
         */
        @WithDefault("30d")
        Duration processedEventsAfter();

        /** Rows removed per statement, so that pruning never holds many locks at once. */
        @WithDefault("5000")
        int chunk();
    }
}
