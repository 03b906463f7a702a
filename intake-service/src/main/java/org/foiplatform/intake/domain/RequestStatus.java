package org.foiplatform.intake.domain;

/** Where a request stands as far as intake knows. Later states arrive as events from the other services. */
public enum RequestStatus {
    RECEIVED
}
