package org.foiplatform.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The decision on every question of a request has been approved and may be issued. */
public record DecisionApproved(String reference, Instant approvedAt, String approvedBy, List<QuestionOutcome> outcomes) {

    public DecisionApproved {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(approvedAt, "approvedAt");
        outcomes = List.copyOf(Objects.requireNonNull(outcomes, "outcomes"));
    }

    /** The outcome for one question, with the question as the requester asked it. */
    public record QuestionOutcome(int number, String question, String outcome, String answer) {
        public QuestionOutcome {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(answer, "answer");
        }
    }
}
