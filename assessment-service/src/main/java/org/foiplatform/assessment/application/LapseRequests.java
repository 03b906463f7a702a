package org.foiplatform.assessment.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.assessment.domain.Deadline;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.events.RequestLapsed;
import org.foiplatform.messaging.EventRecorder;
import org.jboss.logging.Logger;

/**
 * Closes requests whose clarification or fee has been awaited past the configured period (the statistics'
 * "no clarification within 3 months"; FOIA s.9(2) for fees). One transaction per case.
 */
@ApplicationScoped
public class LapseRequests {

    private static final Logger LOG = Logger.getLogger(LapseRequests.class);

    private final CaseRepository cases;
    private final Clocks clocks;
    private final Clock clock;
    private final ZoneId zone;

    private final EventRecorder events;

    public LapseRequests(CaseRepository cases, Clocks clocks, Clock clock, AssessmentConfig config,
            EventRecorder events) {
        this.events = events;
        this.cases = cases;
        this.clocks = clocks;
        this.clock = clock;
        this.zone = ZoneId.of(config.zone());
    }

    /** Returns how many requests lapsed. ArC intercepts self-invocation, so each {@link #lapse} has its own transaction. */
    public int sweep() {
        int lapsed = 0;
        List<String> batch;
        String after = "";
        while (!(batch = cases.stopped(after, 100)).isEmpty()) {
            for (String reference : batch) {
                lapsed += lapse(reference) ? 1 : 0;
            }
            after = batch.get(batch.size() - 1);
        }
        return lapsed;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean lapse(String reference) {
        InformationCase informationCase = cases.find(reference).orElse(null);
        if (informationCase == null) {
            return false;
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Optional<Deadline.Stop> lapsed = informationCase.lapseIfDue(today, clock.instant(), clocks.current().clock());
        lapsed.ifPresent(stop -> {
            cases.update(informationCase);
            // The requester is told their request is closed, and why; in the transaction of the change (outbox).
            events.record(EventType.REQUEST_LAPSED, reference, new RequestLapsed(reference,
                    informationCase.regime().name(), stop.cause() == Deadline.Reason.CLARIFICATION ? "CLARIFICATION"
                            : "FEE", stop.since(), stop.lapsesOn(), today, stop.provision()),
                    informationCase.correlationId(), null);
            LOG.infof("Request %s lapsed", reference);
        });
        return lapsed.isPresent();
    }
}
