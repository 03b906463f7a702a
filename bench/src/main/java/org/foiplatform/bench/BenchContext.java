package org.foiplatform.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What every step shares: the settings, the options, the result tree, the memory sampler and one HTTP client. */
final class BenchContext implements AutoCloseable {

    private final Settings settings;
    private final Options options;
    private final String runId;
    private final Instant startedAt;
    private final ObjectNode results;
    private final ResidentMemory memory;
    private final ExecutorService httpExecutor;
    private final HttpClient http;

    BenchContext(Settings settings, Options options, String runId, Instant startedAt, ObjectNode results) {
        this.settings = settings;
        this.options = options;
        this.runId = runId;
        this.startedAt = startedAt;
        this.results = results;
        this.memory = new ResidentMemory(settings.root());
        AtomicInteger threads = new AtomicInteger();
        this.httpExecutor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "bench-http-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(httpExecutor)
                .build();
    }

    Settings settings() {
        return settings;
    }

    Options options() {
        return options;
    }

    /** Short and unique per run: it goes into every requester address and idempotency key. */
    String runId() {
        return runId;
    }

    Instant startedAt() {
        return startedAt;
    }

    ObjectNode results() {
        return results;
    }

    /** The step's own part of the result tree, made on first use. */
    ObjectNode section(String name) {
        return results.has(name) ? (ObjectNode) results.get(name) : results.putObject(name);
    }

    /** Records a failure that did not stop the step (a tool missing, one check impossible), with its reason. */
    void failure(String where, String reason) {
        ArrayNode failures = results.has("failures") ? (ArrayNode) results.get("failures") : results.putArray("failures");
        ObjectNode entry = failures.addObject();
        entry.put("where", where);
        entry.put("reason", reason);
        Console.say("!! %s: %s", where, reason);
    }

    ResidentMemory memory() {
        return memory;
    }

    HttpClient http() {
        return http;
    }

    @Override
    public void close() {
        memory.close();
        httpExecutor.shutdownNow();
    }
}
