package org.foiplatform.notification.domain;

import java.time.Duration;

/**
 * How long to wait after a failed attempt: {@code firstPause}, doubled after each further failure, at most
 * {@code longestPause}, and spread by up to {@code jitter} either way (0.2 is 20%) so that many messages that
 * failed together do not all come back at the same moment.
 */
public record RetryPolicy(Duration firstPause, Duration longestPause, double jitter) {

    public RetryPolicy {
        if (firstPause.isNegative() || firstPause.isZero() || longestPause.compareTo(firstPause) < 0) {
            throw new IllegalArgumentException("Need 0 < firstPause <= longestPause");
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter must be at least 0 and below 1");
        }
    }

    /** The pause after {@code attempts} failed attempts (1 or more); {@code random} is uniform in [0, 1). */
    public Duration pauseAfter(int attempts, double random) {
        Duration pause = firstPause.multipliedBy(1L << Math.min(Math.max(attempts, 1) - 1, 30));
        if (pause.compareTo(longestPause) > 0 || pause.isNegative()) {
            pause = longestPause;
        }
        double factor = 1 - jitter + 2 * jitter * random;
        return Duration.ofMillis(Math.max(1, Math.round(pause.toMillis() * factor)));
    }
}
