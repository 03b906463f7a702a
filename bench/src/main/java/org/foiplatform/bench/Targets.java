package org.foiplatform.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The platform's targets, judged from the result tree: met, missed, or not measured (with why). */
final class Targets {

    static final String MET = "met";
    static final String MISSED = "missed";
    static final String NOT_MEASURED = "not measured";

    record Target(String id, String target, String figure, String result) {
    }

    private Targets() {
    }

    static List<Target> evaluate(JsonNode root) {
        List<Target> out = new ArrayList<>();
        out.add(intakeRate(root));
        out.add(intakeP99(root));
        out.addAll(endToEnd(root));
        out.add(search(root));
        out.add(queue(root, "queue", "the officers' queue"));
        out.add(queue(root, "search", "the officers' search"));
        out.add(memory(root));
        out.add(ready(root));
        return out;
    }

    static void writeTo(List<Target> targets, ArrayNode node) {
        for (Target t : targets) {
            ObjectNode entry = node.addObject();
            entry.put("id", t.id());
            entry.put("target", t.target());
            entry.put("figure", t.figure());
            entry.put("result", t.result());
            if (MET.equals(t.result())) {
                entry.put("met", true);
            } else if (MISSED.equals(t.result())) {
                entry.put("met", false);
            } else {
                entry.putNull("met");
            }
        }
    }

    private static boolean ran(JsonNode root, String step) {
        return "ok".equals(Json.text(root, "stepStatus", step, "status"));
    }

    private static String why(JsonNode root, String step) {
        String status = Json.text(root, "stepStatus", step, "status");
        String reason = Json.text(root, "stepStatus", step, "reason");
        if (status == null) {
            return "the " + step + " step did not run";
        }
        return switch (status) {
            case "skipped" -> "the " + step + " step was skipped" + (reason == null ? "" : ": " + reason);
            case "interrupted" -> "the " + step + " step was stopped before it finished";
            default -> "the " + step + " step " + status + (reason == null ? "" : ": " + reason);
        };
    }

    private static Target intakeRate(JsonNode root) {
        String text = "intake sustains at least 1,000 submissions a second";
        if (!ran(root, "intake")) {
            return new Target("intake-rate", text, why(root, "intake"), NOT_MEASURED);
        }
        double highest = Json.number(root, "intake", "highestSustainedRate");
        if (Double.isNaN(highest)) {
            return new Target("intake-rate", text, "none of the steps was sustained", MISSED);
        }
        return new Target("intake-rate", text, Format.rate(highest), highest >= 1_000 ? MET : MISSED);
    }

    static JsonNode intakeStepAt(JsonNode root, double rate) {
        for (JsonNode step : Json.at(root, "intake", "steps")) {
            if (step.path("offeredRate").asDouble() == rate) {
                return step;
            }
        }
        return null;
    }

    private static Target intakeP99(JsonNode root) {
        String text = "intake p99 under 50 ms at 200 submissions a second";
        if (!ran(root, "intake")) {
            return new Target("intake-p99-200", text, why(root, "intake"), NOT_MEASURED);
        }
        JsonNode step = intakeStepAt(root, 200);
        if (step == null) {
            String broke = Json.text(root, "intake", "brokeAt");
            return new Target("intake-p99-200", text, "no step at 200 a second" + (broke == null ? "" : "; broke at " + broke),
                    broke == null ? NOT_MEASURED : MISSED);
        }
        double p99 = Json.number(step, "p99Ms");
        return new Target("intake-p99-200", text, "p99 " + Format.millis(p99), !Double.isNaN(p99) && p99 < 50 ? MET : MISSED);
    }

    private static List<Target> endToEnd(JsonNode root) {
        String p50Text = "end to end at 100 a second: p50 under 300 ms";
        String p99Text = "end to end at 100 a second: p99 under 1 s";
        String auditText = "end to end at 100 a second: nothing lost or doubled (audit)";
        List<Target> out = new ArrayList<>();
        JsonNode fixed = Json.at(root, "end-to-end", "fixed");
        if (!ran(root, "end-to-end") && !fixed.has("accepted")) {
            String why = why(root, "end-to-end");
            out.add(new Target("e2e-p50", p50Text, why, NOT_MEASURED));
            out.add(new Target("e2e-p99", p99Text, why, NOT_MEASURED));
            out.add(new Target("e2e-audit", auditText, why, NOT_MEASURED));
            return out;
        }
        double rate = Json.number(fixed, "offeredRate");
        if (rate != 100) {
            String why = "the fixed-rate run was at " + Format.rate(rate) + ", not 100";
            out.add(new Target("e2e-p50", p50Text, why, NOT_MEASURED));
            out.add(new Target("e2e-p99", p99Text, why, NOT_MEASURED));
        } else {
            double accepted = Json.number(fixed, "accepted");
            double missing = Json.number(fixed, "missing");
            double missingShare = accepted > 0 ? missing / accepted : 1;
            double wait = Json.number(fixed, "ackWaitSeconds");
            String late = missing > 0 ? String.format(Locale.UK, "; %s of %s acknowledgements had not arrived %.0f s after the load",
                    Format.count(missing), Format.count(accepted), wait) : "";
            double p50 = Json.number(fixed, "p50Ms");
            double p99 = Json.number(fixed, "p99Ms");
            // Acknowledgements that never arrived are slower than any that did: they count against the percentile.
            boolean p50Met = !Double.isNaN(p50) && p50 < 300 && missingShare <= 0.5;
            boolean p99Met = !Double.isNaN(p99) && p99 < 1_000 && missingShare <= 0.01;
            out.add(new Target("e2e-p50", p50Text, "p50 " + Format.millis(p50) + late, p50Met ? MET : MISSED));
            out.add(new Target("e2e-p99", p99Text, "p99 " + Format.millis(p99) + late, p99Met ? MET : MISSED));
        }
        JsonNode audit = Json.at(root, "end-to-end", "audit");
        if (!"ok".equals(audit.path("status").asText())) {
            String reason = audit.path("reason").asText("the audit did not run");
            out.add(new Target("e2e-audit", auditText, reason, NOT_MEASURED));
        } else {
            long lost = audit.path("lost").asLong();
            long doubled = audit.path("doubled").asLong();
            long unknown = audit.path("unknown").asLong();
            long pending = audit.path("acknowledgementsStillPending").asLong();
            boolean quiet = audit.path("pipelineQuietBeforeAudit").asBoolean();
            String figure = String.format(Locale.UK, "%,d submissions: %,d lost, %,d doubled%s%s",
                    audit.path("submissions").asLong(), lost, doubled,
                    unknown > 0 ? String.format(Locale.UK, ", %,d could not be checked", unknown) : "",
                    pending > 0 ? String.format(Locale.UK, ", %,d acknowledgements still pending", pending) : "");
            String result;
            if (doubled > 0) {
                result = MISSED;
            } else if (lost == 0 && unknown == 0) {
                result = MET;
            } else if (!quiet || pending > 0) {
                // Not yet sent is not lost: the pipeline had not drained when the audit ran.
                result = NOT_MEASURED;
                figure += "; the pipeline had not drained when the audit ran";
            } else {
                result = lost > 0 ? MISSED : NOT_MEASURED;
            }
            out.add(new Target("e2e-audit", auditText, figure, result));
        }
        return out;
    }

