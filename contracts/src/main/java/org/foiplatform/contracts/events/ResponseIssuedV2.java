package org.foiplatform.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Version 2 of {@code foi.response.response-issued}: a letter has been issued, and the event says where to fetch it
 * rather than carrying it (a claim check, ADR 0009). {@code documents} lists each rendering (HTML, plain text, PDF)
 * with its media type, size and SHA-256, fetched from response-service's internal letters API at {@code path}. {@code
 * kind} is {@code DECISION} for the response to a request and {@code REVIEW} for an internal review's outcome.
 */
public record ResponseIssuedV2(String reference, UUID letterId, int letterVersion, String kind, String regime,
        Instant issuedAt, String subject, List<Document> documents) {

    public ResponseIssuedV2 {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(letterId, "letterId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(subject, "subject");
        documents = List.copyOf(Objects.requireNonNull(documents, "documents"));
    }

    /** The rendering in the given format (html, text or pdf), if the letter has one. */
    public java.util.Optional<Document> document(String format) {
        return documents.stream().filter(d -> d.format().equals(format)).findFirst();
    }

    /** One rendering of the letter: its format, media type, where to fetch it, its size in bytes and SHA-256 (hex). */
    public record Document(String format, String mediaType, String path, long bytes, String sha256) {
        public Document {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(sha256, "sha256");
        }
    }
}
