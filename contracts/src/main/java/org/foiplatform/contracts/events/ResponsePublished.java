package org.foiplatform.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A response has been published, anonymised, on the disclosure log: the requester consented, it was not a subject
 * access request, and the publication delay has passed. It carries the anonymised questions and outcomes (no name,
 * email or postal address; email addresses, phone numbers and postcodes masked) so that intake can suggest it to
 * people about to ask the same thing. {@code path} is the entry's public page on response-service.
 */
public record ResponsePublished(String reference, UUID entryId, String regime, String caseOutcome,
        LocalDate respondedOn, Instant publishedAt, String title, String path, List<String> exemptions,
        List<Question> questions) {

    public ResponsePublished {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(path, "path");
        exemptions = exemptions == null ? List.of() : List.copyOf(exemptions);
        questions = List.copyOf(Objects.requireNonNull(questions, "questions"));
    }

    /** One question as published (anonymised), with its outcome. */
    public record Question(int number, String question, String outcome) {
        public Question {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(outcome, "outcome");
        }
    }
}
