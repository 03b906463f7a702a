package org.foiplatform.contracts.events;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An officer recorded that the requester withdrew the request by other means (a telephone call, a letter, an email to
 * the team): the case is closed and nothing more is sent. A withdrawal through the portal is intake's
 * {@code RequestWithdrawn} instead. {@code reason} is what the requester said, as the officer wrote it (at most
 * {@link #MAX_REASON} characters); {@code recordedBy} the officer's sign-in name; {@code withdrawnOn} the day it was
 * recorded.
 */
public record WithdrawalRecorded(String reference, String regime, LocalDate withdrawnOn, String reason,
        String recordedBy) {

    /** The longest reason carried. */
    public static final int MAX_REASON = 1_000;

    public WithdrawalRecorded {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(withdrawnOn, "withdrawnOn");
        Objects.requireNonNull(reason, "reason");
        if (reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("A reason of at most " + MAX_REASON + " characters");
        }
    }
}
