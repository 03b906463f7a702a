package org.foiplatform.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

class OpenLoopTest {

    @Test
    void requestIIsDueAtStartPlusIOverRate() {
        OpenLoop.Schedule schedule = new OpenLoop.Schedule(1_000_000_000L, 5_000_000L, 200, 2_000);
        assertThat(schedule.dueNanos(0)).isEqualTo(1_000_000_000L);
        assertThat(schedule.dueNanos(1)).isEqualTo(1_005_000_000L);
        assertThat(schedule.dueNanos(199)).isEqualTo(1_995_000_000L);
        assertThat(schedule.dueNanos(200)).isEqualTo(2_000_000_000L);
        assertThat(schedule.endNanos()).isEqualTo(11_000_000_000L);
        assertThat(schedule.seconds()).isEqualTo(10.0);
        // The same instants on the wall clock, in microseconds.
        assertThat(schedule.dueEpochMicros(0)).isEqualTo(5_000_000L);
        assertThat(schedule.dueEpochMicros(3)).isEqualTo(5_015_000L);
    }

    @Test
    void dueTimesDoNotDriftAtRatesThatDoNotDivideASecond() {
        OpenLoop.Schedule schedule = new OpenLoop.Schedule(0, 0, 600, 6_000);
        assertThat(schedule.dueNanos(1)).isEqualTo(1_666_667L);
        assertThat(schedule.dueNanos(600)).isEqualTo(1_000_000_000L);
        assertThat(schedule.dueNanos(6_000)).isEqualTo(10_000_000_000L);
    }

    @Test
    void theCountFollowsRateAndDuration() {
        assertThat(OpenLoop.Schedule.of(0, 0, 1_500, 3).count()).isEqualTo(4_500);
        assertThat(OpenLoop.Schedule.of(0, 0, 50, 10).count()).isEqualTo(500);
    }

    /**
     * A server that answers one request at a time, 25 ms each (40 a second), offered 100 a second: the arrivals do
     * not slow down, and the latency from each due time shows the queue that builds (no coordinated omission).
     */
    @Test
    void latencyCountsFromTheDueTimeSoASlowServerCannotHideItsQueue() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        server.createContext("/api/requests", exchange -> {
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = "{\"reference\":\"FOI-2026-000001\"}".getBytes();
            exchange.sendResponseHeaders(201, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.setExecutor(Executors.newSingleThreadExecutor());
        server.start();
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor).build();
            URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/requests");
            OpenLoop.Schedule schedule = OpenLoop.Schedule.startingSoon(100, 0.4);
            LoadResult result = OpenLoop.run(http, "test", schedule,
                    i -> HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    status -> status == 201, null, null, 10);

            assertThat(result.scheduled()).isEqualTo(40);
            assertThat(result.sent()).isEqualTo(40);
            assertThat(result.succeeded()).isEqualTo(40);
            assertThat(result.errors()).isZero();
            // Served one at a time, the 40th waits for the 39 before it: about 40 x 25 ms - 390 ms after its due time.
            assertThat(result.maxMs()).isGreaterThan(400);
            // A closed loop would have reported about 25 ms for all of them.
            assertThat(result.p50Ms()).isGreaterThan(100);
            // And the server fell behind the offered rate.
            assertThat(KeepUp.intake(result).keptUp()).isFalse();
        } finally {
            server.stop(0);
            executor.shutdownNow();
            ((ExecutorService) server.getExecutor()).shutdownNow();
        }
    }
}
