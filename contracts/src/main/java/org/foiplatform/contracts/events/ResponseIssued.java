package org.foiplatform.contracts.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A response letter has been issued. The letter travels with the event so the mailer needs no call back. */
public record ResponseIssued(String reference, UUID letterId, int letterVersion, Instant issuedAt, String subject,
        String letterHtml) {

    public ResponseIssued {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(letterId, "letterId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(letterHtml, "letterHtml");
    }
}
