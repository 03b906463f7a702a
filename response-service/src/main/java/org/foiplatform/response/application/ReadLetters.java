package org.foiplatform.response.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.response.domain.Letter;
import org.foiplatform.response.domain.LetterDocument;
import org.foiplatform.response.domain.LetterStatus;

/** What officers, and the mailer, read of the letters. */
@ApplicationScoped
public class ReadLetters {

    /** Thrown when there is no such letter, or no such rendering of it. */
    public static class NotFoundException extends RuntimeException {
        public NotFoundException(String message) {
            super(message);
        }
    }

    private final LetterRepository letters;
    private final RequesterAccess requesters;

    public ReadLetters(LetterRepository letters, RequesterAccess requesters) {
        this.letters = letters;
        this.requesters = requesters;
    }

    /**
     * A rendering of the latest letter issued for the reference, for its requester: only with the token of the
     * request's tracking link. A wrong token is answered exactly as an unknown reference, so references cannot be
     * probed.
     */
    @Transactional
    public LetterDocument forRequester(String reference, String token, LetterDocument.Format format) {
        if (!requesters.tokenOpens(reference, token)) {
            throw new NotFoundException("No letter has been issued for " + reference + " yet.");
        }
        return latestIssued(reference, format);
    }

    /** Every version of the reference's letters, oldest first; empty when there are none. */
    @Transactional
    public List<Letter> forReference(String reference) {
        return letters.forReference(reference);
    }

    /** A rendering of one letter; a blocked letter has none. */
    @Transactional
    public LetterDocument document(UUID letterId, LetterDocument.Format format) {
        return letters.document(letterId, format).orElseThrow(() -> new NotFoundException("Letter " + letterId
                + " has no " + format.key() + " rendering: it does not exist, or it was blocked and never issued."));
    }

    /** A rendering of the latest letter issued for the reference. */
    @Transactional
    public LetterDocument latestIssued(String reference, LetterDocument.Format format) {
        Optional<Letter> latest = letters.latest(reference, List.of(LetterStatus.ISSUED, LetterStatus.PUBLISHED));
        return latest.flatMap(l -> letters.document(l.id(), format)).orElseThrow(() -> new NotFoundException(
                "No letter has been issued for " + reference + " yet."));
    }
}
