package org.foiplatform.assessment.infrastructure.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.assessment.application.CaseQueue;
import org.foiplatform.assessment.domain.CaseStatus;
import org.foiplatform.assessment.domain.Regime;

/**
 * The queue in one SQL statement ({@link #statement}, which the bench's queue step also runs, from
 * {@code docs/perf/queue-queries.sql}: {@code QueueQueriesTest} keeps that file equal to what is built here). With no
 * status asked for, or open ones only, the open cases, over the partial index {@code foi_case_open_queue (sort_due,
 * reference)} (or {@code foi_case_open_received} sorted by date received); for closed statuses the partial index
 * {@code foi_case_closed_queue (status, sort_due, reference)}, each partial index's predicate written out in the SQL
 * so that the planner matches it; for one officer's or one team's open cases {@code foi_case_open_assignee} and
 * {@code foi_case_open_team} (V12), for one officer's cases of any status {@code foi_case_queue_assignee}.
 * {@code sort_due} is the due date with a stopped clock's null sorted last: the keyset condition {@code (sort_due,
 * reference) > (?, ?)} starts each page where the last ended, without counting the rows before it. The search text
 * matches the tsvector {@code search} (V12: the requester's name and the questions, 'simple' configuration, GIN
 * index), each word as a prefix, or a single word the start of the reference ({@code foi_case_reference_prefix}).
 */
@ApplicationScoped
public class JdbcCaseQueue implements CaseQueue {

    /** How a null due date (a stopped clock) sorts: after every real one. */
    static final LocalDate LAST = LocalDate.of(9999, 12, 31);
    private static final String SORT_DUE = "coalesce(due_date, date '9999-12-31')";
    private static final Set<CaseStatus> OPEN = EnumSet.copyOf(Arrays.stream(CaseStatus.values())
            .filter(CaseStatus::isOpen).toList());
    /** The open statuses written out, as foi_case_open_queue's predicate is, so that the planner matches them. */
    private static final String OPEN_SQL = "status in (" + OPEN.stream().map(st -> "'" + st.name() + "'")
            .collect(Collectors.joining(", ")) + ")";
    /** The other statuses, as foi_case_closed_queue's predicate is written. */
    private static final String CLOSED_SQL = "status not in (" + OPEN.stream().map(st -> "'" + st.name() + "'")
            .collect(Collectors.joining(", ")) + ")";
    /** At most this many words of a search are used. */
    static final int MOST_WORDS = 8;

    /** A statement and its parameters, in order (String, String[] for a varchar array, Date or Integer). */
    public record Statement(String sql, List<Object> args) {
    }

    private final DataSource dataSource;

    public JdbcCaseQueue(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The SQL of a page: {@code limit + 1} rows, the last telling whether there is a next page. */
    public static Statement statement(Filter filter, Order order, Cursor after, int limit) {
        StringBuilder sql = new StringBuilder("select reference, regime, status, received_on, due_date, assigned_team,"
                + " assigned_to from foi_case where ");
        List<Object> args = new ArrayList<>();
        boolean open = filter.statuses() == null || filter.statuses().isEmpty() || filter.statuses().equals(OPEN);
        if (open) {
            // Written out, not a parameter, so that the planner sees it matches foi_case_open_queue's predicate.
            sql.append(OPEN_SQL);
        } else {
            // Open statuses only, or closed only: the partial index's predicate written out too, then the statuses.
            if (OPEN.containsAll(filter.statuses())) {
                sql.append(OPEN_SQL).append(" and ");
            } else if (filter.statuses().stream().noneMatch(OPEN::contains)) {
                sql.append(CLOSED_SQL).append(" and ");
            }
            if (filter.statuses().size() == 1) {
                // One status: an equality, so that the index gives the rows in order (= any (?) would not).
                sql.append("status = ?");
                args.add(filter.statuses().iterator().next().name());
            } else {
                sql.append("status = any (?)");
                args.add(filter.statuses().stream().map(Enum::name).sorted().toArray(String[]::new));
            }
        }
        if (filter.approvableBy() != null) {
            sql.append(" and status = 'AWAITING_APPROVAL' and drafted_by is distinct from ?");
            args.add(filter.approvableBy());
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
            sql.append(" and due_date < ?");
            args.add(Date.valueOf(filter.today()));
            if (!open) {
                sql.append(" and ").append(OPEN_SQL);
            }
        }
        String text = filter.text() == null ? "" : filter.text().strip();
        if (!text.isEmpty()) {
            List<String> words = words(text);
            boolean oneToken = text.codePoints().noneMatch(Character::isWhitespace);
            List<String> either = new ArrayList<>();
            if (!words.isEmpty()) {
                either.add("search @@ to_tsquery('simple', ?)");
                args.add(words.stream().map(w -> w + ":*").collect(Collectors.joining(" & ")));
            }
            if (oneToken) {
                either.add("upper(reference) like ?");
                args.add(likePrefix(text.toUpperCase(Locale.ROOT)));
            }
            sql.append(either.isEmpty() ? " and false" : " and (" + String.join(" or ", either) + ")");
        }
        String key = order.by() == SortBy.DUE ? SORT_DUE : "received_on";
        String direction = order.descending() ? " desc" : "";
        if (after != null) {
            sql.append(" and (").append(key).append(", reference) ").append(order.descending() ? "<" : ">")
                    .append(" (?, ?)");
            args.add(Date.valueOf(after.key() == null ? LAST : after.key()));
            args.add(after.reference());
        }
        sql.append(" order by ").append(key).append(direction).append(", reference").append(direction)
                .append(" limit ?");
        args.add(limit + 1);
        return new Statement(sql.toString(), List.copyOf(args));
    }

    /**
     * The words of a search as the 'simple' configuration keeps them (lower case; letters and digits, anything else
     * separating words), at most {@value #MOST_WORDS}, each safe inside a tsquery.
     */
    static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .distinct().limit(MOST_WORDS).toList();
    }

    private static String likePrefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    @Override
    public Page page(Filter filter, Order order, Cursor after, int limit) {
        Statement statement = statement(filter, order, after, limit);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(statement.sql())) {
            List<Object> args = statement.args();
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
                next = new Cursor(order, order.by() == SortBy.DUE ? last.dueDate() : last.receivedOn(),
                        last.reference());
            }
            return new Page(rows, next);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the queue", e);
        }
    }
}
