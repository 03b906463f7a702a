package org.foiplatform.assessment.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.assessment.domain.ClockEvent;
import org.foiplatform.assessment.domain.DueDateMoved;
import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.assessment.domain.Regime;
import org.jboss.logging.Logger;

/**
 * An officer's changes to a case's clock: its regime, a clarification, a fees notice, an extension. Each
 * runs in one transaction with the {@code DueDateChanged} events it causes.
 */
@ApplicationScoped
public class ChangeCaseClock {

    private static final Logger LOG = Logger.getLogger(ChangeCaseClock.class);

    private final CaseRepository cases;
    private final CaseEvents caseEvents;
    private final Clocks clocks;
    private final RedateCase redateCase;
    private final Clock clock;
    private final ZoneId zone;

    public ChangeCaseClock(CaseRepository cases, CaseEvents caseEvents, Clocks clocks, RedateCase redateCase,
            Clock clock, AssessmentConfig config) {
        this.cases = cases;
        this.caseEvents = caseEvents;
        this.clocks = clocks;
        this.redateCase = redateCase;
        this.clock = clock;
        this.zone = ZoneId.of(config.zone());
    }

    @Transactional
    public InformationCase changeRegime(String reference, Regime regime, String reason, String officer) {
        InformationCase informationCase = find(reference);
        Clocks.Dated dated = clocks.current();
        List<DueDateMoved> moved = new ArrayList<>(upToDate(informationCase, dated));
        moved.addAll(informationCase.changeRegime(regime, reason, officer, clock.instant(), dated.clock()));
        cases.update(informationCase);
        caseEvents.record(informationCase, moved);
        LOG.infof("%s moved %s to %s", officer, reference, regime);
        return informationCase;
    }

    @Transactional
    public InformationCase record(String reference, ClockEvent event, String officer) {
        InformationCase informationCase = find(reference);
        Clocks.Dated dated = clocks.current();
        List<DueDateMoved> moved = new ArrayList<>(upToDate(informationCase, dated));
        LocalDate previousDue = informationCase.dueDate();
        moved.addAll(informationCase.recordClockEvent(event, LocalDate.now(clock.withZone(zone)), officer,
                clock.instant(), dated.clock()));
        cases.update(informationCase);
        caseEvents.record(informationCase, moved);
        caseEvents.recordClockAction(informationCase, informationCase.clock().get(informationCase.clock().size() - 1),
                previousDue, informationCase.deadline(dated.clock()));
        LOG.infof("%s recorded %s on %s", officer, event.kind(), reference);
        return informationCase;
    }

    private InformationCase find(String reference) {
        return cases.find(reference).orElseThrow(() -> new CaseNotFoundException(reference));
    }

    /** A case dated with an older calendar is re-dated first, so that its timeline says why each date moved. */
    private List<DueDateMoved> upToDate(InformationCase informationCase, Clocks.Dated dated) {
        List<DueDateMoved> moved = redateCase.redateIfStale(informationCase, dated);
        return moved == null ? List.of() : moved;
    }
}
