package org.foiplatform.notification.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of notification-service ({@code foi.notification.*}). */
@ConfigMapping(prefix = "foi.notification")
public interface NotificationConfig {

    /** Attempts before a message is given up as FAILED. */
    @WithDefault("10")
    int maxAttempts();

    /**
     * The dispatcher wakes when a message is stored; this is the safety net, and how often messages whose
     * retry pause has passed are tried again.
     */
    @WithDefault("1s")
    java.time.Duration safetyPoll();

    /** Emails handed to the SMTP server at the same time. */
    @WithDefault("4")
    int concurrency();

    /** The pause after the first failed attempt; it doubles after each further failure. */
    @WithDefault("5s")
    java.time.Duration firstRetryPause();

    /** The longest pause between attempts. */
    @WithDefault("30m")
    java.time.Duration longestRetryPause();

    /** Messages taken per dispatch pass. */
    @WithDefault("64")
    int batchSize();

    /**
     * The longest an SMTP send may take. A server that accepts the connection and then says nothing would
     * otherwise hold a sender until its own timeout; after this the send counts as failed and is retried.
     */
    @WithDefault("15s")
    java.time.Duration sendTimeout();
}
