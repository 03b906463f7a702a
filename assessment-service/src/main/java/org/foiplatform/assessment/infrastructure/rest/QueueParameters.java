package org.foiplatform.assessment.infrastructure.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.foiplatform.assessment.application.CaseQueue;
import org.foiplatform.assessment.application.Clocks;
import org.foiplatform.assessment.application.InvalidInputException;
import org.foiplatform.assessment.domain.CaseStatus;
import org.foiplatform.assessment.domain.DecisionProblem;
import org.foiplatform.assessment.domain.Regime;

/** Reads the queue's query parameters, each problem naming its parameter, and its opaque keyset cursor. */
final class QueueParameters {

    static final int MAX_LIMIT = 200;

    private QueueParameters() {
    }

    static CaseResource.QueueView page(CaseQueue queue, Clocks clocks, List<String> status, String regime,
            String assignee, String team, String dueBefore, String dueAfter, boolean overdue, String text, String sort,
            int limit, String after, LocalDate today) {
        List<DecisionProblem> problems = new ArrayList<>();
        Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
        for (String s : status == null ? List.<String>of() : status) {
            try {
                statuses.add(CaseStatus.valueOf(s.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(new DecisionProblem("status", "Not a status: " + s));
            }
        }
        Regime named = null;
        if (regime != null && !regime.isBlank()) {
            named = Regime.named(regime).orElse(null);
            if (named == null) {
                problems.add(new DecisionProblem("regime", "Choose FOIA, EIR, FOISA, EIRS or SAR"));
            }
        }
        LocalDate before = date(dueBefore, "dueBefore", problems);
        LocalDate afterDate = date(dueAfter, "dueAfter", problems);
        if (limit < 1 || limit > MAX_LIMIT) {
            problems.add(new DecisionProblem("limit", "Give 1 to " + MAX_LIMIT));
        }
        CaseQueue.Order order = CaseQueue.Order.SOONEST_DUE;
        if (sort != null && !sort.isBlank()) {
            order = CaseQueue.Order.named(sort);
            if (order == null) {
                problems.add(new DecisionProblem("sort", "Give due, -due, received or -received"));
                order = CaseQueue.Order.SOONEST_DUE;
            }
        }
        if (text != null && text.length() > CaseQueue.MOST_TEXT) {
            problems.add(new DecisionProblem("q", "Search for at most " + CaseQueue.MOST_TEXT + " characters"));
        }
        CaseQueue.Cursor cursor = null;
        if (after != null && !after.isBlank()) {
            cursor = CaseQueue.Cursor.parse(after, order);
            if (cursor == null) {
                problems.add(new DecisionProblem("after", "Give the next of a page of this queue, with the same sort"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The queue cannot be read", problems);
        }
        CaseQueue.Page page = queue.page(new CaseQueue.Filter(statuses, named, blankToNull(assignee),
                blankToNull(team), before, afterDate, overdue, today, blankToNull(text), null), order, cursor, limit);
        return new CaseResource.QueueView(page.rows(), page.next() == null ? null : page.next().token());
    }

    private static LocalDate date(String value, String field, List<DecisionProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new DecisionProblem(field, "Give a real date as YYYY-MM-DD"));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
