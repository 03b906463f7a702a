package org.foiplatform.contracts.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An internal review was decided by an officer who neither drafted nor approved the original decision: per
 * question whether the original outcome is upheld, partly overturned or overturned, and why. {@code outcome} is the
 * review's as a whole; {@code late} whether it came after {@code dueDate} (20 working days from the request, 40 at
 * most). For the letter and the email, which tell the requester they may now complain to the regulator.
 */
public record ReviewDecided(String reference, String regime, LocalDate requestedOn, LocalDate dueDate,
        LocalDate decidedOn, boolean late, String reviewer, String outcome, List<Question> questions) {

    public ReviewDecided {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(requestedOn, "requestedOn");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(outcome, "outcome");
        questions = List.copyOf(Objects.requireNonNull(questions, "questions"));
    }

    /** One question: its original outcome, the review's finding and the reasons. */
    public record Question(int number, String question, String originalOutcome, String finding, String reasons) {
        public Question {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(finding, "finding");
            Objects.requireNonNull(reasons, "reasons");
        }
    }
}
