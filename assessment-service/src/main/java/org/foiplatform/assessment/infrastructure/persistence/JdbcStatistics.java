package org.foiplatform.assessment.infrastructure.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.assessment.application.StatisticsStore;
import org.foiplatform.assessment.domain.CaseStatus;
import org.foiplatform.assessment.domain.Outcome;
import org.foiplatform.assessment.domain.Regime;
import org.foiplatform.assessment.domain.StatisticsRules.Period;

/**
 * The statistics' counts, each one SQL statement that returns numbers only. The requests of a period are found by
 * {@code foi_case_received (received_on) include (regime, status, decided_on, due_date, question_outcomes, cited)}
 * (V10, V15), so that the monthly counts, the outcomes and the exemptions are read from the index alone; the internal
 * reviews by {@code foi_case_review_requested}.
 */
@ApplicationScoped
public class JdbcStatistics implements StatisticsStore {

    private static final String OPEN = "status in ('OPEN', 'AWAITING_APPROVAL')";
    private static final String ON_HOLD = "status in ('AWAITING_CLARIFICATION', 'FEE_PENDING')";
    private static final String IN_PERIOD = "received_on between ? and ?";
    /** Answered: a decision approved, with the date of its response; in time when on or before the due date then. */
    private static final String MONTHS = "select date_trunc('month', received_on)::date as month, regime,"
            + " count(*) as received,"
            + " count(*) filter (where decided_on is not null) as answered,"
            + " count(*) filter (where decided_on is not null and decided_on <= due_date) as in_time,"
            + " count(*) filter (where " + OPEN + ") as open,"
            + " count(*) filter (where " + OPEN + " and due_date < ?) as past_due,"
            + " count(*) filter (where " + ON_HOLD + ") as on_hold,"
            + " count(*) filter (where status = 'WITHDRAWN') as withdrawn,"
            + " count(*) filter (where status = 'LAPSED') as lapsed"
            + " from foi_case where " + IN_PERIOD + " group by 1, 2 order by 1, 2";
    /**
     * Each request's distinct question outcomes, as one sorted list (kept on the case by V15's trigger), counted by
     * status and list.
     */
    private static final String OUTCOMES = "select status, question_outcomes as outcomes, count(*) as requests"
            + " from foi_case where " + IN_PERIOD + " and (decided_on is not null or status in ('WITHDRAWN', 'LAPSED'))"
            + " group by status, question_outcomes";
    /** Each exemption cited, once per question that cites it (kept on the case by V15's trigger). */
    private static final String EXEMPTIONS = "select e.provision, count(*) as questions,"
            + " count(distinct c.reference) as requests from foi_case c cross join lateral unnest(c.cited) as e(provision)"
            + " where c." + IN_PERIOD + " and c.decided_on is not null and cardinality(c.cited) > 0"
            + " group by e.provision order by questions desc, e.provision";
    private static final String REVIEWS = "select count(*) as requested,"
            + " count(*) filter (where review_decided_on is not null) as decided,"
            + " count(*) filter (where review_decided_on <= review_due) as in_time,"
            + " count(*) filter (where review_outcome = 'UPHELD') as upheld,"
            + " count(*) filter (where review_outcome = 'PARTLY_OVERTURNED') as partly,"
            + " count(*) filter (where review_outcome = 'OVERTURNED') as overturned"
            + " from foi_case where review_requested_on between ? and ?";

    private final DataSource dataSource;

    public JdbcStatistics(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<MonthCounts> byMonthAndRegime(Period period, LocalDate today) {
        List<MonthCounts> rows = new ArrayList<>();
        read(MONTHS, r -> rows.add(new MonthCounts(YearMonth.from(r.getDate("month").toLocalDate()),
                Regime.valueOf(r.getString("regime")), new Counts(r.getLong("received"), r.getLong("answered"),
                        r.getLong("in_time"), r.getLong("open"), r.getLong("past_due"), r.getLong("on_hold"),
                        r.getLong("withdrawn"), r.getLong("lapsed")))),
                Date.valueOf(today), Date.valueOf(period.from()), Date.valueOf(period.to()));
        return rows;
    }

    @Override
    public List<OutcomeCount> outcomes(Period period) {
        List<OutcomeCount> rows = new ArrayList<>();
        read(OUTCOMES, r -> {
            // '?': a question not yet decided (kept as null, so the request counts as undecided).
            String listed = r.getString("outcomes");
            Set<Outcome> outcomes = new HashSet<>();
            if (listed != null) {
                for (String o : listed.split(",")) {
                    outcomes.add(o.equals("?") ? null : Outcome.valueOf(o));
                }
            }
            rows.add(new OutcomeCount(CaseStatus.valueOf(r.getString("status")), outcomes, r.getLong("requests")));
        }, Date.valueOf(period.from()), Date.valueOf(period.to()));
        return rows;
    }

    @Override
    public List<ExemptionCount> exemptions(Period period) {
        List<ExemptionCount> rows = new ArrayList<>();
        read(EXEMPTIONS, r -> rows.add(new ExemptionCount(r.getString("provision"), r.getLong("questions"),
                r.getLong("requests"))), Date.valueOf(period.from()), Date.valueOf(period.to()));
        return rows;
    }

    @Override
    public ReviewCounts reviews(Period period) {
        List<ReviewCounts> one = new ArrayList<>();
        read(REVIEWS, r -> one.add(new ReviewCounts(r.getLong("requested"), r.getLong("decided"), r.getLong("in_time"),
                r.getLong("upheld"), r.getLong("partly"), r.getLong("overturned"))),
                Date.valueOf(period.from()), Date.valueOf(period.to()));
        return one.get(0);
    }

    private interface RowReader {
        void read(ResultSet r) throws SQLException;
    }

    private void read(String sql, RowReader reader, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    reader.read(r);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the statistics", e);
        }
    }
}
