package org.foiplatform.assessment.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.foiplatform.assessment.domain.CaseStatus;
import org.foiplatform.assessment.domain.Regime;

/**
 * The officers' queue: cases filtered and sorted by due date (the soonest first, cases whose clock is stopped
 * last), read a page at a time by keyset: each page starts after the last row of the one before, so that page
 * 1,000 costs what page 1 does, at a million cases as at a hundred.
 */
public interface CaseQueue {

    /**
     * What to show: no statuses means the open ones (open, awaiting clarification, fee or approval); other filters
     * left null mean any. {@code overdue}: open and due before {@code today}.
     */
    record Filter(Set<CaseStatus> statuses, Regime regime, String assignee, String team, LocalDate dueBefore,
            LocalDate dueAfter, boolean overdue, LocalDate today) {
    }

    /** Where a page starts: after this due date (null: a stopped clock, sorted last) and reference. */
    record Cursor(LocalDate dueDate, String reference) {
    }

    record Row(String reference, Regime regime, CaseStatus status, LocalDate receivedOn, LocalDate dueDate,
            String team, String assignee) {
    }

    record Page(List<Row> rows, Cursor next) {
    }

    Page page(Filter filter, Cursor after, int limit);
}
