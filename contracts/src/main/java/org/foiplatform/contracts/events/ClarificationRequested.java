package org.foiplatform.contracts.events;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The authority asked the requester to clarify the request (FOIA s.1(3), EIR reg 9(4), FOISA s.1(3), UK GDPR Art.
 * 12A): the clock stops until the answer; with none by {@code lapsesOn} the request lapses. {@code question} is what
 * the officer asked, for the email to the requester.
 */
public record ClarificationRequested(String reference, String regime, LocalDate requestedOn, String question,
        LocalDate lapsesOn) {

    public ClarificationRequested {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(requestedOn, "requestedOn");
        Objects.requireNonNull(question, "question");
    }
}
