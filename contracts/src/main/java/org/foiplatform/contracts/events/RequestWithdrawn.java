package org.foiplatform.contracts.events;

import java.time.Instant;
import java.util.Objects;

/** The requester withdrew the request; {@code reason} is what they said, if anything. Published by intake. */
public record RequestWithdrawn(String reference, Instant withdrawnAt, String reason) {

    public RequestWithdrawn {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
    }
}
