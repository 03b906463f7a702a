package org.foiplatform.contracts.events;

import java.time.Instant;
import java.util.Objects;

/**
 * The requester asked for an internal review of the response (FOIA Code of Practice Part 5, EIR reg 11, FOISA
 * s.20): {@code grounds} is why they are unhappy. Published by intake.
 */
public record ReviewRequested(String reference, Instant requestedAt, String grounds) {

    public ReviewRequested {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(grounds, "grounds");
    }
}
