package org.foiplatform.response.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a response letter says, before it is laid out. All text is the requester's or officer's: escape it.
 * {@code requesterName}, {@code receivedOn}, {@code dueDate} and {@code reviewBy} are null when the decision did not
 * carry them (a version 1 event).
 */
public record LetterContent(String reference, LocalDate dateOfIssue, String authorityName, String authorityEmail,
        String authorityAddress, String subject, String law, String requesterName, LocalDate receivedOn,
        LocalDate dueDate, boolean late, LocalDate reviewBy, List<Answer> answers) {

    /** One question with its outcome, answer and what backs the outcome. */
    public record Answer(int number, String question, String outcome, String answer, List<Citation> citations,
            Estimate estimate, String advice) {
        public Answer {
            citations = citations == null ? List.of() : List.copyOf(citations);
        }

        public Answer(int number, String question, String outcome, String answer) {
            this(number, question, outcome, answer, List.of(), null, null);
        }
    }

    /** An exemption or exception cited, why it applies, and the public interest test where there is one. */
    public record Citation(String provision, String title, boolean absolute, String reason, String availableAt,
            String forDisclosure, String againstDisclosure, String conclusion) {
        public boolean hasPublicInterestTest() {
            return conclusion != null;
        }
    }

    /** The estimate behind a refusal on cost: each line, the total, and the limit it exceeds. */
    public record Estimate(String regulations, List<Line> lines, String hours, String cost, String limit,
            String limitHours, String rate) {
    }

    /** One activity of an estimate. */
    public record Line(String activity, long units, String minutesPerUnit, String hours, String explanation) {
    }
}