    private static Target search(JsonNode root) {
        String text = "disclosure log search p95 under 100 ms over a million entries";
        double p95 = Json.number(root, "disclosure-search", "overall", "p95Ms");
        if (!ran(root, "disclosure-search") || Double.isNaN(p95)) {
            return new Target("search-p95", text, why(root, "disclosure-search"), NOT_MEASURED);
        }
        double entries = Json.number(root, "disclosure-search", "entries");
        double errors = Json.number(root, "disclosure-search", "overall", "errors");
        String figure = "p95 " + Format.millis(p95) + " over " + Format.count(entries) + " entries"
                + (errors > 0 ? ", " + Format.count(errors) + " errors" : "");
        if (entries < 1_000_000) {
            return new Target("search-p95", text, figure + " (fewer than a million)", NOT_MEASURED);
        }
        return new Target("search-p95", text, figure, p95 < DisclosureSearchStep.TARGET_P95_MS && errors == 0 ? MET : MISSED);
    }

    /** The queue step's group (queue or search): its p95 over a million cases against its target. */
    private static Target queue(JsonNode root, String group, String what) {
        double target = QueueStep.target(group);
        String text = what + " p95 under " + Format.millis(target) + " over a million cases (in PostgreSQL)";
        String id = "queue".equals(group) ? "queue-p95" : "officer-search-p95";
        double p95 = Json.number(root, "queue", "groups", group, "p95Ms");
        if (!ran(root, "queue") || Double.isNaN(p95)) {
            return new Target(id, text, why(root, "queue"), NOT_MEASURED);
        }
        double cases = Json.number(root, "queue", "casesLoaded");
        String figure = "p95 " + Format.millis(p95) + " over " + Format.count(cases) + " cases";
        if (cases < 1_000_000) {
            return new Target(id, text, figure + " (fewer than a million)", NOT_MEASURED);
        }
        return new Target(id, text, figure, p95 < target ? MET : MISSED);
    }

    private static Target memory(JsonNode root) {
        String text = "every service under 256 MB resident under load";
        JsonNode services = Json.at(root, "footprint", "services");
        if (!services.isObject()) {
            return new Target("memory-256", text, why(root, "footprint"), NOT_MEASURED);
        }
        Worst worst = Worst.of(services, "peakRssUnderLoadBytes");
        if (worst.missing() != null) {
            return new Target("memory-256", text, worst.missing() + "-service has no figure under load (the load steps"
                    + " did not run or it was not running)", NOT_MEASURED);
        }
        return new Target("memory-256", text, "largest: " + worst.service() + "-service " + Format.megabytes(worst.value()),
                worst.value() < FootprintStep.TARGET_BYTES ? MET : MISSED);
    }

    private static Target ready(JsonNode root) {
        String text = "every service ready in under 5 s";
        JsonNode services = Json.at(root, "footprint", "services");
        if (!services.isObject()) {
            return new Target("ready-5s", text, why(root, "footprint"), NOT_MEASURED);
        }
        Worst worst = Worst.of(services, "readySeconds");
        if (worst.missing() != null) {
            String reason = Json.text(services, worst.missing(), "restartReason");
            return new Target("ready-5s", text, worst.missing() + "-service was not timed"
                    + (reason == null ? "" : ": " + reason), NOT_MEASURED);
        }
        return new Target("ready-5s", text, "slowest: " + worst.service() + "-service " + Format.seconds(worst.value()),
                worst.value() < 5 ? MET : MISSED);
    }

    /** The service with the largest figure, or the first service that has none ({@code missing}). */
    private record Worst(String service, double value, String missing) {
        static Worst of(JsonNode services, String field) {
            String worst = null;
            double largest = -1;
            for (String service : Settings.SERVICES) {
                double value = Json.number(services, service, field);
                if (Double.isNaN(value)) {
                    return new Worst(null, Double.NaN, service);
                }
                if (value > largest) {
                    largest = value;
                    worst = service;
                }
            }
            return new Worst(worst, largest, null);
        }
    }
}
