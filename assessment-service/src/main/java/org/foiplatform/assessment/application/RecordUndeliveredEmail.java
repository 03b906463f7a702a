package org.foiplatform.assessment.application;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.assessment.domain.TimelineEntry;
import org.foiplatform.contracts.events.NotificationFailed;
import org.jboss.logging.Logger;

/** Puts an email that could not be delivered (NotificationFailed) on its case's timeline, for the officer. */
@ApplicationScoped
public class RecordUndeliveredEmail {

    private static final Logger LOG = Logger.getLogger(RecordUndeliveredEmail.class);

    private final CaseTimeline timeline;

    public RecordUndeliveredEmail(CaseTimeline timeline) {
        this.timeline = timeline;
    }

    @Transactional
    public void record(NotificationFailed failed) {
        // Nothing else about the case changes: appended without loading it, as an email sent is.
        if (!timeline.append(failed.reference(), TimelineEntry.emailUndelivered(RecordCorrespondence.EMAILS
                .getOrDefault(failed.kind(), failed.kind()), failed.permanent(), failed.attempts(), failed.reason(),
                failed.failedAt()))) {
            LOG.warnf("An email for %s could not be delivered, but there is no such case here", failed.reference());
            return;
        }
        LOG.warnf("Case %s: %s email could not be delivered (%s)", failed.reference(), failed.kind(), failed.reason());
    }
}
