package org.foiplatform.assessment.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a case's clock history. The due date is derived from the whole history, so that pauses,
 * restarts and extensions compose.
 *
 * @param amount further working days (or months, for SAR) of an {@link Kind#EXTENDED} entry; 0 otherwise
 * @param reason why, in the officer's words (extensions, clarifications); may be null
 */
public record ClockEvent(Kind kind, LocalDate on, int amount, String reason) {

    public enum Kind {
        /** The date of receipt: day 0. */
        RECEIVED,
        /** FOIA s.1(3), EIR reg 9(4), FOISA s.1(3), UK GDPR Art. 12A: the authority asked what is wanted. */
        CLARIFICATION_REQUESTED,
        /** The requester's answer: a new day 0 (for SAR, the end of the pause). */
        CLARIFICATION_RECEIVED,
        /** FOIA s.9, FOISA s.9, EIR reg 8, EIRS reg 8: a fees notice (a charge) was given. */
        FEES_NOTICE_GIVEN,
        /** The fee was received. */
        FEE_RECEIVED,
        /** An extension: FOIA s.10(3), EIR/EIRS reg 7, UK GDPR Art. 12(3). */
        EXTENDED
    }

    public ClockEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(on, "on");
        if (amount < 0) {
            throw new IllegalArgumentException("amount must not be negative");
        }
    }

    public static ClockEvent received(LocalDate on) {
        return new ClockEvent(Kind.RECEIVED, on, 0, null);
    }

    public static ClockEvent of(Kind kind, LocalDate on) {
        return new ClockEvent(kind, on, 0, null);
    }
}
