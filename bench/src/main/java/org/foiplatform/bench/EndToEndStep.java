package org.foiplatform.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * End to end: from each submission's due time to the moment the SMTP server accepted its acknowledgement (the
 * {@code sentAt} of NotificationSent). First a fixed-rate run (default 100 a second for 60 s) with an audit of every
 * accepted submission; then rising steps until one does not keep up ({@link KeepUp#endToEnd}).
 */
final class EndToEndStep implements BenchStep {

    @Override
    public String name() {
        return "end-to-end";
    }

    @Override
    public String description() {
        return "submission to acknowledgement accepted by SMTP at a fixed rate, an audit, then rising steps";
    }

    /** One accepted submission: its address, reference and due time on the wall clock. */
    record Submission(int index, String email, String reference, long dueEpochMicros) {
    }

    /** What one end-to-end run saw. */
    record Run(LoadResult load, List<Submission> accepted, long arrived, long arrivedInGrace, long doubledOnTopic,
            double p50Ms, double p95Ms, double p99Ms, double maxMs, double lastAfterLastSubmissionMs,
            double acknowledgementsPerSecond, double waitedAfterLoadSeconds, KeepUp.Verdict verdict) {
    }

    @Override
    public void run(BenchContext context) throws Exception {
        Options options = context.options();
        ObjectNode section = context.section(name());
        section.put("source", "NotificationSent on foi.notification.v1: payload.sentAt is when the SMTP server accepted"
                + " the email; latency is from each submission's due time");
        context.memory().startSampling();
        try (Pipeline pipeline = new Pipeline(context.settings());
                NotificationWatcher watcher = new NotificationWatcher(context.settings().kafkaBootstrap())) {
            long deadLetters = pipeline.deadLetters();
            ObjectNode startOffsets = section.putObject("watcherStartOffsets");
            watcher.startOffsets().forEach((p, o) -> startOffsets.put(Integer.toString(p), o));

            // 0. Warm-up: services started moments before compile their code as they go and, four at once on
            // two cores, manage far less than their steady pace for the first minute or two (measured at 100 a
            // second: p50 27 s on services started a minute before, 61 ms a few minutes later; 20 s at 50 a second
            // was not warm enough). So the fixed rate itself for 10 s at a time until a round keeps up (p99 under
            // 1 s, every acknowledgement in), at most twelve rounds; each round is recorded, cold ones too.
            ArrayNode warmUp = section.putArray("warmUp");
            for (int round = 1; round <= 12; round++) {
                Run warm = run(context, watcher, "ew" + round, options.e2eRate, 10, 30);
                write(warm, warmUp.addObject());
                Console.say("end-to-end: warm-up round %d, %,d a second for 10 s: p99 %s, %,d of %,d acknowledged",
                        round, options.e2eRate, Format.millis(warm.p99Ms()), warm.arrived(), warm.accepted().size());
                if (warm.p99Ms() < 1_000 && warm.arrived() == warm.accepted().size()) {
                    break;
                }
            }

            // 1. The fixed-rate run, on a drained pipeline and an empty SMTP capture.
            ObjectNode fixed = section.putObject("fixed");
            Pipeline.Settled before = pipeline.settle("before the fixed-rate run", options.drainCapSeconds());
            before.writeTo(fixed.putObject("settledBefore"));
            String reset = MailCapture.reset(context);
            fixed.put("mailCaptureEmptied", reset == null);
            if (reset != null) {
                context.failure("end-to-end.mail-capture", "could not empty the SMTP capture: " + reset);
            }
            int rate = options.e2eRate;
            int seconds = options.e2eSeconds();
            Console.say("end-to-end: %,d submissions a second for %d s; waiting up to %d s for the acknowledgements",
                    rate, seconds, options.ackWaitSeconds());
            Run run = run(context, watcher, "e2e", rate, seconds, options.ackWaitSeconds());
            write(run, fixed);
            fixed.put("ackWaitSeconds", options.ackWaitSeconds());
            Console.say("end-to-end at %,d a second: %,d accepted, %,d acknowledged; p50 %s, p95 %s, p99 %s, max %s;"
                    + " the last arrived %s after the last submission", rate, run.accepted().size(), run.arrived(),
                    Format.millis(run.p50Ms()), Format.millis(run.p95Ms()), Format.millis(run.p99Ms()),
                    Format.millis(run.maxMs()), Format.millis(run.lastAfterLastSubmissionMs()));

            // 2. The audit of every accepted submission of the fixed-rate run, once the pipeline has drained.
            ObjectNode audit = section.putObject("audit");
            try {
                Pipeline.Settled drained = waitForAll(pipeline, watcher, run.accepted(), options.drainCapSeconds());
                drained.writeTo(audit.putObject("settledBefore"));
                new Audit(context).run(run.accepted(), watcher, drained.quiet(), audit);
            } catch (Exception e) {
                audit.put("status", "failed");
                audit.put("reason", MachineStep.reason(e));
                context.failure("end-to-end.audit", MachineStep.reason(e));
            }

            // 3. Rising steps until one does not keep up.
            ladder(context, pipeline, watcher, section);
            pipeline.settle("after the end-to-end steps", options.drainCapSeconds()).writeTo(section.putObject("settledAfter"));
            pipeline.recordDeadLetters(context, name(), deadLetters, section);
            pipeline.unavailableChecks().forEach((check, reason) -> context.failure("end-to-end.settle", check + ": " + reason));
            section.put("notificationSentRead", watcher.records());
            section.put("notificationSentUnreadable", watcher.unreadable());
            if (watcher.failure() != null) {
                context.failure("end-to-end.watcher", watcher.failure());
            }
        } finally {
            context.memory().stopSampling();
        }
    }

    private void ladder(BenchContext context, Pipeline pipeline, NotificationWatcher watcher, ObjectNode section)
            throws InterruptedException {
        Options options = context.options();
        ArrayNode steps = section.putArray("steps");
        int seconds = options.e2eStepSeconds();
        section.put("stepSeconds", seconds);
        section.put("rule", "a step keeps up if every acknowledgement has arrived " + KeepUp.ACK_GRACE_SECONDS
                + " s after its load ended and p99 end to end is at most 1 s");
        Integer keptUp = null;
        Integer lowestBroken = null;
        List<Integer> tried = new ArrayList<>();
        int rate = options.e2eStartRate;
        boolean descending = false;
        while (rate >= 1 && rate <= options.e2eMaxRate) {
            boolean kept = ladderStep(context, pipeline, watcher, steps, rate, tried, false);
            if (kept) {
                keptUp = keptUp == null ? rate : Math.max(keptUp, rate);
                if (descending) {
                    break;
                }
                rate += options.e2eRateIncrement;
            } else {
                lowestBroken = lowestBroken == null ? rate : Math.min(lowestBroken, rate);
                // The first step broke: halve the rate (down to 25 a second) to find one that keeps up.
                if (keptUp == null && rate / 2 >= 25) {
                    descending = true;
                    rate = rate / 2;
                } else {
                    break;
                }
            }
        }
        // One step more, halfway between the highest rate that kept up and the lowest that broke.
        if (keptUp != null && lowestBroken != null && lowestBroken - keptUp >= 50) {
            int middle = (int) Math.round((keptUp + lowestBroken) / 2.0 / 5) * 5;
            if (ladderStep(context, pipeline, watcher, steps, middle, tried, true)) {
                keptUp = middle;
            } else {
                lowestBroken = middle;
            }
        }
        if (keptUp == null) {
            section.putNull("keepUpRate");
            section.put("keepUpNote", "none of the rates tried kept up: " + tried);
        } else {
            section.put("keepUpRate", keptUp);
        }
        if (lowestBroken != null) {
            section.put("brokeAt", lowestBroken);
        }
        Console.say("end-to-end: keeps up at %s", keptUp == null ? "none of " + tried + " a second" : Format.rate(keptUp));
    }

    /** One step of the ladder, on a settled pipeline; true if it kept up. */
    private boolean ladderStep(BenchContext context, Pipeline pipeline, NotificationWatcher watcher, ArrayNode steps,
            int rate, List<Integer> tried, boolean refinement) throws InterruptedException {
        Options options = context.options();
        int seconds = options.e2eStepSeconds();
        // After a step that broke, its backlog must drain first; the longer cap is for that.
        Pipeline.Settled settled = pipeline.settle("before end-to-end " + rate + " a second",
                tried.isEmpty() ? options.settleCapSeconds() : options.drainCapSeconds());
        Console.say("end-to-end step: %,d a second for %d s%s", rate, seconds, refinement ? " (halfway between)" : "");
        Run run = run(context, watcher, "e2e" + rate, rate, seconds, KeepUp.ACK_GRACE_SECONDS);
        tried.add(rate);
        ObjectNode step = steps.addObject();
        step.put("offeredRate", rate);
        if (refinement) {
            step.put("refinement", true);
        }
        settled.writeTo(step.putObject("settledBefore"));
        write(run, step);
        Console.say("end-to-end step %,d a second: p50 %s, p99 %s, %,d of %,d acknowledged in time: %s", rate,
                Format.millis(run.p50Ms()), Format.millis(run.p99Ms()), run.arrivedInGrace(), run.accepted().size(),
                run.verdict().reason());
        return run.verdict().keptUp();
    }

    /** Waits until every accepted submission has its acknowledgement, or the pipeline has settled, or the cap. */
    private static Pipeline.Settled waitForAll(Pipeline pipeline, NotificationWatcher watcher, List<Submission> accepted,
            int capSeconds) throws InterruptedException {
        long missing = accepted.stream().filter(s -> watcher.acknowledgement(s.reference()).isEmpty()).count();
        if (missing == 0) {
            // Everything arrived; still give the pipeline its three quiet seconds, so that a late double shows.
            return pipeline.settle("before the audit", Math.min(capSeconds, 30));
        }
        Console.say("end-to-end: %,d acknowledgements still missing; waiting for the pipeline to drain before the audit",
                missing);
        return pipeline.settle("before the audit", capSeconds);
    }

    private Run run(BenchContext context, NotificationWatcher watcher, String tag, int rate, int seconds, int waitSeconds)
            throws InterruptedException {
        Map<String, Submission> byReference = new ConcurrentHashMap<>();
        IntakeRequests requests = new IntakeRequests(context.settings().baseUrl("intake"), context.runId(), tag);
        OpenLoop.Schedule schedule = OpenLoop.Schedule.startingSoon(rate, seconds);
        LoadResult load = OpenLoop.run(context.http(), "end-to-end", schedule, requests, status -> status == 201,
                (i, due, done, response, error) -> {
                    if (response != null && response.statusCode() == 201) {
                        String reference = IntakeRequests.reference(response.body());
                        if (reference != null) {
                            byReference.put(reference, new Submission(i, requests.email(i), reference,
                                    schedule.dueEpochMicros(i)));
                        }
                    }
                },
                () -> "acknowledged " + byReference.keySet().stream().filter(r -> watcher.acknowledgement(r).isPresent()).count(),
                35);
        List<Submission> accepted = new ArrayList<>(byReference.values());
        long loadEnd = schedule.endNanos();
        long grace = loadEnd + KeepUp.ACK_GRACE_SECONDS * 1_000_000_000L;
        long cap = loadEnd + waitSeconds * 1_000_000_000L;
        long arrivedInGrace = -1;
        long nextLine = System.nanoTime();
        while (true) {
            long now = System.nanoTime();
            long arrived = accepted.stream().filter(s -> watcher.acknowledgement(s.reference()).isPresent()).count();
            if (arrivedInGrace < 0 && (now >= grace || arrived == accepted.size())) {
                arrivedInGrace = arrived;
            }
            if (arrived == accepted.size() || now >= cap) {
                break;
            }
            if (now >= nextLine) {
                Console.say("  waiting for acknowledgements: %,d of %,d arrived, %.0f s after the load ended", arrived,
                        accepted.size(), (now - loadEnd) / 1e9);
                nextLine = now + 1_000_000_000L;
            }
            Thread.sleep(100);
        }
        double waited = Math.max(0, (System.nanoTime() - loadEnd) / 1e9);

        Histogram latency = new Histogram(1, OpenLoop.HIGHEST_MICROS, 3);
        long arrived = 0;
        long doubled = 0;
        long firstSent = Long.MAX_VALUE;
        long lastSent = Long.MIN_VALUE;
        for (Submission s : accepted) {
            var sent = watcher.acknowledgement(s.reference());
            if (sent.isEmpty()) {
                continue;
            }
            arrived++;
            if (watcher.acknowledgementCount(s.reference()) > 1) {
                doubled++;
            }
            long sentMicros = sent.get().sentAt().getEpochSecond() * 1_000_000L + sent.get().sentAt().getNano() / 1_000;
            latency.recordValue(Math.max(1, Math.min(sentMicros - s.dueEpochMicros(), OpenLoop.HIGHEST_MICROS)));
            firstSent = Math.min(firstSent, sentMicros);
            lastSent = Math.max(lastSent, sentMicros);
        }
        boolean any = latency.getTotalCount() > 0;
        long lastSubmissionDue = schedule.count() == 0 ? 0 : schedule.dueEpochMicros(schedule.count() - 1);
        double lastAfter = any ? (lastSent - lastSubmissionDue) / 1_000.0 : Double.NaN;
        double throughput = arrived > 1 && lastSent > firstSent ? (arrived - 1) / ((lastSent - firstSent) / 1e6) : Double.NaN;
        double p99 = any ? latency.getValueAtPercentile(99) / 1_000.0 : Double.NaN;
        return new Run(load, accepted, arrived, arrivedInGrace, doubled,
                any ? latency.getValueAtPercentile(50) / 1_000.0 : Double.NaN,
                any ? latency.getValueAtPercentile(95) / 1_000.0 : Double.NaN, p99,
                any ? latency.getMaxValue() / 1_000.0 : Double.NaN, lastAfter, throughput, waited,
                KeepUp.endToEnd(accepted.size(), arrivedInGrace, p99));
    }

    private static void write(Run run, ObjectNode node) {
        node.put("offeredRate", run.load().offeredRate());
        node.put("seconds", run.load().seconds());
        run.load().writeTo(node.putObject("intake"));
        node.put("accepted", run.accepted().size());
        node.put("arrived", run.arrived());
        node.put("missing", run.accepted().size() - run.arrived());
        node.put("arrivedWithin" + KeepUp.ACK_GRACE_SECONDS + "sAfterLoad", run.arrivedInGrace());
        node.put("doubledOnTopic", run.doubledOnTopic());
        LoadResult.putMillis(node, "p50Ms", run.p50Ms());
        LoadResult.putMillis(node, "p95Ms", run.p95Ms());
        LoadResult.putMillis(node, "p99Ms", run.p99Ms());
        LoadResult.putMillis(node, "maxMs", run.maxMs());
        LoadResult.putMillis(node, "lastArrivalAfterLastSubmissionMs", run.lastAfterLastSubmissionMs());
        if (Double.isNaN(run.acknowledgementsPerSecond())) {
            node.putNull("acknowledgementsPerSecond");
        } else {
            node.put("acknowledgementsPerSecond", Math.round(run.acknowledgementsPerSecond() * 10) / 10.0);
        }
        node.put("waitedAfterLoadSeconds", Math.round(run.waitedAfterLoadSeconds() * 10) / 10.0);
        node.put("keptUp", run.verdict().keptUp());
        node.put("verdict", run.verdict().reason());
    }
}
