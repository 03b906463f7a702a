package org.foiplatform.assessment.domain;

/** A question of the request and, once decided, its outcome and the answer given. */
public record CaseQuestion(int number, String text, Outcome outcome, String answer) {

    public CaseQuestion decided(Outcome newOutcome, String newAnswer) {
        return new CaseQuestion(number, text, newOutcome, newAnswer);
    }
}
