package org.foiplatform.assessment.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.assessment.domain.DueDateMoved;
import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.contracts.events.ClarificationProvided;
import org.foiplatform.contracts.events.RequestWithdrawn;
import org.foiplatform.contracts.events.ReviewRequested;
import org.jboss.logging.Logger;

/**
 * What the requester does through intake, arriving as events: a clarification (the clock starts again from the
 * day it arrived), a withdrawal, a request for internal review. An action the case's status does not expect (a
 * second clarification, a withdrawal after the response) is put on the timeline for the officer rather than
 * refused: the requester has done it, and an event cannot be sent back.
 */
@ApplicationScoped
public class RequesterActions {

    private static final Logger LOG = Logger.getLogger(RequesterActions.class);

    private final CaseRepository cases;
    private final CaseEvents caseEvents;
    private final Clocks clocks;
    private final Clock clock;
    private final ZoneId zone;
    private final int reviewWorkingDays;
    private final int eirReviewWorkingDays;

    public RequesterActions(CaseRepository cases, CaseEvents caseEvents, Clocks clocks, Clock clock,
            AssessmentConfig config) {
        this.cases = cases;
        this.caseEvents = caseEvents;
        this.clocks = clocks;
        this.clock = clock;
        this.zone = ZoneId.of(config.zone());
        this.reviewWorkingDays = config.reviewWorkingDays();
        this.eirReviewWorkingDays = config.eirReviewWorkingDays();
    }

    @Transactional
    public void clarificationProvided(ClarificationProvided provided) {
        InformationCase c = find(provided.reference());
        if (c == null) {
            return;
        }
        LocalDate on = LocalDate.ofInstant(provided.receivedAt(), zone);
        List<DueDateMoved> moved = new ArrayList<>(c.clarificationProvided(on, provided.text(), clock.instant(),
                clocks.current().clock()));
        cases.update(c);
        caseEvents.record(c, moved);
        LOG.infof("Clarification for %s received on %s", c.reference(), on);
    }

    @Transactional
    public void withdrawn(RequestWithdrawn withdrawn) {
        InformationCase c = find(withdrawn.reference());
        if (c == null) {
            return;
        }
        c.withdraw(withdrawn.reason(), withdrawn.withdrawnAt());
        cases.update(c);
        LOG.infof("Request %s withdrawn by the requester (%s)", c.reference(), c.status());
    }

    @Transactional
    public void reviewRequested(ReviewRequested requested) {
        InformationCase c = find(requested.reference());
        if (c == null) {
            return;
        }
        LocalDate on = LocalDate.ofInstant(requested.requestedAt(), zone);
        // EIR reg 11(4): 40 working days; the others 20 (configured).
        int days = c.regime() == org.foiplatform.assessment.domain.Regime.EIR ? eirReviewWorkingDays : reviewWorkingDays;
        c.requestReview(on, requested.grounds(), requested.requestedAt(), clocks.current().clock(), days);
        cases.update(c);
        LOG.infof("Internal review of %s requested on %s (%s)", c.reference(), on, c.status());
    }

    private InformationCase find(String reference) {
        InformationCase c = cases.find(reference).orElse(null);
        if (c == null) {
            LOG.warnf("The requester acted on %s, but there is no such case here", reference);
        }
        return c;
    }
}
