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

    static String cmdline(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }
}
