package org.foiplatform.assessment.infrastructure.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.foiplatform.assessment.domain.InformationCase;

/** A case as the officer dashboard and API show it. */
public record CaseView(String reference, String regime, String status, LocalDate receivedOn, LocalDate dueDate,
        String approvedBy, Instant approvedAt, List<QuestionView> questions) {

    public record QuestionView(int number, String text, String outcome, String answer) {
    }

    static CaseView of(InformationCase c) {
        return new CaseView(c.reference(), c.regime().name(), c.status().name(), c.receivedOn(), c.dueDate(),
                c.approvedBy(), c.approvedAt(),
                c.questions().stream().map(q -> new QuestionView(q.number(), q.text(),
                        q.outcome() == null ? null : q.outcome().name(), q.answer())).toList());
    }
}
