package org.foiplatform.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(30), 0.2);

    @ParameterizedTest(name = "after {0} failures, random {1}: {2} ms")
    @CsvSource({
            // attempts, random, pause (ms): 5 s doubled each time, at most 30 min, then spread by up to 20%.
            "1,  0.5,   5000",
            "2,  0.5,  10000",
            "3,  0.5,  20000",
            "9,  0.5, 1280000",
            "10, 0.5, 1800000",
            "60, 0.5, 1800000",
            "1,  0.0,   4000",
            "1,  0.999, 5998",
            "10, 0.0, 1440000",
            "10, 0.999, 2159280" })
    void the_pause_doubles_up_to_the_longest_and_is_spread_by_the_jitter(int attempts, double random, long millis) {
        assertThat(policy.pauseAfter(attempts, random)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @CsvSource({ "0, 1000, 0.2", "1000, 999, 0.2", "1000, 2000, 1.0", "1000, 2000, -0.1" })
    void nonsense_settings_are_refused(long first, long longest, double jitter) {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofMillis(first), Duration.ofMillis(longest), jitter))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
