package org.foiplatform.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The summary shows each figure beside its ratio to the machine's limit, and judges the targets. */
class ReportTest {

    static final long MIB = 1024 * 1024;

    static ObjectNode results() {
        ObjectNode root = Json.object();
        root.putObject("run").put("id", "abc").put("startedAt", "29 November 2026, 19:35:43").put("quick", true)
                .put("arguments", "--quick").put("seconds", 420.0);
        ObjectNode status = root.putObject("stepStatus");
        for (String step : List.of("machine", "intake", "end-to-end", "footprint")) {
            status.putObject(step).put("status", "ok");
        }
        ObjectNode machine = root.putObject("machine").put("cores", 2).put("memTotalBytes", 24L * 1024 * MIB);
        machine.putObject("postgres").put("status", "ok").put("tps", 10_000.0).put("fsync", "on")
                .put("synchronousCommit", "on").put("seconds", 15);
        machine.putObject("kafkaProduce").put("status", "ok").put("recordsPerSecond", 50_000.0)
                .put("megabytesPerSecond", 48.8).put("p50Ms", 400).put("p99Ms", 700).put("requestedRecords", 200_000);
        machine.putObject("kafkaEndToEnd").put("status", "ok").put("averageMs", 2.5).put("p50Ms", 2).put("p99Ms", 9)
                .put("p999Ms", 40).put("messages", 5_000);
        ObjectNode intake = root.putObject("intake").put("highestSustainedRate", 1_200.0).put("stepSeconds", 10)
                .put("brokeAt", "1500 a second: p99 1,500 ms (above 1 s)");
        intake.putArray("steps").addObject().put("offeredRate", 50.0).put("p50Ms", 4.0).put("p95Ms", 6.0)
                .put("p99Ms", 9.0).put("maxMs", 20.0).put("sent", 500).put("errors", 0).put("achievedRate", 50.0)
                .put("verdict", "kept up");
        intake.withArray("steps").addObject().put("offeredRate", 200.0).put("p50Ms", 5.0).put("p95Ms", 12.0)
                .put("p99Ms", 30.0).put("maxMs", 80.0).put("sent", 2_000).put("errors", 0).put("achievedRate", 199.0)
                .put("verdict", "kept up");
        ObjectNode e2e = root.putObject("end-to-end").put("keepUpRate", 100);
        e2e.putObject("fixed").put("offeredRate", 100.0).put("seconds", 60.0).put("accepted", 6_000).put("arrived", 6_000)
                .put("missing", 0).put("p50Ms", 500.0).put("p95Ms", 800.0).put("p99Ms", 950.0).put("maxMs", 1_200.0)
                .put("ackWaitSeconds", 60);
        e2e.putObject("audit").put("status", "ok").put("submissions", 6_000).put("lost", 0).put("doubled", 0)
                .put("unknown", 0).put("acknowledgementsStillPending", 0).put("pipelineQuietBeforeAudit", true);
        ObjectNode services = root.putObject("footprint").putObject("services");
        services.putObject("intake").put("idleRssBytes", 200 * MIB).put("peakRssUnderLoadBytes", 300 * MIB)
                .put("readySeconds", 2.5);
        services.putObject("assessment").put("idleRssBytes", 180 * MIB).put("peakRssUnderLoadBytes", 220 * MIB)
                .put("readySeconds", 4.9);
        services.putObject("response").put("idleRssBytes", 150 * MIB).put("peakRssUnderLoadBytes", 160 * MIB)
                .put("readySeconds", 2.0);
        services.putObject("notification").put("idleRssBytes", 190 * MIB).put("peakRssUnderLoadBytes", 250 * MIB)
                .put("readySeconds", 3.0);
        return root;
    }

    @Test
    void ratiosDivideEachFigureByTheMachinesLimit() {
        ObjectNode root = results();
        assertThat(Report.intakeToPostgres(root)).isCloseTo(0.12, within(1e-12));
        assertThat(Report.keepUpToKafka(root)).isCloseTo(0.002, within(1e-12));
        assertThat(Report.p50ToKafka(root)).isCloseTo(250, within(1e-12));
    }

    @Test
    void kafkasP50InWholeMillisecondsOfZeroFallsBackToItsAverage() {
        ObjectNode root = results();
        ((ObjectNode) root.path("machine").path("kafkaEndToEnd")).put("p50Ms", 0);
        assertThat(Report.p50ToKafka(root)).isCloseTo(200, within(1e-12));
        assertThat(Report.markdown(root, null)).contains("| End to end at 100 a second: p50 | 500.0 ms | 200 × Kafka's"
                + " end-to-end average (2.50 ms; its p50, printed in whole ms, was 0) |");
    }

    @Test
    void aMissingFigureGivesNoRatioRatherThanAZero() {
        ObjectNode root = results();
        ((ObjectNode) root.path("machine")).putObject("postgres").put("status", "failed").put("reason", "no pgbench");
        assertThat(Report.intakeToPostgres(root)).isNaN();
        assertThat(Report.markdown(root, null))
                .contains("| Intake: highest sustained rate | 1,200 a second | no ratio: a figure is missing")
                .contains("| PostgreSQL single-row insert commits | failed: no pgbench |");
    }

