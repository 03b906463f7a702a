package org.foiplatform.assessment.infrastructure.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.foiplatform.assessment.application.HolidayStore;
import org.foiplatform.assessment.domain.BankHoliday;
import org.foiplatform.assessment.domain.BankHolidayCalendar;
import org.foiplatform.assessment.domain.Nation;

/**
 * The bank-holiday calendar in assessment-service's database. The calendar is cached in memory by revision:
 * each use asks only for the newest revision number (one indexed row), so every instance sees an import at
 * once.
 */
@ApplicationScoped
public class JdbcHolidayStore implements HolidayStore {

    private final EntityManager em;
    private volatile Revision cached = new Revision(-1, new BankHolidayCalendar(List.of()));
    private final Map<Range, List<Change>> changes = new java.util.concurrent.ConcurrentHashMap<>();

    public JdbcHolidayStore(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional
    public Revision current() {
        long newest = newestRevision();
        Revision seen = cached;
        if (seen.number() == newest) {
            return seen;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select nation, holiday_date, name from bank_holiday").getResultList();
        List<BankHoliday> holidays = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            holidays.add(new BankHoliday(Nation.ofSlug((String) r[0]).orElseThrow(), toDate(r[1]), (String) r[2]));
        }
        Revision loaded = new Revision(newest, new BankHolidayCalendar(holidays));
        cached = loaded;
        return loaded;
    }

    @Override
    @Transactional
    public Revision replace(List<BankHoliday> holidays, Map<Nation, Set<Integer>> years, String source) {
        // One import at a time, across every instance.
        em.createNativeQuery("select pg_advisory_xact_lock(7412001)").getSingleResult();
        Map<String, BankHoliday> wanted = new HashMap<>();
        for (BankHoliday h : holidays) {
            wanted.put(key(h.nation(), h.date()), h);
        }
        List<BankHoliday> removed = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        List<BankHoliday> added = new ArrayList<>();
        for (Map.Entry<Nation, Set<Integer>> e : years.entrySet()) {
            for (int year : e.getValue()) {
                @SuppressWarnings("unchecked")
                List<Object[]> rows = em.createNativeQuery("select holiday_date, name from bank_holiday "
                        + "where nation = ?1 and holiday_date between ?2 and ?3")
                        .setParameter(1, e.getKey().slug())
                        .setParameter(2, LocalDate.of(year, 1, 1))
                        .setParameter(3, LocalDate.of(year, 12, 31)).getResultList();
                for (Object[] r : rows) {
                    LocalDate date = toDate(r[0]);
                    String k = key(e.getKey(), date);
                    BankHoliday now = wanted.get(k);
                    if (now == null) {
                        removed.add(new BankHoliday(e.getKey(), date, (String) r[1]));
                    } else if (now.name().equals(r[1])) {
                        kept.add(k);
                    } else {
                        // Renamed: not a change of date, so no case moves; the new name is kept.
                        em.createNativeQuery("update bank_holiday set name = ?1 where nation = ?2 and holiday_date = ?3")
                                .setParameter(1, now.name()).setParameter(2, e.getKey().slug()).setParameter(3, date)
                                .executeUpdate();
                        kept.add(k);
                    }
                }
            }
        }
        for (BankHoliday h : holidays) {
            if (!kept.contains(key(h.nation(), h.date()))
                    && years.getOrDefault(h.nation(), Set.of()).contains(h.date().getYear())) {
                added.add(h);
            }
        }
        if (added.isEmpty() && removed.isEmpty()) {
            return current();
        }
        long revision = newestRevision() + 1;
        em.createNativeQuery("insert into calendar_revision (revision, source) values (?1, ?2)")
                .setParameter(1, revision).setParameter(2, source.length() > 200 ? source.substring(0, 200) : source)
                .executeUpdate();
        for (BankHoliday h : removed) {
            em.createNativeQuery("delete from bank_holiday where nation = ?1 and holiday_date = ?2")
                    .setParameter(1, h.nation().slug()).setParameter(2, h.date()).executeUpdate();
            change(revision, h, false);
        }
        for (BankHoliday h : added) {
            em.createNativeQuery("insert into bank_holiday (nation, holiday_date, name) values (?1, ?2, ?3)")
                    .setParameter(1, h.nation().slug()).setParameter(2, h.date()).setParameter(3, h.name())
                    .executeUpdate();
            change(revision, h, true);
        }
        return current();
    }

    @Override
    @Transactional
    public List<Change> changesBetween(long from, long to) {
        // Every case dated with the same revision asks the same question, and committed revisions never change:
        // each range is read once.
        return changes.computeIfAbsent(new Range(from, to), this::read);
    }

    private record Range(long from, long to) {
    }

    private List<Change> read(Range range) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select revision, nation, holiday_date, name, added "
                + "from bank_holiday_change where revision > ?1 and revision <= ?2 order by revision, holiday_date, nation")
                .setParameter(1, range.from()).setParameter(2, range.to()).getResultList();
        List<Change> found = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            found.add(new Change(((Number) r[0]).longValue(),
                    new BankHoliday(Nation.ofSlug((String) r[1]).orElseThrow(), toDate(r[2]), (String) r[3]),
                    (Boolean) r[4]));
        }
        return List.copyOf(found);
    }

    private void change(long revision, BankHoliday h, boolean added) {
        em.createNativeQuery("insert into bank_holiday_change (revision, nation, holiday_date, name, added) "
                + "values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, revision).setParameter(2, h.nation().slug()).setParameter(3, h.date())
                .setParameter(4, h.name()).setParameter(5, added).executeUpdate();
    }

    private long newestRevision() {
        Object value = em.createNativeQuery("select coalesce(max(revision), 0) from calendar_revision").getSingleResult();
        return ((Number) value).longValue();
    }

    private static String key(Nation nation, LocalDate date) {
        return nation.slug() + "/" + date;
    }

    private static LocalDate toDate(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
