package org.foiplatform.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each service's resident memory (VmRSS in /proc/&lt;pid&gt;/status): once while idle, and the peak while load runs,
 * sampled every 250 ms by a background thread. The load steps wrap their work in {@link #startSampling()} /
 * {@link #stopSampling()}; the footprint step reads the figures.
 */
final class ResidentMemory implements AutoCloseable {

    private static final Pattern FIELD = Pattern.compile("(?m)^(\\w+):\\s+(\\d+)\\s*kB\\s*$");
    static final long SAMPLE_MILLIS = 250;

    private final Path root;
    private final Map<String, Long> idle = new ConcurrentHashMap<>();
    private final Map<String, Long> peak = new ConcurrentHashMap<>();
    private final Map<String, Long> samples = new ConcurrentHashMap<>();
    private int users;
    private Thread sampler;

    ResidentMemory(Path root) {
        this.root = root;
    }

    /** A field of /proc/&lt;pid&gt;/status (VmRSS, VmHWM), in bytes. */
    static OptionalLong statusField(String statusText, String field) {
        Matcher m = FIELD.matcher(statusText);
        while (m.find()) {
            if (m.group(1).equals(field)) {
                return OptionalLong.of(Long.parseLong(m.group(2)) * 1024);
            }
        }
        return OptionalLong.empty();
    }

    static OptionalLong ofProcess(long pid, String field) {
        try {
            return statusField(Files.readString(Path.of("/proc", Long.toString(pid), "status")), field);
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /** MemTotal of /proc/meminfo, in bytes. */
    static OptionalLong machineTotal() {
        try {
            return statusField(Files.readString(Path.of("/proc/meminfo")), "MemTotal");
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /** Takes the idle figure of every service that runs now. */
    Map<String, Long> sampleIdle() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String service : Settings.SERVICES) {
            rss(service).ifPresent(bytes -> {
                idle.put(service, bytes);
                out.put(service, bytes);
            });
        }
        return out;
    }

    private OptionalLong rss(String service) {
        Optional<ProcessHandle> process = ServiceProcess.find(root, service);
        return process.isPresent() ? ofProcess(process.get().pid(), "VmRSS") : OptionalLong.empty();
    }

    synchronized void startSampling() {
        if (users++ > 0) {
            return;
        }
        sampler = new Thread(() -> {
            Map<String, Long> pids = new LinkedHashMap<>();
            long nextRefresh = 0;
            while (!Thread.currentThread().isInterrupted()) {
                long now = System.nanoTime();
                if (now >= nextRefresh) { // a restarted service gets a new pid
                    pids.clear();
                    for (String service : Settings.SERVICES) {
                        ServiceProcess.find(root, service).ifPresent(p -> pids.put(service, p.pid()));
                    }
                    nextRefresh = now + 5_000_000_000L;
                }
                pids.forEach((service, pid) -> ofProcess(pid, "VmRSS").ifPresent(bytes -> {
                    peak.merge(service, bytes, Math::max);
                    samples.merge(service, 1L, Long::sum);
                }));
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-memory");
        sampler.setDaemon(true);
        sampler.start();
    }

    synchronized void stopSampling() {
        if (users == 0 || --users > 0) {
            return;
        }
        sampler.interrupt();
        try {
            sampler.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sampler = null;
    }

    Map<String, Long> idle() {
        return Map.copyOf(idle);
    }

    Map<String, Long> peak() {
        return Map.copyOf(peak);
    }

    Map<String, Long> samples() {
        return Map.copyOf(samples);
    }

    @Override
    public synchronized void close() {
        if (sampler != null) {
            sampler.interrupt();
        }
        users = 0;
    }
}
