package org.foiplatform.intake.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of intake-service ({@code foi.intake.*} in application.properties). */
@ConfigMapping(prefix = "foi.intake")
public interface IntakeConfig {

    /** The zone in which the date of receipt, and so the reference's year, is reckoned. */
    @WithDefault("Europe/London")
    String zone();

    @WithDefault("200")
    int maxNameLength();

    @WithDefault("5000")
    int maxQuestionLength();

    @WithDefault("50")
    int maxQuestions();

    /** Characters in all the questions of one request together. None of the limits may exceed contracts' InputLimits. */
    @WithDefault("20000")
    int maxRequestText();

    /** The authority's name, in the portal's header and pages. */
    @WithDefault("Example City Council")
    String authorityName();

    /** Where response-service serves the requester's letter (intake fetches it for the tracking page's link). */
    @WithDefault("http://127.0.0.1:8083")
    String responseBaseUrl();
}
