package org.foiplatform.messaging.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RateLimiter limiter = new RateLimiter(6, now::get);

    @Test
    void a_key_may_go_its_share_of_a_minute_at_once_then_waits_for_the_refill() {
        for (int i = 0; i < 6; i++) {
            assertThat(limiter.admit("a")).isZero();
        }
        // Six a minute: one more every ten seconds.
        assertThat(limiter.admit("a")).isEqualTo(Duration.ofSeconds(10));
        assertThat(limiter.admit("b")).isZero();
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(limiter.admit("a")).isZero();
        assertThat(limiter.admit("a")).isPositive();
    }

    @Test
    void when_too_many_keys_are_remembered_the_refilled_ones_are_forgotten_and_the_others_kept() {
        for (int i = 0; i < 6; i++) {
            limiter.admit("busy");
        }
        for (int i = 1; i < RateLimiter.MOST_KEYS; i++) {
            limiter.admit("k" + i);
        }
        assertThat(limiter.remembered()).isEqualTo(RateLimiter.MOST_KEYS);
        // Fifty seconds on: each "k" has refilled (it used one of six), "busy" has not (it used all six).
        now.addAndGet(Duration.ofSeconds(50).toNanos());
        assertThat(limiter.admit("new")).isZero();
        assertThat(limiter.remembered()).isEqualTo(2);
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.admit("busy")).isZero();
        }
        assertThat(limiter.admit("busy")).isPositive();
    }
}
