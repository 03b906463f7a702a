package org.foiplatform.assessment.application;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.assessment.application.StatisticsStore.Counts;
import org.foiplatform.assessment.application.StatisticsStore.ExemptionCount;
import org.foiplatform.assessment.application.StatisticsStore.MonthCounts;
import org.foiplatform.assessment.application.StatisticsStore.OutcomeCount;
import org.foiplatform.assessment.application.StatisticsStore.ReviewCounts;
import org.foiplatform.assessment.domain.Regime;
import org.foiplatform.assessment.domain.StatisticsRules;
import org.foiplatform.assessment.domain.StatisticsRules.Category;
import org.foiplatform.assessment.domain.StatisticsRules.Period;

/**
 * The statistics of a period, as the Code of Practice (paras 8.5 and 8.6) asks an authority to publish them: the
 * requests received, answered and answered in time (with the ICO's band), still open, on hold, withdrawn and lapsed,
 * by month and by regime; the outcomes in the Cabinet Office's categories; the exemptions cited; the internal reviews.
 * Aggregates only: the same report serves the officers' page and the public one.
 */
@ApplicationScoped
public class CompileStatistics {

    private final StatisticsStore store;

    public CompileStatistics(StatisticsStore store) {
        this.store = store;
    }

    /**
     * The period's figures. {@code byMonth} has every month of the period, a month without requests at zero;
     * {@code byRegime} every regime; {@code outcomes} every category.
     */
    public record Report(Period period, LocalDate readOn, Counts total, Map<YearMonth, Counts> byMonth,
            Map<Regime, Counts> byRegime, List<MonthCounts> rows, Map<Category, Long> outcomes,
            List<ExemptionCount> exemptions, ReviewCounts reviews) {

        public StatisticsRules.Band band() {
            return StatisticsRules.band(total.answeredInTime(), total.answered());
        }
    }

    public Report compile(Period period, LocalDate today) {
        List<MonthCounts> rows = store.byMonthAndRegime(period, today);
        Map<YearMonth, Counts> byMonth = new LinkedHashMap<>();
        for (YearMonth m : period.months()) {
            byMonth.put(m, Counts.NONE);
        }
        Map<Regime, Counts> byRegime = new EnumMap<>(Regime.class);
        for (Regime r : Regime.values()) {
            byRegime.put(r, Counts.NONE);
        }
        Counts total = Counts.NONE;
        for (MonthCounts row : rows) {
            byMonth.merge(row.month(), row.counts(), Counts::plus);
            byRegime.merge(row.regime(), row.counts(), Counts::plus);
            total = total.plus(row.counts());
        }
        Map<Category, Long> outcomes = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            outcomes.put(c, 0L);
        }
        for (OutcomeCount o : store.outcomes(period)) {
            // Null for a request with a question undecided: the store reads only decided, withdrawn and lapsed ones.
            Category category = Category.of(o.status(), o.questionOutcomes());
            if (category != null) {
                outcomes.merge(category, o.requests(), Long::sum);
            }
        }
        return new Report(period, today, total, byMonth, byRegime, rows, outcomes,
                store.exemptions(period), store.reviews(period));
    }
}
