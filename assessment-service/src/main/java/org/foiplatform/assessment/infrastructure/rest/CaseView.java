package org.foiplatform.assessment.infrastructure.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.foiplatform.assessment.domain.CalendarNotCoveredException;
import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.assessment.domain.StatutoryClock;

/** A case as the officer dashboard and API show it: the due date with its reasons, and the timeline. */
public record CaseView(String reference, String regime, String status, LocalDate receivedOn, LocalDate dueDate,
        int workingDays, DeadlineView deadline, String approvedBy, Instant approvedAt, List<QuestionView> questions,
        List<TimelineView> timeline) {

    public record QuestionView(int number, String text, String outcome, String answer) {
    }

    public record TimelineView(Instant at, String what, String detail, String actor, LocalDate previousDueDate,
            LocalDate dueDate) {
    }

    static CaseView of(InformationCase c, StatutoryClock clock) {
        DeadlineView deadline;
        try {
            // Open cases show the reasons for their date; a closed case keeps the date it had.
            deadline = c.status().isOpen() ? DeadlineView.of(c.deadline(clock)) : null;
        } catch (CalendarNotCoveredException e) {
            deadline = null;
        }
        return new CaseView(c.reference(), c.regime().name(), c.status().name(), c.receivedOn(), c.dueDate(),
                c.workingDays(), deadline, c.approvedBy(), c.approvedAt(),
                c.questions().stream().map(q -> new QuestionView(q.number(), q.text(),
                        q.outcome() == null ? null : q.outcome().name(), q.answer())).toList(),
                c.timeline().stream().map(t -> new TimelineView(t.at(), t.what(), t.detail(), t.actor(),
                        t.previousDueDate(), t.dueDate())).toList());
    }
}