    @Test
    void theSummaryShowsEachFigureBesideItsRatio() {
        String md = Report.markdown(results(), "latest.png");
        assertThat(md)
                .contains("| Intake: highest sustained rate | 1,200 a second | 0.12 × PostgreSQL's single-row insert"
                        + " commits a second (10,000) |")
                .contains("| End to end: highest rate that keeps up | 100 a second | 0.0020 × Kafka's produce rate"
                        + " (50,000 a second) |")
                .contains("| End to end at 100 a second: p50 | 500.0 ms | 250 × Kafka's end-to-end p50 (2.00 ms) |")
                .contains("| intake-service resident memory, peak under load | 300 MB | 1.2% of the machine's memory;"
                        + " 117% of the 256 MB target |")
                .contains("| 50 | 500 | 0 | 50 | 4.00 ms | 6.00 ms | 9.00 ms | 20.0 ms | kept up |")
                .contains("| 200 | 2,000 | 0 | 199 | 5.00 ms | 12.0 ms | 30.0 ms | 80.0 ms | kept up |")
                .contains("![Latency (ms, p50, p95, p99) against offered rate](latest.png)");
    }

    @Test
    void targetsAreJudgedFromTheFigures() {
        ObjectNode root = results();
        Targets.writeTo(Targets.evaluate(root), root.putArray("targets"));
        String md = Report.markdown(root, null);
        assertThat(md)
                .contains("| intake sustains at least 1,000 submissions a second | 1,200 a second | **met** |")
                .contains("| intake p99 under 50 ms at 200 submissions a second | p99 30.0 ms | **met** |")
                .contains("| end to end at 100 a second: p50 under 300 ms | p50 500.0 ms | **missed** |")
                .contains("| end to end at 100 a second: p99 under 1 s | p99 950.0 ms | **met** |")
                .contains("| end to end at 100 a second: nothing lost or doubled (audit) | 6,000 submissions: 0 lost,"
                        + " 0 doubled | **met** |")
                .contains("| every service under 256 MB resident under load | largest: intake-service 300 MB | **missed** |")
                .contains("| every service ready in under 5 s | slowest: assessment-service 4.90 s | **met** |");
    }

    @Test
    void acknowledgementsThatNeverArrivedCountAgainstTheP99() {
        ObjectNode root = results();
        ((ObjectNode) root.path("end-to-end").path("fixed")).put("missing", 100).put("arrived", 5_900);
        List<Targets.Target> targets = Targets.evaluate(root);
        assertThat(targets).filteredOn(t -> t.id().equals("e2e-p99")).singleElement()
                .satisfies(t -> {
                    assertThat(t.result()).isEqualTo(Targets.MISSED);
                    assertThat(t.figure()).isEqualTo(
                            "p99 950.0 ms; 100 of 6,000 acknowledgements had not arrived 60 s after the load");
                });
    }

    @Test
    void aDoubleFailsTheAuditAndAnUndrainedPipelineProvesNothing() {
        ObjectNode root = results();
        ObjectNode audit = (ObjectNode) root.path("end-to-end").path("audit");
        audit.put("doubled", 1);
        assertThat(result(root, "e2e-audit")).isEqualTo(Targets.MISSED);
        audit.put("doubled", 0).put("lost", 20).put("acknowledgementsStillPending", 20).put("pipelineQuietBeforeAudit", false);
        assertThat(result(root, "e2e-audit")).isEqualTo(Targets.NOT_MEASURED);
        audit.put("acknowledgementsStillPending", 0).put("pipelineQuietBeforeAudit", true);
        assertThat(result(root, "e2e-audit")).isEqualTo(Targets.MISSED);
    }

    @Test
    void aStepThatDidNotRunIsNotMeasuredNotMissed() {
        ObjectNode root = results();
        root.remove("intake");
        ((ObjectNode) root.path("stepStatus").path("intake")).put("status", "failed").put("reason", "intake is down");
        assertThat(result(root, "intake-rate")).isEqualTo(Targets.NOT_MEASURED);
        assertThat(Targets.evaluate(root).get(0).figure()).isEqualTo("the intake step failed: intake is down");
    }

    private static String result(ObjectNode root, String id) {
        return Targets.evaluate(root).stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow().result();
    }

    @Test
    void ratiosAreReadableFarBelowOne() {
        assertThat(Format.ratio(0.42)).isEqualTo("0.42 ×");
        assertThat(Format.ratio(0.002)).isEqualTo("0.0020 ×");
        assertThat(Format.ratio(0.00002)).isEqualTo("0.000020 ×");
        assertThat(Format.ratio(0.000810)).isEqualTo("0.00081 ×");
        assertThat(Format.ratio(0.0227)).isEqualTo("0.023 ×");
        assertThat(Format.ratio(33.51)).isEqualTo("33.5 ×");
        assertThat(Format.ratio(1_234)).isEqualTo("1,234 ×");
        assertThat(Format.ratio(Double.NaN)).isEqualTo("n/a");
    }
}
