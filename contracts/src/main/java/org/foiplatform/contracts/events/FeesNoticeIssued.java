package org.foiplatform.contracts.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The authority gave a fees notice (FOIA s.9, EIR reg 8, FOISA s.9): the clock stops until the fee is paid; unpaid by
 * {@code lapsesOn} the request lapses. {@code calculation} says how the amount was worked out.
 */
public record FeesNoticeIssued(String reference, String regime, LocalDate issuedOn, BigDecimal amountPounds,
        String calculation, LocalDate lapsesOn) {

    public FeesNoticeIssued {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(amountPounds, "amountPounds");
        Objects.requireNonNull(calculation, "calculation");
    }
}
