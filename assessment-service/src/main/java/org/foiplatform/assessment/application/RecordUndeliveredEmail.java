package org.foiplatform.assessment.application;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.contracts.events.NotificationFailed;
import org.jboss.logging.Logger;

/** Puts an email that could not be delivered (NotificationFailed) on its case's timeline, for the officer. */
@ApplicationScoped
public class RecordUndeliveredEmail {

    private static final Logger LOG = Logger.getLogger(RecordUndeliveredEmail.class);

    private final CaseRepository cases;

    public RecordUndeliveredEmail(CaseRepository cases) {
        this.cases = cases;
    }

    @Transactional
    public void record(NotificationFailed failed) {
        InformationCase informationCase = cases.find(failed.reference()).orElse(null);
        if (informationCase == null) {
            LOG.warnf("An email for %s could not be delivered, but there is no such case here", failed.reference());
            return;
        }
        informationCase.emailUndelivered(RecordCorrespondence.EMAILS.getOrDefault(failed.kind(), failed.kind()), failed.permanent(),
                failed.attempts(), failed.reason(), failed.failedAt());
        cases.update(informationCase);
        LOG.warnf("Case %s: %s email could not be delivered (%s)", failed.reference(), failed.kind(), failed.reason());
    }
}
