package org.foiplatform.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code ./foi bench}: measures the running platform against the machine's own limits. The steps run in one JVM,
 * in the order of {@link #STEPS}; each writes into the shared result tree, and a step that fails is recorded with
 * its reason while the others go on. The results go to {@code bench/results/<yyyy-MM-dd-HHmmss>.json}, {@code .md}
 * and {@code .png}, with copies as {@code latest.md} and {@code latest.png}.
 */
public final class Bench {

    /** Every step, in the order they run. A new step is one class and one line here. */
    static final List<BenchStep> STEPS = List.of(
            new MachineStep(),
            new IntakeStep(),
            new EndToEndStep(),
            new LettersStep(),
            new DisclosureSearchStep(),
            new QueueStep(),
            new FootprintStep());

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private Bench() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Options options;
        try {
            options = Options.parse(args);
            Set<String> known = STEPS.stream().map(BenchStep::name).collect(Collectors.toSet());
            for (String name : options.only) {
                if (!known.contains(name)) {
                    throw new IllegalArgumentException("--only: there is no step '" + name + "'; the steps are "
                            + STEPS.stream().map(BenchStep::name).collect(Collectors.joining(", ")));
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (options.help) {
            System.out.print(Options.usage(STEPS));
            return;
        }
        if (options.render != null) {
            System.exit(render(Path.of(options.render)));
            return;
        }
        System.exit(run(options, String.join(" ", args)));
    }

    static int run(Options options, String arguments) {
        Settings settings = Settings.fromEnvironment(System.getenv());
        Instant startedAt = Instant.now();
        LocalDateTime local = LocalDateTime.ofInstant(startedAt, ZoneId.systemDefault());
        String stamp = local.format(STAMP);
        String runId = Long.toString(startedAt.getEpochSecond(), 36);
        Path resultsDir = settings.root().resolve("bench").resolve("results");

        ObjectNode root = Json.object();
        ObjectNode run = root.putObject("run");
        run.put("id", runId);
        run.put("stamp", stamp);
        run.put("startedAt", local.format(DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss", Locale.UK)));
        run.put("startedAtInstant", startedAt.toString());
        run.put("arguments", arguments);
        run.put("quick", options.quick);
        run.putPOJO("options", options.describe());
        run.putPOJO("settings", settings.describe());
        ObjectNode status = root.putObject("stepStatus");
        root.putObject("machine");

        // Stopped early (Ctrl-C, SIGTERM): what was measured so far is still written, marked as interrupted.
        AtomicBoolean written = new AtomicBoolean();
        AtomicReference<ObjectNode> current = new AtomicReference<>();
        Thread onStop = new Thread(() -> {
            if (written.compareAndSet(false, true)) {
                try {
                    run.put("interrupted", true);
                    ObjectNode step = current.get();
                    if (step != null && !step.has("status")) {
                        step.put("status", "interrupted");
                        step.put("reason", "stopped before it finished");
                    }
                    System.out.println();
                    Console.say("stopped early: writing what was measured so far");
                    finish(root, startedAt, resultsDir, stamp);
                } catch (RuntimeException e) {
                    System.err.println("bench: could not write the results: " + MachineStep.reason(e));
                }
            }
        }, "bench-stopped");
        Runtime.getRuntime().addShutdownHook(onStop);

        Console.heading("FOI platform bench, run " + runId + (options.quick ? " (quick)" : ""));
        try (BenchContext context = new BenchContext(settings, options, runId, startedAt, root)) {
            // How long each service has been running: a JVM that has just started is slower until it warms.
            ObjectNode ages = run.putObject("serviceAgeSecondsAtStart");
            for (String service : Settings.SERVICES) {
                ServiceProcess.find(settings.root(), service).flatMap(p -> p.info().startInstant())
                        .ifPresent(t -> ages.put(service, Math.round((startedAt.toEpochMilli() - t.toEpochMilli()) / 100.0) / 10.0));
            }
            // Idle memory first, before any step puts load on the services.
            context.memory().sampleIdle().forEach((service, bytes) ->
                    Console.say("idle: %-13s %s resident", service, Format.megabytes(bytes)));
            for (BenchStep step : STEPS) {
                ObjectNode entry = status.putObject(step.name());
                if (!options.runs(step.name())) {
                    entry.put("status", "skipped");
                    entry.put("reason", "not named in --only");
                    continue;
                }
                current.set(entry);
                Console.heading("step " + step.name() + ": " + step.description());
                long t0 = System.nanoTime();
                try {
                    step.run(context);
                    entry.put("status", "ok");
                } catch (Throwable e) {
                    entry.put("status", "failed");
                    entry.put("reason", MachineStep.reason(e));
                    context.failure(step.name(), MachineStep.reason(e));
                    if (e instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                    }
                }
                entry.put("seconds", Math.round((System.nanoTime() - t0) / 1e8) / 10.0);
                writeJson(root, resultsDir.resolve(stamp + ".json"));
            }
        } catch (Exception e) {
            System.err.println("bench: " + MachineStep.reason(e));
        }
        if (!written.compareAndSet(false, true)) {
            return 130;
        }
        Runtime.getRuntime().removeShutdownHook(onStop);
        return finish(root, startedAt, resultsDir, stamp);
    }

    private static int finish(ObjectNode root, Instant startedAt, Path resultsDir, String stamp) {
        ObjectNode run = (ObjectNode) root.get("run");
        run.put("seconds", Math.round((Instant.now().toEpochMilli() - startedAt.toEpochMilli()) / 100.0) / 10.0);
        run.put("finishedAt", Instant.now().toString());
        List<Targets.Target> targets = Targets.evaluate(root);
        Targets.writeTo(targets, root.putArray("targets"));
        return write(root, resultsDir, stamp, targets);
    }

    private static int write(ObjectNode root, Path dir, String stamp, List<Targets.Target> targets) {
        try {
            Files.createDirectories(dir);
            Path png = dir.resolve(stamp + ".png");
            boolean chart = false;
            try {
                chart = Chart.write(root, png);
            } catch (Exception | LinkageError e) {
                root.withArray("failures").addObject().put("where", "chart").put("reason", MachineStep.reason(e));
            }
            writeJson(root, dir.resolve(stamp + ".json"));
            Files.writeString(dir.resolve(stamp + ".md"), Report.markdown(root, chart ? stamp + ".png" : null),
                    StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("latest.md"), Report.markdown(root, chart ? "latest.png" : null),
                    StandardCharsets.UTF_8);
            Files.copy(dir.resolve(stamp + ".json"), dir.resolve("latest.json"), StandardCopyOption.REPLACE_EXISTING);
            if (chart) {
                Files.copy(png, dir.resolve("latest.png"), StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(dir.resolve("latest.png"));
            }
            Console.heading("targets");
            for (Targets.Target t : targets) {
                Console.say("%-13s %s: %s", t.result(), t.target(), t.figure());
            }
            Console.heading("results");
            Console.say("%s", dir.resolve(stamp + ".json"));
            Console.say("%s (also latest.md)", dir.resolve(stamp + ".md"));
            if (chart) {
                Console.say("%s (also latest.png)", png);
            }
            return 0;
        } catch (IOException e) {
            System.err.println("bench: could not write the results to " + dir + ": " + MachineStep.reason(e));
            return 1;
        }
    }

    /** Writes the summary and the chart again from a results file, beside it. */
    static int render(Path json) {
        try {
            ObjectNode root = (ObjectNode) Json.MAPPER.readTree(json.toFile());
            String base = json.getFileName().toString().replaceFirst("\\.json$", "");
            Path png = json.resolveSibling(base + ".png");
            boolean chart = Chart.write(root, png);
            Files.writeString(json.resolveSibling(base + ".md"), Report.markdown(root, chart ? base + ".png" : null),
                    StandardCharsets.UTF_8);
            Console.say("wrote %s.md%s", json.resolveSibling(base), chart ? " and " + png.getFileName() : "");
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("bench: " + MachineStep.reason(e));
            return 1;
        }
    }

    private static void writeJson(ObjectNode root, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Json.MAPPER.writeValue(file.toFile(), root);
        } catch (IOException e) {
            System.err.println("bench: could not write " + file + ": " + e.getMessage());
        }
    }
}
