package org.foiplatform.contracts.events;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A request lapsed and is closed: the clock was stopped for clarification (FOIA s.1(3), EIR reg 9(4), FOISA s.1(3))
 * or a fee (FOIA s.9, EIR reg 8, FOISA s.9) and nothing arrived by {@code lapsesOn}. {@code waitingFor} is
 * {@code CLARIFICATION} or {@code FEE}; {@code since} the day the clock stopped; {@code provision} the rule applied.
 */
public record RequestLapsed(String reference, String regime, String waitingFor, LocalDate since, LocalDate lapsesOn,
        LocalDate lapsedOn, String provision) {

    public RequestLapsed {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(waitingFor, "waitingFor");
        Objects.requireNonNull(lapsedOn, "lapsedOn");
    }
}
