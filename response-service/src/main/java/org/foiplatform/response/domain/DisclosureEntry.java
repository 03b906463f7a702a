package org.foiplatform.response.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An entry of the public disclosure log, as stored: already anonymised. One entry per reference; a later letter
 * for the same request replaces what it says. {@code publishedAt} is null until the entry is due and published;
 * {@code unpublishedAt} and {@code unpublishReason} are set when an admin takes it down.
 */
public record DisclosureEntry(UUID id, String reference, UUID letterId, String regime, String caseOutcome,
        LocalDate respondedOn, LocalDate publishOn, Instant publishedAt, Instant unpublishedAt,
        String unpublishReason, String title, List<Question> questions, List<String> exemptions, String letterHtml) {

    public DisclosureEntry {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(regime, "regime");
        questions = questions == null ? List.of() : List.copyOf(questions);
        exemptions = exemptions == null ? List.of() : List.copyOf(exemptions);
    }

    /** One question as published: anonymised, with its outcome (a code such as NOT_HELD) and the exemptions cited. */
    public record Question(int number, String question, String outcome, String answer, List<String> exemptions) {
        public Question {
            exemptions = exemptions == null ? List.of() : List.copyOf(exemptions);
        }

        /** The outcome as the public reads it. */
        public String outcomeInWords() {
            return OutcomeWording.of(outcome);
        }
    }

    /** Visible to the public: published and not taken down. */
    public boolean isPublic() {
        return publishedAt != null && unpublishedAt == null;
    }

    /** The entry's public page, relative to this service's address. */
    public String path() {
        return pathOf(reference);
    }

    public static String pathOf(String reference) {
        return "/disclosure-log/" + reference;
    }
}
