package org.foiplatform.assessment.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.assessment.domain.CaseQuestion;
import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.assessment.domain.Regime;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.events.CaseOpened;
import org.foiplatform.contracts.events.RequestReceived;
import org.foiplatform.messaging.EventRecorder;
import org.jboss.logging.Logger;

/**
 * Opens a case when a request is received, and records {@code CaseOpened} with the due date. Called once
 * per event: the messaging runtime's inbox skips a redelivery before it gets here.
 */
@ApplicationScoped
public class OpenCase {

    private static final Logger LOG = Logger.getLogger(OpenCase.class);

    private final CaseRepository cases;
    private final EventRecorder events;
    private final Clocks clocks;
    private final Clock clock;
    private final ZoneId zone;

    public OpenCase(CaseRepository cases, EventRecorder events, Clocks clocks, Clock clock, AssessmentConfig config) {
        this.cases = cases;
        this.events = events;
        this.clocks = clocks;
        this.clock = clock;
        this.zone = ZoneId.of(config.zone());
    }

    @Transactional
    public void open(RequestReceived request) {
        if (cases.exists(request.reference())) {
            // A second RequestReceived for a reference (a new event id, same request) opens nothing new.
            LOG.warnf("Case %s already open; ignored a second RequestReceived", request.reference());
            return;
        }
        // FOIA s.10(1): the date of receipt is day 0 of the twenty working days.
        LocalDate receivedOn = LocalDate.ofInstant(request.receivedAt(), zone);
        Regime regime = request.regime() == null ? Regime.FOIA : Regime.valueOf(request.regime());
        Clocks.Dated dated = clocks.current();
        InformationCase opened = InformationCase.open(request.reference(), events.correlation().correlationId(), regime,
                receivedOn, request.requester().name(),
                request.questions().stream().map(q -> CaseQuestion.asked(q.number(), q.text())).toList(),
                dated.clock(), dated.revision(), clock.instant());
        cases.add(opened);
        events.record(EventType.CASE_OPENED, opened.reference(), new CaseOpened(opened.reference(),
                opened.regime().name(), opened.receivedOn(), opened.workingDays(), opened.dueDate()));
        LOG.infof("Opened case %s under %s, due %s", opened.reference(), regime, opened.dueDate());
    }
}
