package org.foiplatform.messaging.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per key (a client address): up to {@code perMinute} at once, refilled steadily at {@code perMinute}
 * a minute. {@link #admit} says how long the key must wait, zero when it may go ahead (and it is then counted). At
 * most {@code MOST_KEYS} keys are remembered; beyond that, keys whose bucket has refilled are forgotten first (a full
 * bucket is the same as none). Kept in memory: each instance of the service counts on its own. Framework-free; the
 * public side of every service uses it (intake's requests for information, assessment's calculator and statistics).
 */
public final class RateLimiter {

    static final int MOST_KEYS = 10_000;
    private static final double NANOS_PER_MINUTE = 60e9;

    private final double perMinute;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute, LongSupplier nanoTime) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("At least one a minute: " + perMinute);
        }
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    private static final class Bucket {
        private double tokens;
        private long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }

        void refill(long now, double perMinute) {
            tokens = Math.min(perMinute, tokens + (now - updated) * perMinute / NANOS_PER_MINUTE);
            updated = now;
        }
    }

    public Duration admit(String key) {
        long now = nanoTime.getAsLong();
        if (buckets.size() >= MOST_KEYS) {
            buckets.values().removeIf(b -> {
                synchronized (b) {
                    b.refill(now, perMinute);
                    return b.tokens >= perMinute;
                }
            });
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now));
        synchronized (bucket) {
            bucket.refill(now, perMinute);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) * NANOS_PER_MINUTE / perMinute));
        }
    }

    /** Keys remembered now. */
    int remembered() {
        return buckets.size();
    }
}
