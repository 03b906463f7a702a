package org.foiplatform.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Markdown summary: each figure beside its ratio to the machine's own limit, the targets with met or missed,
 * and the tables of every step. Everything is read from the result tree, so the summary never shows a figure that
 * the JSON does not hold.
 */
final class Report {

    private Report() {
    }

    // --- The ratios -------------------------------------------------------------------------------------------

    /** Intake's highest sustained rate ÷ PostgreSQL single-row insert commits a second. */
    static double intakeToPostgres(JsonNode root) {
        return divide(Json.number(root, "intake", "highestSustainedRate"), Json.number(root, "machine", "postgres", "tps"));
    }

    /** The end-to-end keep-up rate ÷ Kafka's produce rate (records a second). */
    static double keepUpToKafka(JsonNode root) {
        return divide(Json.number(root, "end-to-end", "keepUpRate"),
                Json.number(root, "machine", "kafkaProduce", "recordsPerSecond"));
    }

    /** Kafka's own end-to-end p50; its tool prints whole milliseconds, so a 0 falls back to its average. */
    static double kafkaEndToEndMs(JsonNode root) {
        double p50 = Json.number(root, "machine", "kafkaEndToEnd", "p50Ms");
        return p50 > 0 ? p50 : Json.number(root, "machine", "kafkaEndToEnd", "averageMs");
    }

    /** End-to-end p50 at the fixed rate ÷ Kafka's end-to-end p50. */
    static double p50ToKafka(JsonNode root) {
        return divide(Json.number(root, "end-to-end", "fixed", "p50Ms"), kafkaEndToEndMs(root));
    }

