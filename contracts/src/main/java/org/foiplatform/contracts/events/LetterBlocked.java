package org.foiplatform.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A letter failed a blocking compliance check and was not issued: nothing is sent to the requester. {@code
 * findings} name each rule that failed (and the question it concerns, when one does) with a message an officer
 * understands; the case shows them so the decision can be put right and approved again.
 */
public record LetterBlocked(String reference, UUID letterId, int letterVersion, String kind, Instant blockedAt,
        List<Finding> findings) {

    public LetterBlocked {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(letterId, "letterId");
        Objects.requireNonNull(blockedAt, "blockedAt");
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
    }

    /** One rule's finding: its name, BLOCKING or WARNING, the question number if any, and what is wrong. */
    public record Finding(String rule, String severity, Integer question, String message) {
        public Finding {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(message, "message");
        }
    }
}
