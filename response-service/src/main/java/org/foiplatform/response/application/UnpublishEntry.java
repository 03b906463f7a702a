package org.foiplatform.response.application;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.events.ResponseUnpublished;
import org.foiplatform.messaging.EventRecorder;
import org.foiplatform.response.domain.DisclosureEntry;
import org.jboss.logging.Logger;

/**
 * Takes an entry off the public disclosure log (for example, personal data the anonymiser missed). The entry and
 * the reason are kept, so the decision can be reviewed; nothing public shows it again, and ResponseUnpublished tells
 * intake to stop suggesting it.
 */
@ApplicationScoped
public class UnpublishEntry {

    private static final Logger LOG = Logger.getLogger(UnpublishEntry.class);
    public static final int MAX_REASON = 1_000;

    private final DisclosureLog log;
    private final Clock clock;

    private final LetterRepository letters;
    private final EventRecorder events;

    public UnpublishEntry(DisclosureLog log, Clock clock, LetterRepository letters, EventRecorder events) {
        this.events = events;
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
        java.util.Optional<DisclosureEntry> entry = log.find(reference);
        java.util.UUID letterId = entry.map(DisclosureEntry::letterId).orElse(null);
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
        // Intake stops suggesting it; the reason stays here.
        events.record(EventType.RESPONSE_UNPUBLISHED, reference, new ResponseUnpublished(reference,
                entry.map(DisclosureEntry::id).orElse(null), now));
        LOG.infof("%s took %s off the disclosure log", by, reference);
        return now;
    }
}
