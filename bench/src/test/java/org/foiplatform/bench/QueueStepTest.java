package org.foiplatform.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The queue step without a database: it reads every kind of docs/perf/queue-queries.sql (the file assessment-service's
 * QueueQueriesTest keeps equal to its SQL) with as many parameters as placeholders, the cursor's two in the next
 * page's; it applies the migration files in Flyway's version order; it names a plan's scans; its generator takes the
 * numbers of a chunk.
 */
class QueueStepTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void every_kind_of_the_queries_file_has_its_sql_and_as_many_parameters_as_placeholders() throws Exception {
        List<QueueStep.Kind> kinds = QueueStep.parse(Files.readString(ROOT.resolve(QueueStep.QUERIES),
                StandardCharsets.UTF_8));
        assertThat(kinds).extracting(QueueStep.Kind::name).contains("open", "open-newest", "team", "my-cases",
                "overdue", "awaiting-my-approval", "search-word", "search-name", "search-reference", "search-closed");
        assertThat(kinds).extracting(QueueStep.Kind::group).containsOnly("queue", "search");
        for (QueueStep.Kind kind : kinds) {
            assertThat(kind.firstSql()).as(kind.name()).startsWith("select ").doesNotEndWith(";");
            assertThat(placeholders(kind.firstSql())).as(kind.name()).isEqualTo(kind.firstParams().size());
            assertThat(placeholders(kind.nextSql())).as(kind.name()).isEqualTo(kind.nextParams().size());
            assertThat(kind.nextParams()).as(kind.name()).contains("cursor:key", "cursor:reference");
            assertThat(kind.firstParams()).as(kind.name()).doesNotContain("cursor:key", "cursor:reference")
                    .last().isEqualTo("int:26");
        }
        QueueStep.Kind word = kinds.stream().filter(k -> k.name().equals("search-word")).findFirst().orElseThrow();
        assertThat(word.firstSql()).contains("search @@ to_tsquery('simple', ?)");
        assertThat(word.firstParams()).containsExactly("text:gritting:*", "text:GRITTING%", "int:26");
        assertThat(kinds.stream().filter(k -> k.name().equals("open-newest")).findFirst().orElseThrow().byDue())
                .isFalse();
    }

    private static long placeholders(String sql) {
        return sql.chars().filter(c -> c == '?').count();
    }

    @Test
    void the_migrations_run_in_flyways_version_order() {
        List<Path> files = new ArrayList<>(List.of(Path.of("V12__queue_search.sql"), Path.of("V2__b.sql"),
                Path.of("V0_2__message_replay.sql"), Path.of("V1__cases.sql"), Path.of("V0_1__outbox.sql"),
                Path.of("V10__statistics.sql")));
        files.sort((a, b) -> QueueStep.VERSIONS.compare(QueueStep.version(a), QueueStep.version(b)));
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("V0_1__outbox.sql",
                "V0_2__message_replay.sql", "V1__cases.sql", "V2__b.sql", "V10__statistics.sql", "V12__queue_search.sql");
    }

    @Test
    void a_plans_scans_are_named_once_each_in_order() {
        String plan = """
                Limit  (cost=0.42..10.95 rows=26 width=60) (actual time=0.05..0.21 rows=26 loops=1)
                  ->  Index Scan using foi_case_open_queue on foi_case  (cost=0.42..15000.1 rows=40000 width=60)
                        Filter: (search @@ '''gritting'':*'::tsquery)
                  ->  Bitmap Heap Scan on foi_case  (cost=1.0..2.0 rows=1 width=60)
                        ->  Bitmap Index Scan on foi_case_search  (cost=0.00..1.0 rows=1 width=0)
                  ->  Index Scan using foi_case_open_queue on foi_case  (cost=0.42..15000.1 rows=40000 width=60)
                Execution Time: 0.250 ms
                """;
        assertThat(QueueStep.scans(plan)).isEqualTo("Index Scan using foi_case_open_queue, Bitmap Heap Scan on"
                + " foi_case, Bitmap Index Scan on foi_case_search");
        assertThat(QueueStep.executionMs(plan)).isEqualTo(0.25);
    }

    @Test
    void the_generator_takes_the_numbers_of_a_chunk() throws Exception {
        String sql = Files.readString(ROOT.resolve(QueueStep.GENERATOR), StandardCharsets.UTF_8);
        String chunk = DisclosureSearchStep.generator(sql, 100_001, 200_000);
        assertThat(chunk).contains("generate_series(100001, 200000)").doesNotContain(":first", ":last")
                .contains("foi_case_search_document(", "insert into case_question");
    }

    @Test
    void the_queue_and_the_search_are_judged_against_their_own_targets_at_a_million_cases_only() {
        ObjectNode root = Json.object();
        root.putObject("stepStatus").putObject("queue").put("status", "ok");
        ObjectNode queue = root.putObject("queue");
        queue.put("casesLoaded", 1_000_000);
        queue.putObject("groups").putObject("queue").put("p95Ms", 49.9);
        ((ObjectNode) queue.get("groups")).putObject("search").put("p95Ms", 100.0);
        assertThat(result(root, "queue-p95")).isEqualTo(Targets.MET);
        assertThat(result(root, "officer-search-p95")).isEqualTo(Targets.MISSED);
        queue.put("casesLoaded", 999_999);
        assertThat(result(root, "queue-p95")).isEqualTo(Targets.NOT_MEASURED);
        ((ObjectNode) root.path("stepStatus").path("queue")).put("status", "skipped").put("reason", "not named in --only");
        assertThat(Targets.evaluate(root).stream().filter(t -> t.id().equals("officer-search-p95")).findFirst()
                .orElseThrow().figure()).contains("not named in --only");
    }

    private static String result(ObjectNode root, String id) {
        return Targets.evaluate(root).stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow().result();
    }
}
