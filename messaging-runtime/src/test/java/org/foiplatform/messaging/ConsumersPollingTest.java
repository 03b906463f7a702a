package org.foiplatform.messaging;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.GoldenSamples;
import org.foiplatform.localstack.testsupport.InjectDatabaseProxy;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TcpProxy;
import org.foiplatform.localstack.testsupport.TestReferences;
import org.foiplatform.localstack.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.restassured.RestAssured;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;

/**
 * Liveness turns DOWN when a consumer stops polling and UP again when it polls, against the real broker: the
 * test channel's polling thread is held (as a stuck rebalance listener or a deadlock would hold it), then let go.
 * Readiness is not liveness: the same service stays ready meanwhile; and a consumer whose handler waits for the
 * database keeps polling, so liveness stays UP through a database outage.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class, initArgs = {
        @ResourceArg(name = "prefix", value = "messaging_test"), @ResourceArg(name = "proxy", value = "true") })
class ConsumersPollingTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String CHECK = "checks.find { it.name == 'Kafka consumers polling' }";

    @Inject
    KafkaClientService clients;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectDatabaseProxy
    TcpProxy database;

    @Inject
    MessagingConfig config;

    @Test
    void a_consumer_whose_handler_waits_for_the_database_keeps_polling_so_liveness_stays_up() {
        String reference = TestReferences.next();
        database.cut();
        try {
            TopicReader.produce(kafka, "foi.runtime-test.v1", reference,
                    GoldenSamples.forReference(EventType.CASE_OPENED, reference));
            // The handler is retrying against the database that is away...
            Awaitility.await().atMost(WAIT).until(() -> database.refusedSinceCut() >= 1);
            long retryingSince = System.nanoTime();
            Duration gap = config.liveness().longestPollGap();
            // ...until it has been retrying for longer than the gap that counts as stopped, still trying (more
            // refused connections since), and liveness must never turn DOWN meanwhile: waiting for the database
            // is not a reason to restart (readiness says the service cannot work meanwhile).
            int refusedBefore = database.refusedSinceCut();
            Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(250))
                    .failFast("liveness turned DOWN while the handler waited for the database",
                            () -> RestAssured.get("/q/health/live").statusCode() != 200)
                    .until(() -> System.nanoTime() - retryingSince > gap.plusSeconds(1).toNanos()
                            && database.refusedSinceCut() > refusedBefore);
            // The consumer polled within the gap, although its handler has been busy for longer than it.
            RestAssured.get("/q/health/live").then().statusCode(200)
                    .body(CHECK + ".data.test-in", startsWith("last polled"));
            org.assertj.core.api.Assertions.assertThat(TestChannelConsumer.HANDLED).doesNotContain(reference);
        } finally {
            database.restore();
        }
        Awaitility.await().atMost(WAIT).until(() -> TestChannelConsumer.HANDLED.contains(reference));
    }

    @Test
    void liveness_is_down_while_a_consumer_has_stopped_polling_and_up_once_it_polls_again() throws Exception {
        Awaitility.await().atMost(WAIT).untilAsserted(() -> RestAssured.get("/q/health/live").then().statusCode(200)
                .body(CHECK + ".status", equalTo("UP"))
                .body(CHECK + ".data.test-in", startsWith("last polled")));

        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch held = new CountDownLatch(1);
        clients.getConsumer("test-in").runOnPollingThread(consumer -> {
            held.countDown();
            try {
                release.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }).subscribe().with(done -> {
        }, failure -> {
        });
        try {
            org.assertj.core.api.Assertions.assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
            Awaitility.await().atMost(WAIT).untilAsserted(() -> RestAssured.get("/q/health/live").then()
                    .statusCode(503)
                    .body(CHECK + ".status", equalTo("DOWN"))
                    .body(CHECK + ".data.test-in", startsWith("stopped: last polled")));
            RestAssured.get("/q/health/ready").then().statusCode(200);
        } finally {
            release.countDown();
        }
        Awaitility.await().atMost(WAIT).untilAsserted(() -> RestAssured.get("/q/health/live").then().statusCode(200)
                .body(CHECK + ".status", equalTo("UP")));
    }
}
