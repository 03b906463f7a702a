package org.foiplatform.bench;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Open-loop load on intake-service's {@code POST /api/requests} in rising steps until one breaks ({@link KeepUp}):
 * the highest rate it sustains, and each step's latency percentiles and errors. Intake alone: the consuming services
 * are held still ({@link PausedConsumers}) during each step and the pipeline is left to settle between steps; the
 * end-to-end step measures everything working at once.
 */
final class IntakeStep implements BenchStep {

    @Override
    public String name() {
        return "intake";
    }

    @Override
    public String description() {
        return "open-loop POST /api/requests in rising steps until one breaks: the highest sustained rate";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        Options options = context.options();
        ObjectNode section = context.section(name());
        List<Integer> rates = options.intakeRates;
        int seconds = options.intakeStepSeconds();
        section.put("stepSeconds", seconds);
        section.putPOJO("rates", rates);
        section.put("rule", "a step breaks with errors above 1%, p99 above 1 s, or completions more than 5% behind the"
                + " offered rate; latency is measured from each request's due time");
        ArrayNode steps = section.putArray("steps");
        ArrayNode settles = section.putArray("settles");
        Double highest = null;
        String brokeAt = null;
        context.memory().startSampling();
        try (Pipeline pipeline = new Pipeline(context.settings())) {
            long deadLetters = pipeline.deadLetters();
            warmUp(context, section);
            for (int k = 0; k < rates.size(); k++) {
                int rate = rates.get(k);
                pipeline.settle("before intake " + rate + " a second", options.settleCapSeconds())
                        .writeTo(settles.addObject());
                Console.say("intake: %,d submissions a second for %d s", rate, seconds);
                IntakeRequests requests = new IntakeRequests(context.settings().baseUrl("intake"), context.runId(), "i" + rate);
                LoadResult result;
                // Intake alone: the consuming services are held still while the step runs, so that intake, its
                // database and the broker have the machine; they catch up before the next step (settle).
                try (PausedConsumers held = PausedConsumers.hold(context.settings().root())) {
                    section.put("consumersHeld", held.count());
                    result = OpenLoop.run(context.http(), "intake", OpenLoop.Schedule.startingSoon(rate, seconds),
                            requests, status -> status == 201, null, null, 35);
                }
                KeepUp.Verdict verdict = KeepUp.intake(result);
                ObjectNode step = steps.addObject();
                result.writeTo(step);
                step.put("keptUp", verdict.keptUp());
                step.put("verdict", verdict.reason());
                Console.say("intake: %,d a second: p50 %s, p95 %s, p99 %s, max %s, errors %,d, completions %,.0f a second: %s",
                        rate, Format.millis(result.p50Ms()), Format.millis(result.p95Ms()), Format.millis(result.p99Ms()),
                        Format.millis(result.maxMs()), result.errors(), result.achievedRate(), verdict.reason());
                if (!verdict.keptUp()) {
                    brokeAt = Format.rate(rate) + ": " + verdict.reason();
                    break;
                }
                highest = (double) rate;
            }
            // The last step's work drains before the next step (or a stop of the services) begins.
            pipeline.settle("after the intake steps", options.drainCapSeconds()).writeTo(settles.addObject());
            pipeline.recordDeadLetters(context, name(), deadLetters, section);
            pipeline.unavailableChecks().forEach((check, reason) -> context.failure("intake.settle", check + ": " + reason));
        } finally {
            context.memory().stopSampling();
        }
        if (highest == null) {
            section.putNull("highestSustainedRate");
        } else {
            section.put("highestSustainedRate", highest);
        }
        if (brokeAt != null) {
            section.put("brokeAt", brokeAt);
        }
        Console.say("intake: highest sustained rate %s%s", highest == null ? "none of the steps" : Format.rate(highest),
                brokeAt == null ? "" : " (broke at " + brokeAt + ")");
    }

    /**
     * Warms the services before the first step: 50 submissions a second in rounds of 5 s until a round has no error
     * and a p99 under 200 ms (at least two rounds, at most 30 s, 60 s for a full run). A service that has just started
     * runs interpreted and compiles as it goes; its first seconds say little about its steady pace.
     */
    private static void warmUp(BenchContext context, ObjectNode section) {
        int cap = context.options().quick ? 30 : 60;
        ArrayNode rounds = section.putArray("warmUp");
        for (int round = 1; round * 5 <= cap; round++) {
            IntakeRequests requests = new IntakeRequests(context.settings().baseUrl("intake"), context.runId(), "w" + round);
            LoadResult warm = OpenLoop.run(context.http(), "intake warm-up", OpenLoop.Schedule.startingSoon(50, 5),
                    requests, status -> status == 201, null, null, 35);
            warm.writeTo(rounds.addObject());
            Console.say("intake: warm-up round %d, 50 a second for 5 s: %,d accepted, p99 %s", round, warm.succeeded(),
                    Format.millis(warm.p99Ms()));
            if (round >= 2 && warm.errors() == 0 && warm.p99Ms() < 200) {
                return;
            }
        }
        Console.say("intake: still not warm after %d s; going on", cap);
    }
}
