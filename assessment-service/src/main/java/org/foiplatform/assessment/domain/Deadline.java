package org.foiplatform.assessment.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A due date with its reasons: what the statutory clock decided and why, as data. An officer reads it on
 * the case; the public calculator returns it.
 *
 * @param dayZero the date the count runs from: the date of receipt, or the day a clarification arrived
 * @param dayZeroBasis why that day is day 0
 * @param workingDays the working days allowed, extensions included (0 for SAR)
 * @param months the calendar months allowed, extensions included (0 except for SAR)
 * @param dueDate the last day for compliance; null while the clock is stopped
 * @param refusalNoticeDue FOIA s.10(3) and s.17(1): with a public interest extension the refusal notice naming
 *        the exemption is still due by the original date; null without such an extension
 * @param stopped why and since when the clock is stopped, or null while it runs
 * @param workingDaysUsed working days counted so far, when the clock is stopped
 * @param notCounted every day between day 0 and the due date that was not counted, with the reason
 * @param pauses the pauses that applied
 * @param extensions the extensions granted
 * @param notes other facts worth knowing (a holiday elsewhere that does count here; a month end)
 */
public record Deadline(Regime regime, LocalDate received, LocalDate dayZero, String dayZeroBasis, int workingDays,
        int months, LocalDate dueDate, LocalDate refusalNoticeDue, Stop stopped, int workingDaysUsed,
        List<NotCounted> notCounted, List<Pause> pauses, List<Extension> extensions, List<String> notes) {

    public Deadline {
        notCounted = List.copyOf(notCounted);
        pauses = List.copyOf(pauses);
        extensions = List.copyOf(extensions);
        notes = List.copyOf(notes);
    }

    public boolean isRunning() {
        return stopped == null;
    }

    /** Why a day was not counted. */
    public enum Reason {
        WEEKEND,
        BANK_HOLIDAY,
        FEES_NOTICE,
        CLARIFICATION
    }

    /** A day not counted, e.g. "Monday 6 April 2026: Easter Monday (England and Wales, Northern Ireland)". */
    public record NotCounted(LocalDate date, Reason reason, String detail) {
    }

    /** A pause of the clock; {@code to} is null while it lasts. */
    public record Pause(Reason cause, LocalDate from, LocalDate to, String provision) {
    }

    /** An extension granted: further working days, or further months for SAR. */
    public record Extension(Regime.Extension kind, int amount, String unit, String reason, String provision) {
    }

    /** The clock is stopped: since when, why, and when the request lapses if nothing happens. */
    public record Stop(Reason cause, LocalDate since, LocalDate lapsesOn, String provision) {
    }
}
