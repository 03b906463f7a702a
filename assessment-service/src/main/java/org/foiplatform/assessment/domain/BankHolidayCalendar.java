package org.foiplatform.assessment.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An immutable set of bank holidays. A year is covered when every nation has at least one holiday in
 * it: a division missing from the data must never make its days look like working days.
 */
public final class BankHolidayCalendar implements HolidayCalendar {

    private final Map<LocalDate, List<BankHoliday>> byDate;
    private final Set<Integer> coveredYears;
    private final List<BankHoliday> all;

    public BankHolidayCalendar(Collection<BankHoliday> holidays) {
        Map<LocalDate, List<BankHoliday>> index = new HashMap<>();
        Map<Integer, Set<Nation>> nationsByYear = new HashMap<>();
        List<BankHoliday> sorted = new ArrayList<>(holidays);
        sorted.sort((a, b) -> a.date().equals(b.date()) ? a.nation().compareTo(b.nation()) : a.date().compareTo(b.date()));
        for (BankHoliday h : sorted) {
            index.computeIfAbsent(h.date(), d -> new ArrayList<>()).add(h);
            nationsByYear.computeIfAbsent(h.date().getYear(), y -> EnumSet.noneOf(Nation.class)).add(h.nation());
        }
        index.replaceAll((d, list) -> List.copyOf(list));
        this.byDate = Map.copyOf(index);
        TreeSet<Integer> years = new TreeSet<>();
        nationsByYear.forEach((year, nations) -> {
            if (nations.size() == Nation.values().length) {
                years.add(year);
            }
        });
        this.coveredYears = Collections.unmodifiableSet(years);
        this.all = List.copyOf(sorted);
    }

    @Override
    public List<BankHoliday> holidaysOn(LocalDate date) {
        return byDate.getOrDefault(date, List.of());
    }

    @Override
    public Set<Integer> coveredYears() {
        return coveredYears;
    }

    public List<BankHoliday> all() {
        return all;
    }
}
