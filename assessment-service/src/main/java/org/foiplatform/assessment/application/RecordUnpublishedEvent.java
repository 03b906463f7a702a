package org.foiplatform.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.contracts.events.EventParked;
import org.jboss.logging.Logger;

/**
 * Puts an event that a service parked (EventParked: its broker refused the event for good) on its case's
 * timeline, so that the officer knows something this request needs did not happen: never only a log line.
 */
@ApplicationScoped
public class RecordUnpublishedEvent {

    private static final Logger LOG = Logger.getLogger(RecordUnpublishedEvent.class);

    private final CaseRepository cases;

    public RecordUnpublishedEvent(CaseRepository cases) {
        this.cases = cases;
    }

    @Transactional
    public void record(EventParked parked) {
        InformationCase informationCase = cases.find(parked.reference()).orElse(null);
        if (informationCase == null) {
            // intake's own RequestReceived, say: there is no case to tell; the admin's list and metric show it.
            LOG.errorf("%s parked %s for %s, which has no case here", parked.service(), parked.eventType(),
                    parked.reference());
            return;
        }
        if (informationCase.eventNotPublished(parked.service(), parked.eventType(), parked.eventId(), parked.reason(),
                parked.parkedAt())) {
            cases.update(informationCase);
            LOG.warnf("Case %s: %s parked %s; on the case's timeline", parked.reference(), parked.service(),
                    parked.eventType());
        }
    }
}
