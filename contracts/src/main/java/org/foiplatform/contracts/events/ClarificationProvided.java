package org.foiplatform.contracts.events;

import java.time.Instant;
import java.util.Objects;

/**
 * The requester answered the authority's request for clarification (FOIA s.1(3)): the day it arrived is the new
 * date of receipt, day 0 of the clock. Published by intake when the requester replies through the portal.
 */
public record ClarificationProvided(String reference, Instant receivedAt, String text) {

    public ClarificationProvided {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(text, "text");
    }
}
