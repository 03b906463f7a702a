package org.foiplatform.assessment.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.assessment.domain.BankHoliday;
import org.foiplatform.assessment.domain.DueDateMoved;
import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.assessment.domain.Nation;

/** Re-dates one case with the current bank-holiday calendar, naming the holidays that moved it. */
@ApplicationScoped
public class RedateCase {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final CaseRepository cases;
    private final HolidayStore holidays;
    private final CaseEvents caseEvents;
    private final Clocks clocks;
    private final Clock clock;

    public RedateCase(CaseRepository cases, HolidayStore holidays, CaseEvents caseEvents, Clocks clocks, Clock clock) {
        this.cases = cases;
        this.holidays = holidays;
        this.caseEvents = caseEvents;
        this.clocks = clocks;
        this.clock = clock;
    }

    /**
     * One case, in its own transaction, with the calendar the caller read once for its whole batch; returns
     * whether its due date moved.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean redate(String reference, Clocks.Dated dated) {
        InformationCase informationCase = cases.find(reference).orElse(null);
        if (informationCase == null || !informationCase.status().isOpen()) {
            return false;
        }
        List<DueDateMoved> moved = redateIfStale(informationCase, dated);
        if (moved == null) {
            return false;
        }
        cases.update(informationCase);
        caseEvents.record(informationCase, moved);
        return !moved.isEmpty();
    }

    /**
     * Brings a case up to the current calendar; null if it already is. The caller saves the case and
     * records the events.
     */
    public List<DueDateMoved> redateIfStale(InformationCase informationCase, Clocks.Dated dated) {
        if (informationCase.calendarRevision() >= dated.revision() || !informationCase.status().isOpen()) {
            return null;
        }
        LocalDate before = informationCase.dueDate();
        String cause = cause(informationCase, before, dated);
        return informationCase.redate(dated.clock(), dated.revision(), cause, clock.instant());
    }

    /** The holidays, changed since the case was dated, that lie in its clock's span and count for its regime. */
    private String cause(InformationCase informationCase, LocalDate before, Clocks.Dated dated) {
        Set<Nation> nations = informationCase.regime().holidayNations(clocks.rules().sarNation());
        LocalDate from = informationCase.receivedOn();
        LocalDate after = informationCase.deadline(dated.clock()).dueDate();
        LocalDate to = latest(before, after);
        Map<String, List<HolidayStore.Change>> byDay = new LinkedHashMap<>();
        for (HolidayStore.Change c : holidays.changesBetween(informationCase.calendarRevision(), dated.revision())) {
            BankHoliday h = c.holiday();
            if (nations.contains(h.nation()) && h.date().isAfter(from) && (to == null || !h.date().isAfter(to))) {
                byDay.computeIfAbsent((c.added() ? "Bank holiday added: " : "Bank holiday removed: ")
                        + DAY.format(h.date()) + ", " + h.name(), k -> new ArrayList<>()).add(c);
            }
        }
        if (byDay.isEmpty()) {
            return "The bank-holiday calendar changed (revision " + dated.revision() + ").";
        }
        return byDay.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue().stream()
                .map(c -> c.holiday().nation().displayName()).distinct().collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining("; ")) + ".";
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

}
