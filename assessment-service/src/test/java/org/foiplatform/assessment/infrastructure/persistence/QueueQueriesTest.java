package org.foiplatform.assessment.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.foiplatform.assessment.application.CaseQueue;
import org.foiplatform.assessment.domain.CaseStatus;
import org.foiplatform.assessment.domain.Regime;
import org.junit.jupiter.api.Test;

/**
 * The queries the bench's queue step times at a million cases are the ones this service sends: {@code
 * docs/perf/queue-queries.sql} must be what {@link JdbcCaseQueue#statement} builds for each kind of page, or this
 * test fails (run it with {@code -Dqueue.queries.write=true} to write the file again after changing the SQL). Also the
 * search's words: letters and digits only, so that nothing typed is read as tsquery syntax.
 */
class QueueQueriesTest {

    static final Path FILE = Path.of("..", "docs", "perf", "queue-queries.sql");
    /** The day the bench's generated cases (docs/perf/queue-cases.sql) take as today. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    /** The dashboard's page: 25 rows (and one more, to know there is a next page). */
    static final int PAGE = 25;

    record Kind(String name, String group, String about, CaseQueue.Order order, CaseQueue.Filter filter) {
    }

    private static CaseQueue.Filter filter(Set<CaseStatus> statuses, Regime regime, String assignee, String team,
            boolean overdue, String text, String approvableBy) {
        return new CaseQueue.Filter(statuses, regime, assignee, team, null, null, overdue, TODAY, text, approvableBy);
    }

    private static final Set<CaseStatus> OPEN = EnumSet.noneOf(CaseStatus.class);
    private static final CaseQueue.Order DUE = CaseQueue.Order.SOONEST_DUE;

    /** The pages the bench times: the dashboard's views and filters, the API's, and the search box. */
    static final List<Kind> KINDS = List.of(
            new Kind("open", "queue", "the open cases, the soonest due first (the dashboard's first view)", DUE,
                    filter(OPEN, null, null, null, false, null, null)),
            new Kind("open-newest", "queue", "the open cases, the newest received first",
                    new CaseQueue.Order(CaseQueue.SortBy.RECEIVED, true), filter(OPEN, null, null, null, false, null,
                            null)),
            new Kind("open-latest-due", "queue", "the open cases, the latest due first",
                    new CaseQueue.Order(CaseQueue.SortBy.DUE, true), filter(OPEN, null, null, null, false, null, null)),
            new Kind("team", "queue", "one team's open cases", DUE,
                    filter(OPEN, null, null, "Highways", false, null, null)),
            new Kind("my-cases", "queue", "one officer's open cases (my cases)", DUE,
                    filter(OPEN, null, "officer8", null, false, null, null)),
            new Kind("overdue", "queue", "the overdue cases", DUE, filter(OPEN, null, null, null, true, null, null)),
            new Kind("awaiting-my-approval", "queue", "awaiting approval, drafted by someone else", DUE,
                    filter(OPEN, null, null, null, false, null, "officer3")),
            new Kind("status+regime", "queue", "one status under one law", DUE,
                    filter(EnumSet.of(CaseStatus.OPEN), Regime.EIR, null, null, false, null, null)),
            new Kind("closed-team", "queue", "a closed status of one team (the API, for scripts)", DUE,
                    filter(EnumSet.of(CaseStatus.RESPONDED), null, null, "Housing", false, null, null)),
            new Kind("search-word", "search", "a word of the questions, open cases", DUE,
                    filter(OPEN, null, null, null, false, "gritting", null)),
            new Kind("search-name", "search", "a requester's name, open cases", DUE,
                    filter(OPEN, null, null, null, false, "priya patel", null)),
            new Kind("search-reference", "search", "the start of a reference, open cases", DUE,
                    filter(OPEN, null, null, null, false, "foi-2026-00004", null)),
            new Kind("search-words+regime", "search", "two words and a law, open cases", DUE,
                    filter(OPEN, Regime.EIR, null, null, false, "flooding riverside", null)),
            new Kind("search-common", "search", "a word in every case, open cases", DUE,
                    filter(OPEN, null, null, null, false, "council", null)),
            new Kind("search-closed", "search", "a word of the questions among the responded cases", DUE,
                    filter(EnumSet.of(CaseStatus.RESPONDED), null, null, null, false, "homelessness", null)));

