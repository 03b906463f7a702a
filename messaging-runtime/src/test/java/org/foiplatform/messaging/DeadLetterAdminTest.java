package org.foiplatform.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.GoldenSamples;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TestReferences;
import org.foiplatform.localstack.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The admin's dead-letter API against a real consuming channel, broker and database: a dead letter is listed
 * with its reason and origin, replayed once the fault is fixed (handled once, through the inbox), a second
 * replay changes nothing, and every replay is in the audit trail. The same test resources as
 * MessagingRuntimeTest, so the two share one application.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class, initArgs = {
        @ResourceArg(name = "prefix", value = "messaging_test"), @ResourceArg(name = "proxy", value = "true") })
class DeadLetterAdminTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TOPIC = "foi.runtime-test.v1";
    private static final String DLQ = "foi.runtime-test.v1.runtime.dlq";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    DataSource dataSource;

    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    private final EventCodec codec = new EventCodec();

    private static io.restassured.specification.RequestSpecification as(String user, String password) {
        return given().auth().preemptive().basic(user, password).accept(ContentType.JSON);
    }

    @Test
    void a_dead_letter_is_listed_with_its_reason_then_replayed_once_when_the_fault_is_fixed() throws Exception {
        String reference = TestReferences.next();
        String event = GoldenSamples.forReference(EventType.CASE_OPENED, reference, UUID.randomUUID());
        UUID eventId = codec.read(event).eventId();
        TestChannelConsumer.FAILING.set(true);
        try {
            TopicReader.produce(kafka, TOPIC, reference, event);
            TopicReader.await(kafka, DLQ, reference, 1, WAIT);
        } finally {
            TestChannelConsumer.FAILING.set(false);
        }

        JsonPath listed = as("admin", "test-admin-pw").get("/api/admin/dead-letters").then().statusCode(200)
                .body("topics.'" + DLQ + "'", equalTo(TestChannelConsumer.CONSUMER)).extract().jsonPath();
        Map<String, Object> letter = listed.getMap("deadLetters.find { it.eventId == '" + eventId + "' }");
        assertThat(letter).containsEntry("originalTopic", TOPIC).containsEntry("eventType", "foi.case.case-opened")
                .containsEntry("key", reference).containsEntry("lastReplay", null);
        assertThat((String) letter.get("reason")).contains("the handler is broken until the fix is deployed");
        assertThat(TestChannelConsumer.HANDLED).doesNotContain(reference);
        // Never only a log line: the service's metric counts it.
        await().atMost(WAIT).until(() -> metrics.get("foi.dead.letters").gauge().value() >= 1);

        String replayPath = "/api/admin/dead-letters/" + DLQ + "/" + letter.get("partition") + "/" + letter.get("offset")
                + "/replay";
        as("admin", "test-admin-pw").post(replayPath).then().statusCode(200).body("outcome", equalTo("HANDLED"))
                .body("replayedBy", equalTo("admin")).body("eventId", equalTo(eventId.toString()));
        assertThat(TestChannelConsumer.HANDLED).containsOnlyOnce(reference);

        // A replay is idempotent like any delivery: the inbox knows the event.
        as("admin", "test-admin-pw").post(replayPath).then().statusCode(200)
                .body("outcome", equalTo("ALREADY_HANDLED"));
        assertThat(TestChannelConsumer.HANDLED).containsOnlyOnce(reference);
        // Listed with its last replay; and both replays are in the audit trail.
        as("admin", "test-admin-pw").get("/api/admin/dead-letters").then().statusCode(200)
                .body("deadLetters.find { it.eventId == '" + eventId + "' }.lastReplay.outcome",
                        equalTo("ALREADY_HANDLED"));
        assertThat(audit(eventId)).containsExactly("HANDLED by admin", "ALREADY_HANDLED by admin");
    }

    @Test
    void a_replay_that_fails_again_is_recorded_and_the_letter_stays_for_the_next_replay() throws Exception {
        String reference = TestReferences.next();
        String event = GoldenSamples.forReference(EventType.CASE_OPENED, reference, UUID.randomUUID());
        UUID eventId = codec.read(event).eventId();
        TestChannelConsumer.FAILING.set(true);
        try {
            TopicReader.produce(kafka, TOPIC, reference, event);
            TopicReader.await(kafka, DLQ, reference, 1, WAIT);
            List<Map<String, Object>> replays = as("admin", "test-admin-pw").post("/api/admin/dead-letters/replay")
                    .then().statusCode(200).extract().jsonPath().getList("findAll { it.eventId == '" + eventId + "' }");
            assertThat(replays).singleElement().satisfies(r -> assertThat(r).containsEntry("outcome", "FAILED"));
        } finally {
            TestChannelConsumer.FAILING.set(false);
        }
        // Fixed: replay all takes it again, as its last replay failed.
        as("admin", "test-admin-pw").post("/api/admin/dead-letters/replay").then().statusCode(200);
        assertThat(TestChannelConsumer.HANDLED).containsOnlyOnce(reference);
        assertThat(audit(eventId)).containsExactly("FAILED by admin", "HANDLED by admin");
    }

    @Test
    void only_an_admin_may_see_or_replay_and_an_unknown_letter_is_a_problem() {
        given().get("/api/admin/dead-letters").then().statusCode(401);
        as("officer", "test-officer-pw").get("/api/admin/dead-letters").then().statusCode(403);
        as("officer", "test-officer-pw").post("/api/admin/dead-letters/replay").then().statusCode(403);
        as("officer", "test-officer-pw").get("/api/admin/parked-events").then().statusCode(403);
        as("admin", "test-admin-pw").post("/api/admin/dead-letters/not.a.dlq/0/0/replay").then().statusCode(404)
                .contentType("application/problem+json");
        as("admin", "test-admin-pw").post("/api/admin/dead-letters/" + DLQ + "/0/999999/replay").then()
                .statusCode(404).contentType("application/problem+json");
        as("admin", "test-admin-pw").post("/api/admin/parked-events/" + UUID.randomUUID() + "/replay").then()
                .statusCode(404).contentType("application/problem+json");
    }

    private List<String> audit(UUID eventId) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select outcome, replayed_by from message_replay where event_id = ? order by id")) {
            select.setObject(1, eventId);
            List<String> rows = new java.util.ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1) + " by " + result.getString(2));
                }
            }
            return rows;
        }
    }
}
