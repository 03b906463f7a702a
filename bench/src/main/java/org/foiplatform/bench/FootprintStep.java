package org.foiplatform.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Each service's resident memory, idle (before any load) and at its peak while the load steps ran, and its time
 * from start to ready: one service at a time is stopped (SIGTERM), started again with {@code ./foi up --detach}
 * (which starts only what is not running), and timed from the new process's start instant to its first
 * {@code GET /q/health/ready} answering 200, polled every 20 ms.
 */
final class FootprintStep implements BenchStep {

    static final long TARGET_BYTES = 256L * 1024 * 1024;

    @Override
    public String name() {
        return "footprint";
    }

    @Override
    public String description() {
        return "each service's resident memory idle and under load, and its time from start to ready";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        ObjectNode section = context.section(name());
        ResidentMemory.machineTotal().ifPresent(bytes -> section.put("memTotalBytes", bytes));
        section.put("targetBytes", TARGET_BYTES);
        section.put("sampleMillis", ResidentMemory.SAMPLE_MILLIS);
        ObjectNode services = section.putObject("services");
        Map<String, Long> idle = context.memory().idle();
        Map<String, Long> peak = context.memory().peak();
        Map<String, Long> samples = context.memory().samples();
        for (String service : Settings.SERVICES) {
            ObjectNode node = services.putObject(service);
            Optional.ofNullable(idle.get(service)).ifPresentOrElse(b -> node.put("idleRssBytes", b), () -> node.putNull("idleRssBytes"));
            Optional.ofNullable(peak.get(service)).ifPresentOrElse(b -> node.put("peakRssUnderLoadBytes", b),
                    () -> node.putNull("peakRssUnderLoadBytes"));
            node.put("loadSamples", samples.getOrDefault(service, 0L));
            ServiceProcess.find(context.settings().root(), service).ifPresent(p -> {
                node.put("pidBeforeRestart", p.pid());
                // VmHWM: the highest resident set since the process started, a check on the sampled peak.
                OptionalLong hwm = ResidentMemory.ofProcess(p.pid(), "VmHWM");
                hwm.ifPresent(b -> node.put("vmHwmBytes", b));
            });
            Console.say("footprint: %-13s idle %s, peak under load %s", service, Format.megabytes(nan(idle.get(service))),
                    Format.megabytes(nan(peak.get(service))));
        }
        // A service is stopped only on a quiet pipeline, so that the stop interrupts no work in flight.
        try (Pipeline pipeline = new Pipeline(context.settings())) {
            pipeline.settle("before the restarts", context.options().drainCapSeconds())
                    .writeTo(section.putObject("settledBefore"));
        }
        for (String service : Settings.SERVICES) {
            ObjectNode node = (ObjectNode) services.get(service);
            try {
                restart(context, service, node);
            } catch (Exception e) {
                node.put("restartStatus", "failed");
                node.put("restartReason", MachineStep.reason(e));
                context.failure("footprint." + service, MachineStep.reason(e));
            }
        }
    }

    /**
     * Waits until the process has exited. A process that has exited but that nobody has reaped yet (a zombie: its
     * parent, the shell of an earlier {@code ./foi up}, is gone and init does not reap it here) counts as exited.
     */
    static boolean waitForExit(ProcessHandle process, int seconds) throws InterruptedException {
        long giveUp = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < giveUp) {
            if (!process.isAlive() || zombie(process.pid())) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    static boolean zombie(long pid) {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", Long.toString(pid), "stat"));
            // pid (comm) state ...: the comm may hold spaces and brackets, so read after the last ')'.
            String afterName = stat.substring(stat.lastIndexOf(')') + 1).strip();
            return afterName.startsWith("Z") || afterName.startsWith("X");
        } catch (java.io.IOException | RuntimeException e) {
            return true; // no /proc entry: gone
        }
    }

    private static double nan(Long value) {
        return value == null ? Double.NaN : value;
    }

    private static void restart(BenchContext context, String service, ObjectNode node) throws Exception {
        Settings settings = context.settings();
        ProcessHandle old = ServiceProcess.find(settings.root(), service).orElseThrow(() -> new IllegalStateException(
                service + "-service is not running, or not as ./foi started it (.foi/pids/" + service + ".pid)"));
        Console.say("footprint: stopping %s-service (pid %d) to time its start", service, old.pid());
        old.destroy();
        if (!waitForExit(old, 60)) {
            old.destroyForcibly();
            if (!waitForExit(old, 10)) {
                throw new IllegalStateException("pid " + old.pid() + " did not stop, even after SIGKILL");
            }
            node.put("stopNote", "did not stop within 60 s of SIGTERM; killed");
        }
        // Poll readiness from now on, every 20 ms: the old process is gone, so a 200 is the new one's.
        AtomicReference<Instant> readyAt = new AtomicReference<>();
        URI ready = URI.create(settings.managementUrl(service) + "/q/health/ready");
        Thread poller = new Thread(() -> {
            while (readyAt.get() == null && !Thread.currentThread().isInterrupted()) {
                try {
                    HttpResponse<Void> response = context.http().send(HttpRequest.newBuilder(ready)
                            .timeout(Duration.ofSeconds(1)).GET().build(), HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        readyAt.set(Instant.now());
                        return;
                    }
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    // not listening yet
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-ready-" + service);
        poller.setDaemon(true);
        poller.start();
        Subprocess.Result up;
        try {
            // ./foi reads its own secrets; PGHOST is not passed on, so that its psql as postgres uses the local socket
            // as it does from a shell (with PGHOST set, psql would try a password over TCP).
            up = Subprocess.run(List.of(settings.root().resolve("foi").toString(), "up", "--detach"), settings.root(),
                    Map.of(), Set.of("PGHOST"), 240, line -> { });
            poller.join(15_000);
        } finally {
            poller.interrupt();
        }
        if (!up.succeeded()) {
            throw new IllegalStateException("./foi up --detach failed (exit " + up.exitCode() + "): " + up.tail());
        }
        ProcessHandle fresh = ServiceProcess.find(settings.root(), service).orElseThrow(
                () -> new IllegalStateException("./foi up --detach did not leave a running " + service + "-service"));
        if (fresh.pid() == old.pid()) {
            throw new IllegalStateException("the pid did not change; the service was not restarted");
        }
        Instant started = fresh.info().startInstant().orElseThrow(
                () -> new IllegalStateException("the start instant of pid " + fresh.pid() + " is not known"));
        Instant readyInstant = readyAt.get();
        if (readyInstant == null) {
            throw new IllegalStateException("/q/health/ready never answered 200 after the restart");
        }
        double seconds = Duration.between(started, readyInstant).toNanos() / 1e9;
        node.put("pidAfterRestart", fresh.pid());
        node.put("startedAt", started.toString());
        node.put("readyAt", readyInstant.toString());
        node.put("readySeconds", Math.round(seconds * 1_000) / 1_000.0);
        node.put("restartStatus", "ok");
        ResidentMemory.ofProcess(fresh.pid(), "VmRSS").ifPresent(b -> node.put("rssJustAfterStartBytes", b));
        Console.say("footprint: %s-service ready %s after its process started", service, Format.seconds(seconds));
    }
}