    static String render() {
        StringBuilder out = new StringBuilder();
        out.append("-- The queue's queries at a million cases, as JdbcCaseQueue.statement builds them: written by\n")
                .append("-- assessment-service's QueueQueriesTest (which fails when this file and the code differ), read by\n")
                .append("-- the bench's queue step, which runs each kind's first page, then its next pages with the cursor\n")
                .append("-- of the page before, against the cases of docs/perf/queue-cases.sql. Parameters in order,\n")
                .append("-- type:value; cursor:key and cursor:reference are the last row's sort key and reference.\n");
        for (Kind kind : KINDS) {
            out.append("\n-- kind: ").append(kind.name()).append("\n-- group: ").append(kind.group())
                    .append("\n-- about: ").append(kind.about()).append("\n-- sort: ").append(kind.order().token())
                    .append('\n');
            JdbcCaseQueue.Statement first = JdbcCaseQueue.statement(kind.filter(), kind.order(), null, PAGE);
            out.append("-- first: ").append(params(first.args(), -1)).append('\n').append(first.sql()).append(";\n");
            JdbcCaseQueue.Statement next = JdbcCaseQueue.statement(kind.filter(), kind.order(),
                    new CaseQueue.Cursor(kind.order(), TODAY, "FOI-2026-0000000"), PAGE);
            out.append("-- next: ").append(params(next.args(), next.args().size() - 3)).append('\n')
                    .append(next.sql()).append(";\n");
        }
        return out.toString();
    }

    /** The parameters as type:value, the cursor's two (from {@code cursorAt}) named rather than given. */
    private static String params(List<Object> args, int cursorAt) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Object arg = args.get(i);
            if (i == cursorAt) {
                out.add("cursor:key");
            } else if (cursorAt >= 0 && i == cursorAt + 1) {
                out.add("cursor:reference");
            } else if (arg instanceof String[] array) {
                out.add("varchar[]:" + String.join(",", array));
            } else if (arg instanceof Date date) {
                out.add("date:" + date.toLocalDate());
            } else if (arg instanceof Integer n) {
                out.add("int:" + n);
            } else {
                out.add("text:" + arg);
            }
        }
        return String.join(" | ", out);
    }

    @Test
    void the_bench_runs_the_queries_this_service_sends() throws Exception {
        String built = render();
        if (Boolean.getBoolean("queue.queries.write")) {
            Files.writeString(FILE, built, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
                .as("%s is what JdbcCaseQueue builds (run this test with -Dqueue.queries.write=true to write it)",
                        FILE.normalize())
                .isEqualTo(built);
    }

    @Test
    void the_search_keeps_letters_and_digits_only_and_at_most_eight_words() {
        assertThat(JdbcCaseQueue.words("Pothole's & | ! :* (Mill) Lane 2025")).containsExactly("pothole", "s", "mill",
                "lane", "2025");
        assertThat(JdbcCaseQueue.words("a b c d e f g h i j")).hasSize(8);
        assertThat(JdbcCaseQueue.words("Łódź Straße")).containsExactly("łódź", "straße");
        JdbcCaseQueue.Statement s = JdbcCaseQueue.statement(filter(OPEN, null, null, null, false, "50%_off", null),
                DUE, null, PAGE);
        assertThat(s.args()).containsExactly("50:* & off:*", "50\\%\\_OFF%", 26);
        assertThat(s.sql()).contains("search @@ to_tsquery('simple', ?) or upper(reference) like ?");
        // Several words: the reference is not looked at.
        assertThat(JdbcCaseQueue.statement(filter(OPEN, null, null, null, false, "mill lane", null), DUE, null, PAGE)
                .sql()).doesNotContain("reference) like");
    }
}
