package org.foiplatform.assessment.infrastructure.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.assessment.application.CaseQueue;
import org.foiplatform.assessment.domain.CaseStatus;
import org.foiplatform.assessment.domain.Regime;

/**
 * The queue in one SQL statement: with no status asked for, the open cases, over the partial index
 * {@code foi_case_open_queue (sort_due, reference)}; for other statuses {@code foi_case_queue (status, sort_due,
 * reference)}; for one officer {@code foi_case_queue_assignee}. {@code sort_due} is the due date with a stopped
 * clock's null sorted last: the keyset condition {@code (sort_due, reference) > (?, ?)} starts each page where the
 * last ended, without counting the rows before it.
 */
@ApplicationScoped
public class JdbcCaseQueue implements CaseQueue {

    /** How a null due date (a stopped clock) sorts: after every real one. */
    static final LocalDate LAST = LocalDate.of(9999, 12, 31);
    private static final String SORT = "coalesce(due_date, date '9999-12-31')";
    private static final java.util.Set<CaseStatus> OPEN = java.util.EnumSet.copyOf(java.util.Arrays.stream(
            CaseStatus.values()).filter(CaseStatus::isOpen).toList());
    /** The open statuses written out, as foi_case_open_queue's predicate is, so that the planner matches them. */
    private static final String OPEN_SQL = "status in (" + String.join(", ", OPEN.stream()
            .map(st -> "'" + st.name() + "'").toList()) + ")";

    private final DataSource dataSource;

    public JdbcCaseQueue(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Page page(Filter filter, Cursor after, int limit) {
        StringBuilder sql = new StringBuilder("select reference, regime, status, received_on, due_date, assigned_team,"
                + " assigned_to from foi_case where true");
        List<Object> args = new ArrayList<>();
        if (filter.statuses() == null || filter.statuses().isEmpty() || filter.statuses().equals(OPEN)) {
            // Written out, not a parameter, so that the planner sees it matches foi_case_open_queue's predicate.
            sql.append(" and ").append(OPEN_SQL);
        } else {
            sql.append(" and status = any (?)");
            args.add(filter.statuses().stream().map(Enum::name).toArray(String[]::new));
        }
        if (filter.regime() != null) {
            sql.append(" and regime = ?");
            args.add(filter.regime().name());
        }
        if (filter.assignee() != null) {
            sql.append(" and assigned_to = ?");
            args.add(filter.assignee());
        }
        if (filter.team() != null) {
            sql.append(" and assigned_team = ?");
            args.add(filter.team());
        }
        if (filter.dueBefore() != null) {
            sql.append(" and due_date < ?");
            args.add(Date.valueOf(filter.dueBefore()));
        }
        if (filter.dueAfter() != null) {
            sql.append(" and due_date > ?");
            args.add(Date.valueOf(filter.dueAfter()));
        }
        if (filter.overdue()) {
            sql.append(" and due_date < ? and ").append(OPEN_SQL);
            args.add(Date.valueOf(filter.today()));
        }
        if (after != null) {
            sql.append(" and (").append(SORT).append(", reference) > (?, ?)");
            args.add(Date.valueOf(after.dueDate() == null ? LAST : after.dueDate()));
            args.add(after.reference());
        }
        sql.append(" order by ").append(SORT).append(", reference limit ?");
        args.add(limit + 1);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                Object arg = args.get(i);
                if (arg instanceof String[] array) {
                    s.setArray(i + 1, c.createArrayOf("varchar", array));
                } else {
                    s.setObject(i + 1, arg);
                }
            }
            List<Row> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Date due = r.getDate("due_date");
                    rows.add(new Row(r.getString("reference"), Regime.valueOf(r.getString("regime")),
                            CaseStatus.valueOf(r.getString("status")), r.getDate("received_on").toLocalDate(),
                            due == null ? null : due.toLocalDate(), r.getString("assigned_team"),
                            r.getString("assigned_to")));
                }
            }
            Cursor next = null;
            if (rows.size() > limit) {
                rows = new ArrayList<>(rows.subList(0, limit));
                Row last = rows.get(limit - 1);
                next = new Cursor(last.dueDate(), last.reference());
            }
            return new Page(rows, next);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the queue", e);
        }
    }
}
