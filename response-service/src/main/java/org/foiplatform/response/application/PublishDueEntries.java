package org.foiplatform.response.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.events.ResponsePublished;
import org.foiplatform.messaging.EventRecorder;
import org.foiplatform.response.domain.DisclosureEntry;
import org.jboss.logging.Logger;

/**
 * Publishes the disclosure log entries that are due: sets when each was published and records
 * {@code ResponsePublished} in the outbox, in one transaction per batch. The entries are locked with
 * {@code for update skip locked}, so a second instance running the same sweep takes other entries (or none), and an
 * entry is published once.
 */
@ApplicationScoped
public class PublishDueEntries {

    private static final Logger LOG = Logger.getLogger(PublishDueEntries.class);
    static final int BATCH = 100;

    private final DisclosureLog log;
    private final EventRecorder events;
    private final AuthorityProfile profile;
    private final Clock clock;
    private final LetterRepository letters;

    public PublishDueEntries(DisclosureLog log, EventRecorder events, AuthorityProfile profile, Clock clock,
            LetterRepository letters) {
        this.log = log;
        this.events = events;
        this.profile = profile;
        this.clock = clock;
        this.letters = letters;
    }

    /** Publishes one batch of due entries; returns how many (a full batch means more may be waiting). */
    @Transactional
    public int publishBatch() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of(profile.zone()));
        List<DisclosureEntry> due = log.lockDue(today, BATCH);
        for (DisclosureEntry entry : due) {
            log.markPublished(entry.id(), now);
            // The letter itself moves on too (issued, then published), where it is still the issued one.
            letters.find(entry.letterId()).filter(l -> l.status() == org.foiplatform.response.domain.LetterStatus.ISSUED)
                    .ifPresent(l -> {
                        l.published();
                        letters.changeStatus(l.id(), l.status());
                    });
            events.record(EventType.RESPONSE_PUBLISHED, entry.reference(), new ResponsePublished(entry.reference(),
                    entry.id(), entry.regime(), entry.caseOutcome(), entry.respondedOn(), now, entry.title(),
                    entry.path(), entry.exemptions(), entry.questions().stream()
                            .map(q -> new ResponsePublished.Question(q.number(), q.question() == null ? "" : q.question(),
                                    q.outcome() == null ? "" : q.outcome()))
                            .toList()));
            LOG.infof("Published %s on the disclosure log", entry.reference());
        }
        return due.size();
    }

    /** Publishes every due entry, a batch per transaction; returns how many. */
    public int publishAllDue() {
        int total = 0;
        int published;
        do {
            published = publishBatch();
            total += published;
        } while (published == BATCH);
        return total;
    }
}
