package org.foiplatform.bench;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the figures out of what pgbench and Kafka's own performance tools print. Each parser returns empty when the
 * line it needs is not there, so that a tool that failed is reported as failed and never as a zero.
 */
final class ToolOutput {

    private ToolOutput() {
    }

    /** pgbench's summary: the commit rate and what it was measured over. */
    record Pgbench(double tps, long transactions, long failed, double latencyAverageMs) {
    }

    /** ProducerPerformance's final line (Kafka 4.1: "... records sent, ... records/sec (... MB/sec), ... 99.9th."). */
    record ProducerPerformance(long records, double recordsPerSecond, double megabytesPerSecond, double averageMs,
            double maxMs, int p50Ms, int p95Ms, int p99Ms, int p999Ms) {
    }

    /** EndToEndLatency's summary ("Avg latency: x ms" and "Percentiles: 50th = a, 99th = b, 99.9th = c", whole ms). */
    record EndToEndLatency(double averageMs, int p50Ms, int p99Ms, int p999Ms) {
    }

    private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";

    // pgbench 14 and later: "tps = 1234.567890 (without initial connection time)";
    // 13 and earlier print two lines, "(including connections establishing)" and "(excluding connections establishing)".
    private static final Pattern TPS = Pattern.compile("(?m)^tps = " + NUMBER + " \\(([^)]*)\\)\\s*$");
    private static final Pattern PROCESSED = Pattern.compile(
            "(?m)^number of transactions actually processed: (\\d+)");
    private static final Pattern FAILED = Pattern.compile("(?m)^number of failed transactions: (\\d+)");
    private static final Pattern LATENCY = Pattern.compile("(?m)^latency average = " + NUMBER + " ms");

    static Optional<Pgbench> pgbench(String output) {
        Double chosen = null;
        Matcher tps = TPS.matcher(output);
        while (tps.find()) {
            double value = Double.parseDouble(tps.group(1));
            String note = tps.group(2);
            if (note.startsWith("without") || note.startsWith("excluding")) {
                chosen = value;
                break;
            }
            if (chosen == null) {
                chosen = value;
            }
        }
        if (chosen == null) {
            return Optional.empty();
        }
        return Optional.of(new Pgbench(chosen, longOr(PROCESSED, output, -1), longOr(FAILED, output, 0),
                doubleOr(LATENCY, output, Double.NaN)));
    }

    private static final Pattern PRODUCER_FINAL = Pattern.compile(
            "(\\d+) records sent, " + NUMBER + " records/sec \\(" + NUMBER + " MB/sec\\), " + NUMBER + " ms avg latency, "
                    + NUMBER + " ms max latency, (\\d+) ms 50th, (\\d+) ms 95th, (\\d+) ms 99th, (\\d+) ms 99\\.9th\\.");

    /** The final line only: the five-second window lines before it carry no percentiles. */
    static Optional<ProducerPerformance> producerPerformance(String output) {
        Matcher m = PRODUCER_FINAL.matcher(output);
        ProducerPerformance last = null;
        while (m.find()) {
            last = new ProducerPerformance(Long.parseLong(m.group(1)), Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)),
                    Integer.parseInt(m.group(6)), Integer.parseInt(m.group(7)), Integer.parseInt(m.group(8)),
                    Integer.parseInt(m.group(9)));
        }
        return Optional.ofNullable(last);
    }

    private static final Pattern E2E_AVERAGE = Pattern.compile("(?m)^Avg latency: " + NUMBER + " ms");
    private static final Pattern E2E_PERCENTILES = Pattern.compile(
            "(?m)^Percentiles: 50th = (\\d+), 99th = (\\d+), 99\\.9th = (\\d+)");

    static Optional<EndToEndLatency> endToEndLatency(String output) {
        Matcher avg = E2E_AVERAGE.matcher(output);
        Matcher pct = E2E_PERCENTILES.matcher(output);
        if (!avg.find() || !pct.find()) {
            return Optional.empty();
        }
        return Optional.of(new EndToEndLatency(Double.parseDouble(avg.group(1)), Integer.parseInt(pct.group(1)),
                Integer.parseInt(pct.group(2)), Integer.parseInt(pct.group(3))));
    }

    private static long longOr(Pattern pattern, String text, long fallback) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Long.parseLong(m.group(1)) : fallback;
    }

    private static double doubleOr(Pattern pattern, String text, double fallback) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : fallback;
    }
}
