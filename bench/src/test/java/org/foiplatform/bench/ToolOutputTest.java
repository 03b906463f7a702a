package org.foiplatform.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The parsers read the tools' real output, as printed by pgbench 15 and Kafka 4.1.2's tools on this platform. */
class ToolOutputTest {

    static final String PGBENCH_15 = """
            pgbench (15.18 (Debian 15.18-0+deb12u1))
            transaction type: /tmp/foi-bench-insert16832797822992493320.sql
            scaling factor: 1
            query mode: simple
            number of clients: 8
            number of threads: 2
            maximum number of tries: 1
            duration: 5 s
            number of transactions actually processed: 48190
            number of failed transactions: 0 (0.000%)
            latency average = 0.795 ms
            latency stddev = 1.191 ms
            initial connection time = 36.797 ms
            tps = 9681.617624 (without initial connection time)
            """;

    /** pgbench 13 and earlier print two tps lines; the one without connection set-up is the commit rate. */
    static final String PGBENCH_13 = """
            transaction type: insert.sql
            number of clients: 8
            number of threads: 2
            duration: 15 s
            number of transactions actually processed: 30123
            latency average = 3.983 ms
            tps = 2001.100000 (including connections establishing)
            tps = 2008.523113 (excluding connections establishing)
            """;

    @Test
    void readsPgbench15() {
        ToolOutput.Pgbench figures = ToolOutput.pgbench(PGBENCH_15).orElseThrow();
        assertThat(figures.tps()).isCloseTo(9681.617624, within(1e-6));
        assertThat(figures.transactions()).isEqualTo(48190);
        assertThat(figures.failed()).isZero();
        assertThat(figures.latencyAverageMs()).isCloseTo(0.795, within(1e-9));
    }

    @Test
    void readsTheExcludingLineOfOlderPgbench() {
        assertThat(ToolOutput.pgbench(PGBENCH_13).orElseThrow().tps()).isCloseTo(2008.523113, within(1e-6));
    }

    @Test
    void aPgbenchThatFailedGivesNoFigure() {
        assertThat(ToolOutput.pgbench("pgbench: error: connection to server on socket failed\n")).isEmpty();
        // Progress lines (-P 2) are not the summary.
        assertThat(ToolOutput.pgbench("progress: 2.0 s, 17134.2 tps, lat 0.438 ms stddev 0.278, 0 failed\n")).isEmpty();
    }

    static final String PRODUCER_PERFORMANCE = """
            97906 records sent, 19581.2 records/sec (19.12 MB/sec), 1273.4 ms avg latency, 1602.0 ms max latency.
            50000 records sent, 29222.7 records/sec (28.54 MB/sec), 537.78 ms avg latency, 762.00 ms max latency, \
            643 ms 50th, 749 ms 95th, 756 ms 99th, 761 ms 99.9th.
            """;

    @Test
    void readsProducerPerformancesFinalLineNotItsWindows() {
        ToolOutput.ProducerPerformance figures = ToolOutput.producerPerformance(PRODUCER_PERFORMANCE).orElseThrow();
        assertThat(figures.records()).isEqualTo(50_000);
        assertThat(figures.recordsPerSecond()).isCloseTo(29222.7, within(1e-9));
        assertThat(figures.megabytesPerSecond()).isCloseTo(28.54, within(1e-9));
        assertThat(figures.averageMs()).isCloseTo(537.78, within(1e-9));
        assertThat(figures.maxMs()).isCloseTo(762.0, within(1e-9));
        assertThat(figures.p50Ms()).isEqualTo(643);
        assertThat(figures.p95Ms()).isEqualTo(749);
        assertThat(figures.p99Ms()).isEqualTo(756);
        assertThat(figures.p999Ms()).isEqualTo(761);
    }

    @Test
    void producerPerformanceWithoutItsFinalLineGivesNoFigure() {
        assertThat(ToolOutput.producerPerformance(
                "97906 records sent, 19581.2 records/sec (19.12 MB/sec), 1273.4 ms avg latency, 1602.0 ms max latency.\n"))
                .isEmpty();
    }

    static final String END_TO_END_LATENCY = """
            0\t46.058896999999995
            1000\t1.234567
            Avg latency: 2.0637 ms
            Percentiles: 50th = 0, 99th = 13, 99.9th = 55
            """;

    @Test
    void readsEndToEndLatency() {
        ToolOutput.EndToEndLatency figures = ToolOutput.endToEndLatency(END_TO_END_LATENCY).orElseThrow();
        assertThat(figures.averageMs()).isCloseTo(2.0637, within(1e-9));
        assertThat(figures.p50Ms()).isZero();
        assertThat(figures.p99Ms()).isEqualTo(13);
        assertThat(figures.p999Ms()).isEqualTo(55);
    }

    @Test
    void endToEndLatencyThatStoppedGivesNoFigure() {
        assertThat(ToolOutput.endToEndLatency("0\t46.05\npoll() timed out before finding a result (timeout:[60000])\n"))
                .isEmpty();
    }

    @Test
    void keepsTheToolsLastLines() {
        assertThat(MachineStep.lastLines(END_TO_END_LATENCY, 2))
                .isEqualTo("Avg latency: 2.0637 ms\nPercentiles: 50th = 0, 99th = 13, 99.9th = 55");
    }
}
