package org.foiplatform.assessment.application;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.assessment.domain.CaseQuestion;
import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.assessment.domain.StatutoryClock;
import org.foiplatform.assessment.domain.WorkingDayCalendar;
import org.foiplatform.contracts.EventEnvelope;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.outbox.EventRecorder;
import org.foiplatform.contracts.outbox.Inbox;
import org.foiplatform.contracts.events.CaseOpened;
import org.foiplatform.contracts.events.RequestReceived;
import org.jboss.logging.Logger;

/** Opens a case when a request is received, and records {@code CaseOpened} with the due date. */
@ApplicationScoped
public class OpenCase {

    static final String CONSUMER = "assessment-service.open-case";
    private static final Logger LOG = Logger.getLogger(OpenCase.class);

    private final CaseRepository cases;
    private final EventRecorder events;
    private final Inbox inbox;
    private final StatutoryClock clock;
    private final ZoneId zone;

    public OpenCase(CaseRepository cases, EventRecorder events, Inbox inbox, AssessmentConfig config) {
        this.cases = cases;
        this.events = events;
        this.inbox = inbox;
        this.clock = new StatutoryClock(WorkingDayCalendar.weekendsOnly(), config.workingDays());
        this.zone = ZoneId.of(config.zone());
    }

    @Transactional
    public void on(EventEnvelope event, RequestReceived request) {
        if (!inbox.firstDelivery(CONSUMER, event.eventId())) {
            LOG.infof("Skipped duplicate %s %s for %s", event.type(), event.eventId(), event.reference());
            return;
        }
        if (cases.exists(request.reference())) {
            // A second RequestReceived for a reference (a new event id, same request) opens nothing new.
            LOG.warnf("Case %s already open; ignored %s", request.reference(), event.eventId());
            return;
        }
        // FOIA s.10(1): the date of receipt is day 0 of the twenty working days.
        LocalDate receivedOn = LocalDate.ofInstant(request.receivedAt(), zone);
        InformationCase opened = InformationCase.open(request.reference(), receivedOn,
                request.questions().stream().map(q -> new CaseQuestion(q.number(), q.text(), null, null)).toList(),
                clock);
        cases.add(opened);
        events.record(EventType.CASE_OPENED, opened.reference(), new CaseOpened(opened.reference(),
                opened.regime().name(), opened.receivedOn(), clock.workingDays(), opened.dueDate()), event);
        LOG.infof("Opened case %s from event %s, due %s", opened.reference(), event.eventId(), opened.dueDate());
    }
}
