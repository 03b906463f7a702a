package org.foiplatform.contracts;

/**
 * Topic names: {@code foi.<producer>.v1}, keyed by the request reference so that events about
 * one request keep their order. Each consumer has its own dead-letter topic.
 */
public final class Topics {
    public static final String INTAKE = "foi.intake.v1";
    public static final String CASE = "foi.case.v1";
    public static final String RESPONSE = "foi.response.v1";
    public static final String NOTIFICATION = "foi.notification.v1";
    /** What the platform tells about itself rather than about a request's progress, from every service. */
    public static final String OPERATIONS = "foi.operations.v1";

    private Topics() {
    }

    /** The dead-letter topic for one consumer of one topic: {@code <topic>.<consumer>.dlq}. */
    public static String deadLetter(String topic, String consumer) {
        return topic + "." + consumer + ".dlq";
    }
}
