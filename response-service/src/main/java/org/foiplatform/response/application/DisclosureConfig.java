package org.foiplatform.response.application;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The disclosure log's settings ({@code foi.response.disclosure.*}). */
@ConfigMapping(prefix = "foi.response.disclosure")
public interface DisclosureConfig {

    /** Working days between the letter and its publication, so that the requester reads it first. */
    @WithDefault("5")
    int delayWorkingDays();

    /** How often the entries that have come due are published (read by the scheduled sweep). */
    @WithDefault("1m")
    Duration publishEvery();

    /** How long after start-up the first sweep runs. */
    @WithDefault("10s")
    Duration publishDelayed();
}
