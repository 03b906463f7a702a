package org.foiplatform.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds the consuming services still (SIGSTOP) while intake is measured alone, and lets them go on (SIGCONT)
 * afterwards, when they work through what piled up. Each hold lasts one load step, well under the consumers'
 * 45 s session timeout, so no consumer group rebalances. Only processes {@code ./foi up} started are signalled.
 */
final class PausedConsumers implements AutoCloseable {

    static final List<String> CONSUMERS = List.of("assessment", "response", "notification");

    private final List<Long> paused = new ArrayList<>();

    private PausedConsumers() {
    }

    static PausedConsumers hold(Path root) {
        PausedConsumers held = new PausedConsumers();
        for (String service : CONSUMERS) {
            ServiceProcess.find(root, service).ifPresent(process -> {
                if (signal("STOP", process.pid())) {
                    held.paused.add(process.pid());
                }
            });
        }
        return held;
    }

    int count() {
        return paused.size();
    }

    @Override
    public void close() {
        paused.forEach(pid -> signal("CONT", pid));
        paused.clear();
    }

    private static boolean signal(String signal, long pid) {
        try {
            return new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