    static double divide(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b) || b <= 0) {
            return Double.NaN;
        }
        return a / b;
    }

    // --- The summary ------------------------------------------------------------------------------------------

    static String markdown(JsonNode root, String chartFile) {
        StringBuilder md = new StringBuilder();
        JsonNode run = root.path("run");
        JsonNode machine = root.path("machine");
        double memTotal = Json.number(machine, "memTotalBytes");
        if (Double.isNaN(memTotal)) {
            memTotal = Json.number(root, "footprint", "memTotalBytes");
        }
        md.append("# FOI platform bench: ").append(run.path("startedAt").asText("")).append("\n\n");
        md.append("Run `").append(run.path("id").asText("")).append("` (`./foi bench")
                .append(run.path("arguments").asText("").isEmpty() ? "" : " " + run.path("arguments").asText())
                .append("`), ").append(run.path("quick").asBoolean() ? "quick" : "full").append(" run, ")
                .append(machine.has("cores") ? machine.path("cores").asInt() + " cores, " : "")
                .append(Double.isNaN(memTotal) ? "" : String.format(Locale.UK, "%.1f GB memory, ", memTotal / (1L << 30)))
                .append(String.format(Locale.UK, "took %.0f s. ", Json.number(run, "seconds")))
                .append(run.path("interrupted").asBoolean() ? "**Stopped early: only what was measured before it stopped"
                        + " is here.** " : "")
                .append(youngest(run))
                .append("Every figure below is measured on this machine in this run; ")
                .append("the ratios relate it to what the machine itself can do, so that they hold on a noisy machine.\n\n");

        limits(md, root);
        ratios(md, root, memTotal);
        targets(md, root);
        intake(md, root);
        endToEnd(md, root);
        letters(md, root);
        disclosureSearch(md, root);
        queue(md, root);
        footprint(md, root, memTotal);
        failures(md, root);
        if (chartFile != null) {
            md.append("## Latency against offered rate").append(root.path("disclosure-search").has("kinds")
                    ? ", and the disclosure log search by kind" : "").append("\n\n![Latency (ms, p50, p95, p99) against offered rate](")
                    .append(chartFile).append(")\n");
        }
        return md.toString();
    }

    /** Says so when a service had only just started: its first figures are those of a cold JVM. */
    private static String youngest(JsonNode run) {
        String service = null;
        double seconds = Double.MAX_VALUE;
        for (String name : Settings.SERVICES) {
            double age = Json.number(run, "serviceAgeSecondsAtStart", name);
            if (!Double.isNaN(age) && age < seconds) {
                seconds = age;
                service = name;
            }
        }
        if (service == null || seconds >= 300) {
            return "";
        }
        return String.format(Locale.UK, "%s-service had been running for only %.0f s when the bench began (a cold JVM is"
                + " slower until it has warmed; the intake step warms it first). ", service, seconds);
    }

    private static void limits(StringBuilder md, JsonNode root) {
        JsonNode pg = Json.at(root, "machine", "postgres");
        JsonNode produce = Json.at(root, "machine", "kafkaProduce");
        JsonNode e2e = Json.at(root, "machine", "kafkaEndToEnd");
        md.append("## The machine's limits\n\n| Limit | Figure | How |\n|---|---|---|\n");
        md.append("| PostgreSQL single-row insert commits | ")
                .append(ok(pg) ? Format.rate(Json.number(pg, "tps")) : failed(pg))
                .append(" | pgbench -c 8 -j 2 -T ").append(pg.path("seconds").asText("?"))
                .append(", one INSERT of a 200-byte row a transaction; fsync ").append(pg.path("fsync").asText("?"))
                .append(", synchronous_commit ").append(pg.path("synchronousCommit").asText("?")).append(" |\n");
        md.append("| Kafka produce rate | ")
                .append(ok(produce) ? Format.rate(Json.number(produce, "recordsPerSecond")) + String.format(Locale.UK,
                        " (%.1f MB a second; p50 %d ms, p99 %d ms)", Json.number(produce, "megabytesPerSecond"),
                        produce.path("p50Ms").asInt(), produce.path("p99Ms").asInt()) : failed(produce))
                .append(" | ProducerPerformance, ").append(Format.count(Json.number(produce, "requestedRecords")))
                .append(" records of 1 KB, acks=all, no throttle |\n");
        md.append("| Kafka end-to-end latency | ")
                .append(ok(e2e) ? String.format(Locale.UK, "p50 %d ms, p99 %d ms, p99.9 %d ms (average %.2f ms)",
                        e2e.path("p50Ms").asInt(), e2e.path("p99Ms").asInt(), e2e.path("p999Ms").asInt(),
                        Json.number(e2e, "averageMs")) : failed(e2e))
                .append(" | EndToEndLatency, ").append(Format.count(Json.number(e2e, "messages")))
                .append(" messages of 1 KB one at a time, acks=all |\n\n");
    }

    private static boolean ok(JsonNode node) {
        return "ok".equals(node.path("status").asText());
    }

    private static String failed(JsonNode node) {
        if (node.isMissingNode()) {
            return "not measured";
        }
        return "failed: " + node.path("reason").asText("no reason recorded").replace("|", "/");
    }

    private static void ratios(StringBuilder md, JsonNode root, double memTotal) {
        md.append("## Figures against the machine\n\n| Figure | Value | Ratio to the machine's limit |\n|---|---|---|\n");
        double intake = Json.number(root, "intake", "highestSustainedRate");
        String intakeText = Double.isNaN(intake) ? Json.at(root, "intake").has("highestSustainedRate") ? "none of the steps"
                : "not measured" : Format.rate(intake);
        md.append("| Intake: highest sustained rate | ").append(intakeText).append(" | ")
                .append(ratioText(intakeToPostgres(root), "PostgreSQL's single-row insert commits a second",
                        Format.count(Json.number(root, "machine", "postgres", "tps")))).append(" |\n");
        double keepUp = Json.number(root, "end-to-end", "keepUpRate");
        String keepUpText = Double.isNaN(keepUp) ? Json.text(root, "end-to-end", "keepUpNote") : Format.rate(keepUp);
        md.append("| End to end: highest rate that keeps up | ").append(keepUpText == null ? "not measured" : keepUpText)
                .append(" | ").append(ratioText(keepUpToKafka(root), "Kafka's produce rate",
                        Format.rate(Json.number(root, "machine", "kafkaProduce", "recordsPerSecond")))).append(" |\n");
        double fixedRate = Json.number(root, "end-to-end", "fixed", "offeredRate");
        md.append("| End to end at ").append(Double.isNaN(fixedRate) ? "the fixed rate" : Format.rate(fixedRate))
                .append(": p50 | ").append(Format.millis(Json.number(root, "end-to-end", "fixed", "p50Ms"))).append(" | ")
                .append(Json.number(root, "machine", "kafkaEndToEnd", "p50Ms") > 0
                        ? ratioText(p50ToKafka(root), "Kafka's end-to-end p50", Format.millis(kafkaEndToEndMs(root)))
                        : ratioText(p50ToKafka(root), "Kafka's end-to-end average", Format.millis(kafkaEndToEndMs(root))
                                + "; its p50, printed in whole ms, was 0"))
                .append(" |\n");
        md.append("| Letters rendered (HTML, text and A4 PDF) a second | ").append(lettersText(root)).append(" | ")
                .append(ratioText(Json.number(root, "letters", "ratioToMachine"),
                        "the machine's limit for letters: letters a core-second × cores",
                        Double.isNaN(Json.number(root, "letters", "machineLimitLettersPerSecond")) ? "n/a"
                                : String.format(Locale.UK, "%.1f × %s = %.1f a second",
                                        Json.number(root, "letters", "lettersPerCpuSecond"),
                                        Format.count(Json.number(root, "letters", "cores")),
                                        Json.number(root, "letters", "machineLimitLettersPerSecond")))).append(" |\n");
        double searchP95 = Json.number(root, "disclosure-search", "overall", "p95Ms");
        double entries = Json.number(root, "disclosure-search", "entries");
        md.append("| Disclosure log search").append(Double.isNaN(entries) ? "" : " over " + Format.count(entries) + " entries")
                .append(": p95 | ").append(Double.isNaN(searchP95) ? "not measured" : Format.millis(searchP95))
                .append(" | ").append(ratioText(Report.divide(searchP95, DisclosureSearchStep.TARGET_P95_MS),
                        "the 100 ms target", Format.millis(DisclosureSearchStep.TARGET_P95_MS)))
                .append(searchDatabaseShare(root)).append(" |\n");
        for (String service : Settings.SERVICES) {
            double peak = Json.number(root, "footprint", "services", service, "peakRssUnderLoadBytes");
            if (Double.isNaN(peak)) {
                peak = Json.number(root, "footprint", "services", service, "idleRssBytes");
                if (Double.isNaN(peak)) {
                    continue;
                }
                md.append("| ").append(service).append("-service resident memory, idle (no load figure) | ");
            } else {
                md.append("| ").append(service).append("-service resident memory, peak under load | ");
            }
            md.append(Format.megabytes(peak)).append(" | ").append(Format.percent(divide(peak, memTotal)))
                    .append(" of the machine's memory; ").append(Format.percent(peak / FootprintStep.TARGET_BYTES))
                    .append(" of the 256 MB target |\n");
        }
        md.append('\n');
    }

    /** "0.42 × what (figure)", or why there is no ratio. */
    static String ratioText(double ratio, String what, String figure) {
        if (Double.isNaN(ratio)) {
            return "no ratio: a figure is missing (" + what + ": " + figure + ")";
        }
        return Format.ratio(ratio) + " " + what + " (" + figure + ")";
    }

    private static void targets(StringBuilder md, JsonNode root) {
        md.append("## Targets\n\n| Target | Figure | Result |\n|---|---|---|\n");
        for (JsonNode t : root.path("targets")) {
            String result = t.path("result").asText();
            md.append("| ").append(t.path("target").asText()).append(" | ").append(t.path("figure").asText().replace("|", "/"))
                    .append(" | ").append(Targets.MET.equals(result) ? "**met**" : Targets.MISSED.equals(result)
                            ? "**missed**" : result).append(" |\n");
        }
        md.append('\n');
    }

    private static void intake(StringBuilder md, JsonNode root) {
        JsonNode intake = root.path("intake");
        md.append("## Intake: open-loop POST /api/requests\n\n");
        if (!intake.has("steps")) {
            md.append(stepNote(root, "intake")).append("\n\n");
            return;
        }
        md.append("Each step offers a fixed arrival rate for ").append(intake.path("stepSeconds").asInt())
                .append(" s whatever the replies do; latency is from each request's due time (no coordinated omission). ")
                .append("A step breaks with errors above 1%, p99 above 1 s, or completions more than 5% behind the offered rate.")
                .append(intake.path("consumersHeld").asInt() > 0 ? " Intake alone: the " + intake.path("consumersHeld").asInt()
                        + " consuming services were held still (SIGSTOP) during each step and caught up between steps." : "")
                .append(intake.has("highestSustainedRate") ? " Highest sustained rate: **" + (intake.path("highestSustainedRate")
                        .isNumber() ? Format.rate(intake.path("highestSustainedRate").asDouble()) : "none of the steps")
                        + "**; " + (intake.has("brokeAt") ? "broke at " + intake.path("brokeAt").asText()
                                : "no step broke, so the highest step offered is a lower bound") + ".\n\n"
                        : " The step was stopped before it finished.\n\n");
        md.append(deadLetterNote(intake));
        md.append("| Offered (a second) | Sent | Errors | Completions (a second) | p50 | p95 | p99 | max | Verdict |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (JsonNode s : intake.path("steps")) {
            md.append("| ").append(Format.count(Json.number(s, "offeredRate"))).append(" | ")
                    .append(Format.count(Json.number(s, "sent"))).append(" | ")
                    .append(Format.count(Json.number(s, "errors"))).append(errorKinds(s)).append(" | ")
                    .append(Format.count(Json.number(s, "achievedRate"))).append(" | ")
                    .append(Format.millis(Json.number(s, "p50Ms"))).append(" | ")
                    .append(Format.millis(Json.number(s, "p95Ms"))).append(" | ")
                    .append(Format.millis(Json.number(s, "p99Ms"))).append(" | ")
                    .append(Format.millis(Json.number(s, "maxMs"))).append(" | ")
                    .append(s.path("verdict").asText()).append(" |\n");
        }
        md.append('\n');
    }

    private static String errorKinds(JsonNode step) {
        JsonNode kinds = step.path("errorKinds");
        if (!kinds.isObject() || kinds.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(" (");
        kinds.fields().forEachRemaining(e -> out.append(out.length() > 2 ? ", " : "").append(e.getKey()).append(": ")
                .append(e.getValue().asLong()));
        return out.append(')').toString();
    }

    private static void endToEnd(StringBuilder md, JsonNode root) {
        JsonNode e2e = root.path("end-to-end");
        md.append("## End to end: submission to acknowledgement accepted by the SMTP server\n\n");
        if (!e2e.has("fixed")) {
            md.append(stepNote(root, "end-to-end")).append("\n\n");
            return;
        }
        JsonNode fixed = e2e.path("fixed");
        md.append("From each submission's due time to the `sentAt` of its NotificationSent (the moment the mail server ")
                .append("accepted the acknowledgement).\n\n");
        if (fixed.has("accepted")) {
            double missing = Json.number(fixed, "missing");
            String arrivals = missing == 0 ? "all of them acknowledged"
                    : String.format(Locale.UK, "%s acknowledged, %s still missing %.0f s after the load ended",
                            Format.count(Json.number(fixed, "arrived")), Format.count(missing),
                            Json.number(fixed, "waitedAfterLoadSeconds"));
            md.append(String.format(Locale.UK, "Fixed rate: **%s for %.0f s**: %s accepted, %s; p50 **%s**, p95 %s,"
                    + " p99 **%s**, max %s; the last arrived %s after the last submission; acknowledgements flowed at %s."
                    + " Intake's own p99 during the run: %s.%s\n\n",
                    Format.rate(Json.number(fixed, "offeredRate")), Json.number(fixed, "seconds"),
                    Format.count(Json.number(fixed, "accepted")), arrivals,
                    Format.millis(Json.number(fixed, "p50Ms")), Format.millis(Json.number(fixed, "p95Ms")),
                    Format.millis(Json.number(fixed, "p99Ms")), Format.millis(Json.number(fixed, "maxMs")),
                    Format.millis(Json.number(fixed, "lastArrivalAfterLastSubmissionMs")),
                    Format.rate(Json.number(fixed, "acknowledgementsPerSecond")),
                    Format.millis(Json.number(fixed, "intake", "p99Ms")), settledNote(fixed.path("settledBefore"))));
        }
        md.append(deadLetterNote(e2e));
        JsonNode audit = e2e.path("audit");
        md.append("Audit of every accepted submission of the fixed-rate run");
        if ("ok".equals(audit.path("status").asText())) {
            md.append(String.format(Locale.UK, " (%s submissions; pipeline %s before the audit; %s acknowledgements still pending):\n\n",
                    Format.count(Json.number(audit, "submissions")),
                    audit.path("pipelineQuietBeforeAudit").asBoolean() ? "quiet" : "NOT quiet",
                    Format.count(Json.number(audit, "acknowledgementsStillPending"))));
            md.append("| Check | Exactly one | Lost (none) | Doubled (more than one) | Could not check |\n|---|---:|---:|---:|---:|\n");
            for (Map.Entry<String, String> check : List.of(
                    Map.entry("intakeRequests", "Requests stored by intake for the address"),
                    Map.entry("assessmentCases", "Cases in the assessment database"),
                    Map.entry("sentAcknowledgements", "SENT acknowledgements in the notification database"),
                    Map.entry("capturedEmails", "Emails in the SMTP capture for the address"))) {
                JsonNode c = audit.path("checks").path(check.getKey());
                if (c.isMissingNode()) {
                    continue;
                }
                md.append("| ").append(check.getValue()).append(" | ").append(Format.count(Json.number(c, "exactlyOne")))
                        .append(" | ").append(Format.count(Json.number(c, "lost"))).append(" | ")
                        .append(Format.count(Json.number(c, "doubled"))).append(" | ")
                        .append(Format.count(Json.number(c, "unknown"))).append(" |\n");
            }
            md.append('\n');
        } else {
            md.append(": ").append(audit.path("reason").asText("did not run")).append("\n\n");
        }
        if (e2e.has("steps")) {
            md.append("Rising steps of ").append(e2e.path("stepSeconds").asInt()).append(" s; ")
                    .append(e2e.path("rule").asText()).append(". Keeps up at: **")
                    .append(e2e.path("keepUpRate").isNumber() ? Format.rate(e2e.path("keepUpRate").asDouble())
                            : e2e.path("keepUpNote").asText("none"))
                    .append("**.\n\n");
            md.append("| Offered (a second) | Accepted | Acknowledged in time | p50 | p95 | p99 | max | Intake p99 | Verdict |\n")
                    .append("|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
            for (JsonNode s : e2e.path("steps")) {
                md.append("| ").append(Format.count(Json.number(s, "offeredRate")))
                        .append(s.path("refinement").asBoolean() ? " (halfway)" : "").append(" | ")
                        .append(Format.count(Json.number(s, "accepted"))).append(" | ")
                        .append(Format.count(Json.number(s, "arrivedWithin" + KeepUp.ACK_GRACE_SECONDS + "sAfterLoad")))
                        .append(" | ").append(Format.millis(Json.number(s, "p50Ms"))).append(" | ")
                        .append(Format.millis(Json.number(s, "p95Ms"))).append(" | ")
                        .append(Format.millis(Json.number(s, "p99Ms"))).append(" | ")
                        .append(Format.millis(Json.number(s, "maxMs"))).append(" | ")
                        .append(Format.millis(Json.number(s, "intake", "p99Ms"))).append(" | ")
                        .append(s.path("verdict").asText()).append(settledNote(s.path("settledBefore"))).append(" |\n");
            }
            md.append('\n');
        }
    }

    private static String lettersText(JsonNode root) {
        JsonNode letters = root.path("letters");
        double rate = Json.number(letters, "lettersPerSecond");
        if (Double.isNaN(rate)) {
            return "not measured";
        }
        return String.format(Locale.UK, "%.1f a second (%.1f a core-second; mean PDF %s KB)", rate,
                Json.number(letters, "lettersPerCpuSecond"), Format.count(Json.number(letters, "meanPdfBytes") / 1024));
    }

    /** How much of the slowest kind's time PostgreSQL itself spent on its page and count queries. */
    private static String searchDatabaseShare(JsonNode root) {
        JsonNode plan = Json.at(root, "disclosure-search", "plan");
        double db = Json.number(plan, "pageExecutionMs") + Json.number(plan, "countExecutionMs");
        if (Double.isNaN(db)) {
            return "";
        }
        return String.format(Locale.UK, "; the slowest kind (%s), p95 %s, spends %s of it in PostgreSQL (its plans' execution times)",
                plan.path("kind").asText(), Format.millis(Json.number(plan, "kindP95Ms")), Format.millis(db));
    }

    private static void letters(StringBuilder md, JsonNode root) {
        JsonNode letters = root.path("letters");
        md.append("## Letters: DecisionApproved v2 to ResponseIssued v2 with an A4 PDF\n\n");
        if (!letters.has("lettersPerSecond")) {
            md.append(stepNote(root, "letters")).append("\n\n");
            return;
        }
        md.append(String.format(Locale.UK, "%s DecisionApproved v2 (the golden sample, one per new reference `FOI-1999-...`,"
                + " a year intake never gives) sent to `foi.case.v1` at once, after a warm-up of %s; timed until the"
                + " bench had read the last ResponseIssued v2 on `foi.response.v1`. CPU: response-service's utime + stime"
                + " (`/proc/<pid>/stat`) over the same time; letters a CPU-second are letters a second per core, and"
                + " the machine's limit for this work is that times its %s cores. notification-service reads these"
                + " ResponseIssued too; these references have no contact, so its emails wait (none is sent), but its"
                + " work shares the machine.%s\n\n",
                Format.count(Json.number(letters, "letters")), Format.count(Json.number(letters, "warmUp", "letters")),
                Format.count(Json.number(letters, "cores")), letters.path("timedOut").asBoolean()
                        ? " **Not every letter arrived before the timeout.**" : ""));
        md.append("| Run | Letters | Issued | Wall time | Letters a second | response-service CPU | Letters a core-second |"
                + " Mean PDF | Ratio to the machine |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, JsonNode> run : List.of(Map.entry("warm-up", letters.path("warmUp")),
                Map.entry("measured", letters))) {
            JsonNode r = run.getValue();
            md.append("| ").append(run.getKey()).append(" | ").append(Format.count(Json.number(r, "letters"))).append(" | ")
                    .append(Format.count(Json.number(r, "issued"))).append(" | ")
                    .append(Format.seconds(Json.number(r, "wallSeconds"))).append(" | ")
                    .append(String.format(Locale.UK, "%.1f", Json.number(r, "lettersPerSecond"))).append(" | ")
                    .append(Format.seconds(Json.number(r, "responseCpuSeconds"))).append(" | ")
                    .append(String.format(Locale.UK, "%.1f", Json.number(r, "lettersPerCpuSecond"))).append(" | ")
                    .append(Format.count(Json.number(r, "meanPdfBytes"))).append(" bytes | ")
                    .append(r.has("ratioToMachine") ? Format.ratio(Json.number(r, "ratioToMachine")) : "").append(" |\n");
        }
        md.append('\n').append(deadLetterNote(letters));
    }

    private static void disclosureSearch(StringBuilder md, JsonNode root) {
        JsonNode search = root.path("disclosure-search");
        md.append("## Disclosure log search over a million entries\n\n");
        if (!search.has("kinds")) {
            md.append(stepNote(root, "disclosure-search")).append("\n\n");
            return;
        }
        JsonNode overall = search.path("overall");
        md.append(String.format(Locale.UK, "A second response-service against a scratch database (`%s`, dropped at the"
                + " end) holding %s entries (%s public, %s with indexes; loaded in %.0f s with `%s`, then VACUUM ANALYZE),"
                + " on its own topics and consumer group, so the platform's own database and consumers were not touched."
                + " %s searches through `GET /api/disclosure-log`, one at a time, the kinds in turn, after a warm-up;"
                + " timed from send to the whole body read. Overall: p50 %s, p95 **%s** (target under %s), p99 %s,"
                + " max %s; %s errors.\n\n",
                search.path("database").asText(), Format.count(Json.number(search, "entries")),
                Format.count(Json.number(search, "publicEntries")), Format.megabytes(Json.number(search, "tableBytesWithIndexes")),
                Json.number(search, "loadSeconds"), search.path("generator").asText(),
                Format.count(Json.number(overall, "requests")), Format.millis(Json.number(overall, "p50Ms")),
                Format.millis(Json.number(overall, "p95Ms")), Format.millis(DisclosureSearchStep.TARGET_P95_MS),
                Format.millis(Json.number(overall, "p99Ms")), Format.millis(Json.number(overall, "maxMs")),
                Format.count(Json.number(overall, "errors"))));
        md.append("| Kind | Searches | p50 | p95 | p99 | max | Errors | For example |\n|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (JsonNode k : search.path("kinds")) {
            md.append("| ").append(k.path("kind").asText()).append(" (").append(k.path("description").asText()).append(") | ")
                    .append(Format.count(Json.number(k, "requests"))).append(" | ")
                    .append(Format.millis(Json.number(k, "p50Ms"))).append(" | ")
                    .append(Format.millis(Json.number(k, "p95Ms"))).append(" | ")
                    .append(Format.millis(Json.number(k, "p99Ms"))).append(" | ")
                    .append(Format.millis(Json.number(k, "maxMs"))).append(" | ")
                    .append(Format.count(Json.number(k, "errors"))).append(" | `")
                    .append(k.path("queries").path(0).asText().replace("|", "/")).append("` |\n");
        }
        md.append('\n');
        JsonNode plan = search.path("plan");
        if (plan.has("pagePlan")) {
            md.append(String.format(Locale.UK, "The slowest kind, %s: `EXPLAIN (ANALYZE, BUFFERS)` of `%s` (page query %s,"
                    + " capped count %s in PostgreSQL; also in `%s`):\n\n```text\n%s\n\n%s\n```\n\n",
                    plan.path("kind").asText(), plan.path("request").asText(),
                    Format.millis(Json.number(plan, "pageExecutionMs")), Format.millis(Json.number(plan, "countExecutionMs")),
                    plan.path("file").asText(), plan.path("pagePlan").asText(), plan.path("countPlan").asText()));
        }
    }

    private static void queue(StringBuilder md, JsonNode root) {
        JsonNode queue = root.path("queue");
        md.append("## The officers' queue and search over a million cases\n\n");
        if (!queue.has("kinds")) {
            md.append(stepNote(root, "queue")).append("\n\n");
            return;
        }
        md.append(String.format(Locale.UK, "A scratch database (`%s`, dropped at the end) with assessment-service's"
                + " migrations and %s cases (%s open, %s questions; `foi_case` %s with its indexes; loaded in %.0f s"
                + " with `%s`, indexed in %.0f s, then VACUUM ANALYZE). The SQL that assessment-service's `JdbcCaseQueue`"
                + " sends (`%s`, kept equal to it by `QueueQueriesTest`), over JDBC, one query at a time, timed from"
                + " execute to the last row read: each kind's first page of 25, then up to %d more with the keyset"
                + " cursor of the page before. The time of the page itself (rendering, HTTP) is not in these figures.\n\n",
                queue.path("database").asText(), Format.count(Json.number(queue, "casesLoaded")),
                Format.count(Json.number(queue, "openCases")), Format.count(Json.number(queue, "questions")),
                Format.megabytes(Json.number(queue, "caseTableBytesWithIndexes")), Json.number(queue, "loadSeconds"),
                queue.path("generator").asText(), Json.number(queue, "indexSeconds"), queue.path("queries").asText(),
                QueueStep.MOST_PAGES - 1));
        md.append("| Group | Pages | p50 | p95 | p99 | max | Target (p95) |\n|---|---:|---:|---:|---:|---:|---:|\n");
        queue.path("groups").fields().forEachRemaining(g -> md.append("| ").append(g.getKey()).append(" | ")
                .append(Format.count(Json.number(g.getValue(), "pages"))).append(" | ")
                .append(Format.millis(Json.number(g.getValue(), "p50Ms"))).append(" | **")
                .append(Format.millis(Json.number(g.getValue(), "p95Ms"))).append("** | ")
                .append(Format.millis(Json.number(g.getValue(), "p99Ms"))).append(" | ")
                .append(Format.millis(Json.number(g.getValue(), "maxMs"))).append(" | under ")
                .append(Format.millis(Json.number(g.getValue(), "targetP95Ms"))).append(" |\n"));
        md.append("\n| Kind | Group | Pages | p50 | p95 | p99 | max | First page in PostgreSQL | Plan |\n"
                + "|---|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (JsonNode k : queue.path("kinds")) {
            md.append("| ").append(k.path("kind").asText()).append(" (").append(k.path("about").asText()).append(", sort `")
                    .append(k.path("sort").asText()).append("`) | ").append(k.path("group").asText()).append(" | ")
                    .append(Format.count(Json.number(k, "pages"))).append(" | ")
                    .append(Format.millis(Json.number(k, "p50Ms"))).append(" | ")
                    .append(Format.millis(Json.number(k, "p95Ms"))).append(" | ")
                    .append(Format.millis(Json.number(k, "p99Ms"))).append(" | ")
                    .append(Format.millis(Json.number(k, "maxMs"))).append(" | ")
                    .append(Format.millis(Json.number(k, "firstExecutionMs"))).append(" | ")
                    .append(k.path("scans").asText()).append(" |\n");
        }
        md.append("\nThe plans, `EXPLAIN (ANALYZE, BUFFERS)` of each kind's first page (all of them, with each second"
                + " page's, are also in `").append(queue.path("planFile").asText()).append("`):\n\n");
        for (JsonNode k : queue.path("kinds")) {
            if (k.has("firstPlan")) {
                md.append("<details><summary>").append(k.path("kind").asText()).append(": ")
                        .append(k.path("scans").asText()).append("</summary>\n\n```text\n")
                        .append(k.path("firstPlan").asText()).append("\n```\n\n</details>\n\n");
            }
        }
    }

    private static String deadLetterNote(JsonNode section) {
        JsonNode n = section.path("deadLettered");
        if (!n.isNumber()) {
            return "";
        }
        return n.asLong() == 0 ? "No message went to a dead-letter topic during the step.\n\n"
                : String.format(Locale.UK, "**%,d message(s) went to a dead-letter topic (`*.dlq`) during the step.**\n\n",
                        n.asLong());
    }

    private static String settledNote(JsonNode settled) {
        if (settled.isMissingNode() || settled.path("quiet").asBoolean(true)) {
            return "";
        }
        JsonNode b = settled.path("backlog");
        return String.format(Locale.UK, " (started before the pipeline had drained: %s unsent intake events, %s emails pending)",
                Format.count(Json.number(b, "intakeOutboxUnsent")), Format.count(Json.number(b, "pendingEmails")));
    }

    private static void footprint(StringBuilder md, JsonNode root, double memTotal) {
        JsonNode services = Json.at(root, "footprint", "services");
        md.append("## Footprint\n\n");
        if (!services.isObject()) {
            md.append(stepNote(root, "footprint")).append("\n\n");
            return;
        }
        md.append("Resident memory (VmRSS) idle before any load and the peak sampled every 250 ms while the load steps ran;")
                .append(" ready: from the process's start to its first `GET /q/health/ready` answering 200, polled every 20 ms.\n\n");
        md.append("| Service | Idle | Peak under load | Peak ÷ machine memory | Peak ÷ 256 MB target | Ready after start |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        for (String service : Settings.SERVICES) {
            JsonNode s = services.path(service);
            double peak = Json.number(s, "peakRssUnderLoadBytes");
            String ready = s.has("readySeconds") ? Format.seconds(Json.number(s, "readySeconds"))
                    : s.has("restartReason") ? "not timed (see below)" : "not timed";
            md.append("| ").append(service).append("-service | ").append(Format.megabytes(Json.number(s, "idleRssBytes")))
                    .append(" | ").append(Format.megabytes(peak)).append(" | ").append(Format.percent(divide(peak, memTotal)))
                    .append(" | ").append(Format.percent(divide(peak, FootprintStep.TARGET_BYTES))).append(" | ")
                    .append(ready).append(" |\n");
        }
        md.append('\n');
    }

    private static String stepNote(JsonNode root, String step) {
        String status = Json.text(root, "stepStatus", step, "status");
        String reason = Json.text(root, "stepStatus", step, "reason");
        if (status == null) {
            return "Not run.";
        }
        if (status.equals("interrupted")) {
            return "Stopped before it finished" + (root.path(step).has("steps") ? "; the steps measured so far are in the"
                    + " results file." : ".");
        }
        return status.substring(0, 1).toUpperCase(Locale.UK) + status.substring(1) + (reason == null ? "." : ": " + reason + ".");
    }

    private static void failures(StringBuilder md, JsonNode root) {
        JsonNode failures = root.path("failures");
        if (!failures.isArray() || failures.isEmpty()) {
            return;
        }
        md.append("## What failed or could not be measured\n\n");
        for (JsonNode f : failures) {
            md.append("- ").append(f.path("where").asText()).append(": ").append(f.path("reason").asText()).append('\n');
        }
        md.append('\n');
    }
}
