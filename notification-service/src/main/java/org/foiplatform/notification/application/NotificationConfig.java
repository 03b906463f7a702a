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
     * How often pending messages are sent. The scheduler reads {@code foi.notification.dispatch-interval}
     * itself; it is declared here so that the mapping knows every key under {@code foi.notification}.
     */
    @WithDefault("1s")
    String dispatchInterval();

    /** The pause after the first failed attempt; it doubles after each further failure. */
    @WithDefault("5s")
    java.time.Duration firstRetryPause();

    /** The longest pause between attempts. */
    @WithDefault("30m")
    java.time.Duration longestRetryPause();

    /** Messages sent per dispatch pass. */
    @WithDefault("20")
    int batchSize();
}
