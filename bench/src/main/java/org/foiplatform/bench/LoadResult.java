package org.foiplatform.bench;

import java.util.Map;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The figures of one open-loop run. Latencies are from each request's due time, in milliseconds. */
record LoadResult(double offeredRate, double seconds, int scheduled, long sent, long completed, long succeeded,
        long errors, Map<String, Long> errorKinds, long completedInWindow, double p50Ms, double p95Ms, double p99Ms,
        double maxMs, double meanMs, double maxSchedulerLagMs) {

    static LoadResult of(OpenLoop.Schedule schedule, OpenLoop.Counters counters) {
        Histogram h = counters.latency.copy();
        boolean any = h.getTotalCount() > 0;
        long completed = counters.completed.sum();
        long unfinished = schedule.count() - completed;
        Map<String, Long> kinds = OpenLoop.kinds(counters);
        if (unfinished > 0) {
            kinds.put("no reply in time", unfinished);
        }
        return new LoadResult(schedule.rate(), schedule.seconds(), schedule.count(), counters.sent.sum(), completed,
                counters.succeeded.sum(), counters.errors.sum() + Math.max(0, unfinished), Map.copyOf(kinds),
                counters.completedInWindow.sum(),
                any ? h.getValueAtPercentile(50) / 1_000.0 : Double.NaN,
                any ? h.getValueAtPercentile(95) / 1_000.0 : Double.NaN,
                any ? h.getValueAtPercentile(99) / 1_000.0 : Double.NaN,
                any ? h.getMaxValue() / 1_000.0 : Double.NaN,
                any ? h.getMean() / 1_000.0 : Double.NaN,
                counters.maxSchedulerLagNanos.get() / 1e6);
    }

    /** Completions within the schedule's window, a second. */
    double achievedRate() {
        return seconds <= 0 ? 0 : completedInWindow / seconds;
    }

    double errorShare() {
        return scheduled == 0 ? 0 : (double) errors / scheduled;
    }

    void writeTo(ObjectNode node) {
        node.put("offeredRate", offeredRate);
        node.put("seconds", seconds);
        node.put("scheduled", scheduled);
        node.put("sent", sent);
        node.put("completed", completed);
        node.put("succeeded", succeeded);
        node.put("errors", errors);
        node.put("errorShare", errorShare());
        ObjectNode kinds = node.putObject("errorKinds");
        errorKinds.forEach(kinds::put);
        node.put("completedInWindow", completedInWindow);
        node.put("achievedRate", achievedRate());
        putMillis(node, "p50Ms", p50Ms);
        putMillis(node, "p95Ms", p95Ms);
        putMillis(node, "p99Ms", p99Ms);
        putMillis(node, "maxMs", maxMs);
        putMillis(node, "meanMs", meanMs);
        node.put("maxSchedulerLagMs", maxSchedulerLagMs);
    }

    static void putMillis(ObjectNode node, String name, double value) {
        if (Double.isNaN(value)) {
            node.putNull(name);
        } else {
            node.put(name, Math.round(value * 1_000) / 1_000.0);
        }
    }
}
