package org.foiplatform.response.application;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.response.domain.DisclosureEntry;
import org.jboss.logging.Logger;

/**
 * Takes an entry off the public disclosure log (for example, personal data the anonymiser missed). The entry and
 * the reason are kept, so the decision can be reviewed; nothing public shows it again.
 */
@ApplicationScoped
public class UnpublishEntry {

    private static final Logger LOG = Logger.getLogger(UnpublishEntry.class);
    public static final int MAX_REASON = 1_000;

    private final DisclosureLog log;
    private final Clock clock;

    private final LetterRepository letters;

    public UnpublishEntry(DisclosureLog log, Clock clock, LetterRepository letters) {
        this.letters = letters;
        this.log = log;
        this.clock = clock;
    }

    /** Thrown when there is no public entry for the reference. */
    public static class NotPublishedException extends RuntimeException {
        public NotPublishedException(String reference) {
            super("No published entry for " + reference);
        }
    }

    /** Takes the entry down; returns when. */
    @Transactional
    public Instant unpublish(String reference, String reason, String by) {
        Instant now = clock.instant();
        java.util.UUID letterId = log.find(reference).map(DisclosureEntry::letterId).orElse(null);
        if (!log.unpublish(reference, reason, now)) {
            throw new NotPublishedException(reference);
        }
        if (letterId != null) {
            letters.find(letterId).filter(l -> l.status() == org.foiplatform.response.domain.LetterStatus.PUBLISHED)
                    .ifPresent(l -> {
                        l.unpublished();
                        letters.changeStatus(l.id(), l.status());
                    });
        }
        LOG.infof("%s took %s off the disclosure log", by, reference);
        return now;
    }
}
