package org.foiplatform.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A service process that {@code ./foi up} started: its pid is in {@code .foi/pids/<service>.pid}, and it counts only
 * if {@code /proc/<pid>/cmdline} shows the service's {@code quarkus-run.jar}, as {@code ./foi} itself checks, so a
 * stale pid file never makes the bench read or signal another process.
 */
final class ServiceProcess {

    private ServiceProcess() {
    }

    static Path pidFile(Path root, String service) {
        return root.resolve(".foi").resolve("pids").resolve(service + ".pid");
    }

    static String marker(String service) {
        return service + "-service/target/quarkus-app/quarkus-run.jar";
    }

    /** The running process of the service, if {@code ./foi} started it and it is still alive. */
    static Optional<ProcessHandle> find(Path root, String service) {
        Path file = pidFile(root, service);
        long pid;
        try {
            pid = Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).trim());
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.of(pid).flatMap(ServiceProcess::handle).filter(h -> cmdline(h.pid()).contains(marker(service)));
    }

    private static Optional<ProcessHandle> handle(long pid) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    }

    /**
     * The CPU time the process has used so far, user and system, in seconds: {@code utime} + {@code stime} of
     * {@code /proc/<pid>/stat} (fields 14 and 15, in clock ticks), or NaN if it cannot be read.
     */
    static double cpuSeconds(long pid) {
        try {
            return cpuSeconds(Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII),
                    clockTicksPerSecond());
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** utime + stime of one {@code /proc/<pid>/stat} line, in seconds. */
    static double cpuSeconds(String stat, long ticksPerSecond) {
        // The command name (field 2) is in parentheses and may hold spaces: count the fields after its ')'.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks / (double) ticksPerSecond;
    }

    private static volatile long clockTicks;

    /** {@code getconf CLK_TCK}: 100 on every Linux the platform runs on, read once to be sure. */
    static long clockTicksPerSecond() {
        if (clockTicks > 0) {
            return clockTicks;
        }
        long ticks = 100;
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            if (p.waitFor() == 0) {
                ticks = Long.parseLong(out);
            }
        } catch (IOException | RuntimeException e) {
            // the usual value
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        clockTicks = ticks;
        return ticks;
    }

    static String cmdline(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }
}
