package org.foiplatform.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The parts of the letters and disclosure-search steps that can be checked without the stack. */
class LettersAndSearchTest {

    @Test
    void cpuTimeIsUtimePlusStimeEvenWithSpacesInTheCommandName() {
        // A real line of /proc/<pid>/stat (a JVM), with a command name holding a space and a parenthesis.
        String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 123456 0 12 0 1534 266 0 0 20 0 45 0 98765"
                + " 3400000000 60000 18446744073709551615 1 1 0 0 0 0 0 4096 16796879 0 0 0 17 1 0 0 0 0 0";
        assertThat(ServiceProcess.cpuSeconds(stat, 100)).isCloseTo(18.0, within(1e-9));
    }

    @Test
    void theGeneratorGetsItsBoundsAndKeepsItsCasts() {
        String sql = "select i::text, :first, :last from generate_series(:first, :last) i where x::jsonb is not null";
        assertThat(DisclosureSearchStep.generator(sql, 100_001, 200_000))
                .isEqualTo("select i::text, 100001, 200000 from generate_series(100001, 200000) i where x::jsonb is not null");
    }

    @Test
    void thePlanQueryBindsWordsThenFiltersInTheServicesOrder() {
        StringBuilder page = new StringBuilder();
        StringBuilder count = new StringBuilder();
        List<Object> bound = DisclosureSearchStep.sql(Map.of("q", "pothole repairs", "regime", "FOIA", "from", "2025-01-01",
                "exemption", "FOIA s.21"), page, count);
        // As JdbcDisclosureLog sends it: candidates from the narrow table, the newest 1,000 ranked, the count with them.
        assertThat(page.toString()).contains("from disclosure_search s, websearch_to_tsquery('english', ?) as q where"
                + " s.search @@ q and s.responded_on >= ? and s.regime = ? and s.exemptions @> array[?]::text[]")
                .contains("ts_rank_cd(c.search, c.q)", "(select count(*) as matches from candidates)");
        assertThat(count.toString()).as("no separate count with words").isEmpty();
        @SuppressWarnings("unchecked")
        List<Object> pageParams = (List<Object>) bound.get(0);
        assertThat(pageParams.subList(0, 8))
                .containsExactly("pothole repairs", LocalDate.of(2025, 1, 1), "FOIA", "FOIA s.21", 1001L, 1000, 20, 0L);
        assertThat(bound.get(1)).isEqualTo(List.of("pothole repairs", LocalDate.of(2025, 1, 1), "FOIA", "FOIA s.21"));
    }

    @Test
    void withoutWordsTheNewestComeFirst() {
        StringBuilder page = new StringBuilder();
        StringBuilder count = new StringBuilder();
        DisclosureSearchStep.sql(Map.of("page", "2"), page, count);
        assertThat(page.toString()).doesNotContain("tsquery").endsWith("order by responded_on desc, reference desc limit 20 offset ?");
    }

    @Test
    void everyKindOfSearchIsAQueryTheApiTakes() {
        assertThat(DisclosureSearchStep.KINDS).hasSize(8);
        assertThat(DisclosureSearchStep.query(Map.of("q", "\"street lights\"", "exemption", "FOIA s.40(2)")))
                .isEqualTo("exemption=FOIA+s.40%282%29&q=%22street+lights%22");
        assertThat(DisclosureSearchStep.executionMs("Planning Time: 0.3 ms\nExecution Time: 22.608 ms")).isEqualTo(22.608);
    }

    @Test
    void theSummaryRelatesLettersToTheMachineAndJudgesTheSearch() {
        ObjectNode root = ReportTest.results();
        root.putObject("letters").put("letters", 200).put("issued", 200).put("lettersPerSecond", 15.0)
                .put("lettersPerCpuSecond", 20.0).put("cores", 2).put("machineLimitLettersPerSecond", 40.0)
                .put("ratioToMachine", 0.375).put("meanPdfBytes", 54_000).putObject("warmUp").put("letters", 20);
        ObjectNode search = root.putObject("disclosure-search").put("entries", 1_000_000).put("database", "response_bench");
        search.putObject("overall").put("p95Ms", 150.0).put("errors", 0).put("requests", 400);
        search.putArray("kinds").addObject().put("kind", "word").put("p50Ms", 10.0).put("p95Ms", 20.0).put("p99Ms", 30.0);
        ((ObjectNode) root.path("stepStatus")).putObject("letters").put("status", "ok");
        ((ObjectNode) root.path("stepStatus")).putObject("disclosure-search").put("status", "ok");
        Targets.writeTo(Targets.evaluate(root), root.putArray("targets"));
        String md = Report.markdown(root, null);
        assertThat(md).contains("| Letters rendered (HTML, text and A4 PDF) a second | 15.0 a second (20.0 a core-second;"
                + " mean PDF 53 KB) | 0.38 × the machine's limit for letters")
                .contains("| Disclosure log search over 1,000,000 entries: p95 | 150.0 ms | 1.50 × the 100 ms target")
                .contains("| disclosure log search p95 under 100 ms over a million entries | p95 150.0 ms over 1,000,000"
                        + " entries | **missed** |");
    }
}
