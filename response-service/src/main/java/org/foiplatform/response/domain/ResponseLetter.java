package org.foiplatform.response.domain;

import java.time.Instant;
import java.util.UUID;

/** A response letter as issued. Letters are versioned: a corrected letter is a new version, never an edit. */
public record ResponseLetter(UUID id, String reference, int version, Instant issuedAt, String subject, String html) {

    public static String subjectFor(String reference) {
        return "Your request for information " + reference;
    }
}
