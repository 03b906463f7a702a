package org.foiplatform.contracts.events;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An officer drafted the decision on every question and submitted it: it awaits a second officer's approval (four
 * eyes; {@code draftedBy} may not approve it). {@code outcome} is the outcome of the request as a whole, derived from
 * its questions; {@code questions} how many there are; {@code dueDate} the day the response is due.
 */
public record DecisionSubmitted(String reference, String regime, String draftedBy, String outcome, int questions,
        LocalDate dueDate) {

    public DecisionSubmitted {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(draftedBy, "draftedBy");
        Objects.requireNonNull(outcome, "outcome");
    }
}
