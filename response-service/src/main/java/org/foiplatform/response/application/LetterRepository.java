package org.foiplatform.response.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.foiplatform.response.domain.Letter;
import org.foiplatform.response.domain.LetterDocument;
import org.foiplatform.response.domain.LetterStatus;

/** The letters and their renderings. Documents are added, never replaced. */
public interface LetterRepository {

    /** The highest version for the reference, 0 if none. */
    int latestVersion(String reference);

    /** Stores a letter, checked, with its renderings (none for a blocked letter). */
    void add(Letter letter, List<LetterDocument> documents);

    Optional<Letter> find(UUID id);

    /** Every version for the reference, oldest first. */
    List<Letter> forReference(String reference);

    /** The latest letter of the reference in one of the statuses, if any. */
    Optional<Letter> latest(String reference, List<LetterStatus> statuses);

    Optional<LetterDocument> document(UUID letterId, LetterDocument.Format format);

    /** Moves a letter on (ISSUED to PUBLISHED and back); the content never changes. */
    void changeStatus(UUID id, LetterStatus status);
}
