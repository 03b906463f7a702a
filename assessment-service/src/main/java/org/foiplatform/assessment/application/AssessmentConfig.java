package org.foiplatform.assessment.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of assessment-service ({@code foi.assessment.*}). Legal values live here, not in code. */
@ConfigMapping(prefix = "foi.assessment")
public interface AssessmentConfig {

    /** The zone in which the date of receipt is reckoned. */
    @WithDefault("Europe/London")
    String zone();

    /** FOIA s.10(1): the twentieth working day following the date of receipt. */
    @WithDefault("20")
    int workingDays();
}
