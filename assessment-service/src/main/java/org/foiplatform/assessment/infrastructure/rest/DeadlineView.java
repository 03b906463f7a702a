package org.foiplatform.assessment.infrastructure.rest;

import java.time.LocalDate;
import java.util.List;

import org.foiplatform.assessment.domain.Deadline;

/**
 * A due date and its explanation, as the API returns it: day 0 and why, every day not counted and why,
 * the pauses, the extensions and the notes.
 */
public record DeadlineView(String regime, String law, String provision, LocalDate received, LocalDate dueDate,
        LocalDate refusalNoticeDue, String clock, int workingDays, int months, Explanation explanation) {

    public record Explanation(LocalDate dayZero, String dayZeroBasis, String workingDayRule, List<Day> notCounted,
            List<Pause> pauses, List<Extension> extensions, Stopped stopped, Integer workingDaysUsed, List<String> notes) {
    }

    public record Day(LocalDate date, String reason, String detail) {
    }

    public record Pause(String cause, LocalDate from, LocalDate to, String provision) {
    }

    public record Extension(String kind, int amount, String unit, String reason, String provision) {
    }

    public record Stopped(String cause, LocalDate since, LocalDate lapsesOn, String provision) {
    }

    public static DeadlineView of(Deadline d) {
        return new DeadlineView(d.regime().name(), d.regime().law(),
                d.regime().timeLimitProvision(), d.received(), d.dueDate(), d.refusalNoticeDue(),
                d.isRunning() ? "RUNNING" : "STOPPED", d.workingDays(), d.months(),
                new Explanation(d.dayZero(), d.dayZeroBasis(), d.regime().workingDayProvision(),
                        d.notCounted().stream().map(n -> new Day(n.date(), n.reason().name(), n.detail())).toList(),
                        d.pauses().stream().map(p -> new Pause(p.cause().name(), p.from(), p.to(), p.provision())).toList(),
                        d.extensions().stream().map(e -> new Extension(e.kind().name(), e.amount(), e.unit(), e.reason(),
                                e.provision())).toList(),
                        d.stopped() == null ? null : new Stopped(d.stopped().cause().name(), d.stopped().since(),
                                d.stopped().lapsesOn(), d.stopped().provision()),
                        d.isRunning() ? null : d.workingDaysUsed(), d.notes()));
    }
}
