package org.foiplatform.assessment.application;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.assessment.domain.CaseQuestion;
import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.assessment.domain.StatutoryClock;
import org.foiplatform.assessment.domain.WorkingDayCalendar;
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
    private final StatutoryClock clock;
    private final ZoneId zone;

    public OpenCase(CaseRepository cases, EventRecorder events, AssessmentConfig config) {
        this.cases = cases;
        this.events = events;
        this.clock = new StatutoryClock(WorkingDayCalendar.weekendsOnly(), config.workingDays());
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
        InformationCase opened = InformationCase.open(request.reference(), events.correlation().correlationId(), receivedOn,
                request.questions().stream().map(q -> new CaseQuestion(q.number(), q.text(), null, null)).toList(),
                clock);
        cases.add(opened);
        events.record(EventType.CASE_OPENED, opened.reference(), new CaseOpened(opened.reference(),
                opened.regime().name(), opened.receivedOn(), clock.workingDays(), opened.dueDate()));
        LOG.infof("Opened case %s, due %s", opened.reference(), opened.dueDate());
    }
}
