package org.foiplatform.intake.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.GoldenSamples;
import org.foiplatform.contracts.Topics;
import org.foiplatform.contracts.events.ClarificationProvided;
import org.foiplatform.contracts.events.RequestWithdrawn;
import org.foiplatform.contracts.events.ReviewRequested;
import org.foiplatform.localstack.testsupport.ContractSchemas;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The tracking view and the requester's actions over the JSON API, with the status kept from the case and response
 * services' events arriving on the real broker: each event once, whatever the redeliveries; each action only when
 * it fits the status, published through the outbox; a wrong or missing token is a 404 like an unknown reference.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "prefix", value = "intake_test"))
class TrackingApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String VALID = """
            {"requester": {"name": "Jane Citizen", "email": "jane@example.org"}, "title": "Potholes",
             "preferredFormat": "PAPER", "consentToPublish": true,
             "questions": [{"text": "How many potholes were reported on Mill Lane in 2025?"}]}
            """;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    private final EventCodec codec = new EventCodec();

    private record Submitted(String reference, String token) {
    }

    private Submitted submit() {
        var response = given().contentType(ContentType.JSON).body(VALID).post("/api/requests").then().statusCode(201)
                .extract();
        return new Submitted(response.path("reference"), response.path("trackingToken"));
    }

    private io.restassured.specification.RequestSpecification as(Submitted s) {
        return given().header("Authorization", "Bearer " + s.token());
    }

    private void publish(String topic, EventType type, String reference, UUID eventId) {
        TopicReader.produce(kafka, topic, reference, GoldenSamples.forReference(type, reference, eventId));
    }

    @Test
    void the_new_fields_travel_in_request_received() {
        Submitted s = submit();
        String message = TopicReader.await(kafka, Topics.INTAKE, s.reference(), 1, WAIT).get(0).value();
        ContractSchemas.assertValid(message);
        var payload = codec.payload(codec.read(message), org.foiplatform.contracts.events.RequestReceived.class);
        assertThat(payload.preferredFormat()).isEqualTo("PAPER");
        assertThat(payload.title()).isEqualTo("Potholes");
        assertThat(payload.consentToPublish()).isTrue();
    }

    @Test
    void a_wrong_or_missing_token_is_answered_like_an_unknown_reference() {
        Submitted s = submit();
        String unknown = given().header("Authorization", "Bearer " + s.token()).get("/api/requests/FOI-2026-999999")
                .then().statusCode(404).contentType("application/problem+json").extract().asString();
        String wrong = given().header("Authorization", "Bearer x" + s.token()).get("/api/requests/" + s.reference())
                .then().statusCode(404).extract().asString();
        String missing = given().get("/api/requests/" + s.reference()).then().statusCode(404).extract().asString();
        assertThat(wrong).isEqualTo(unknown).isEqualTo(missing);
        given().header("Authorization", "Bearer x" + s.token()).contentType(ContentType.JSON)
                .body("{\"reason\": \"no\"}").post("/api/requests/" + s.reference() + "/withdrawal")
                .then().statusCode(404);
        as(s).get("/api/requests/" + s.reference()).then().statusCode(200).body("status", equalTo("RECEIVED"))
                .body("actions", equalTo(List.of("withdrawal"))).body("timeline.kind", equalTo(List.of("received")));
    }

    @Test
    void case_events_move_the_status_once_each_and_a_clarification_is_answered() {
        Submitted s = submit();
        UUID opened = UUID.randomUUID();
        publish(Topics.CASE, EventType.CASE_OPENED, s.reference(), opened);
        await().atMost(WAIT).untilAsserted(() -> as(s).get("/api/requests/" + s.reference()).then()
                .body("status", equalTo("IN_PROGRESS")).body("dueDate", equalTo("2026-05-13")));
        // The same event again, then a later one on the same key: once that is handled, the first was skipped.
        publish(Topics.CASE, EventType.CASE_OPENED, s.reference(), opened);
        UUID clarification = UUID.randomUUID();
        publish(Topics.CASE, EventType.CLARIFICATION_REQUESTED, s.reference(), clarification);
        TopicReader.awaitHandled(kafka, "intake-service", Topics.CASE,
                r -> r.value().contains(clarification.toString()), WAIT);
        as(s).get("/api/requests/" + s.reference()).then().statusCode(200)
                .body("status", equalTo("CLARIFICATION_REQUESTED"))
                .body("clarificationQuestion", containsString("Which part of Mill Lane"))
                .body("actions", equalTo(List.of("clarification", "withdrawal")))
                .body("timeline.kind", equalTo(List.of("received", "acknowledged", "clarification-requested")));

        // Review does not fit now: 409, and nothing is published.
        as(s).contentType(ContentType.JSON).body("{\"grounds\": \"Too slow\"}")
                .post("/api/requests/" + s.reference() + "/review").then().statusCode(409)
                .contentType("application/problem+json");
        as(s).contentType(ContentType.JSON).body("{\"text\": \"\"}")
                .post("/api/requests/" + s.reference() + "/clarification").then().statusCode(400)
                .body("errors.field", hasItem("text"));
        as(s).contentType(ContentType.JSON).body("{\"text\": \"The stretch by the school.\"}")
                .post("/api/requests/" + s.reference() + "/clarification").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("actions", not(hasItem("clarification")));

        var events = TopicReader.await(kafka, Topics.INTAKE, s.reference(), 2, WAIT);
        String message = events.get(1).value();
        ContractSchemas.assertValid(message);
        var envelope = codec.read(message);
        assertThat(envelope.is(EventType.CLARIFICATION_PROVIDED)).isTrue();
        assertThat(codec.payload(envelope, ClarificationProvided.class).text()).isEqualTo("The stretch by the school.");
        // It continues the request's correlation.
        assertThat(envelope.correlationId()).isEqualTo(codec.read(events.get(0).value()).correlationId());
    }

    @Test
    void a_lapsed_request_is_shown_closed_with_nothing_left_to_do() {
        Submitted s = submit();
        publish(Topics.CASE, EventType.CASE_OPENED, s.reference(), UUID.randomUUID());
        publish(Topics.CASE, EventType.CLARIFICATION_REQUESTED, s.reference(), UUID.randomUUID());
        publish(Topics.CASE, EventType.REQUEST_LAPSED, s.reference(), UUID.randomUUID());
        await().atMost(WAIT).untilAsserted(() -> as(s).get("/api/requests/" + s.reference()).then()
                .body("status", equalTo("LAPSED")).body("actions", equalTo(List.of()))
                .body("timeline.kind", hasItem("lapsed")));
        as(s).contentType(ContentType.JSON).body("{\"text\": \"Too late.\"}")
                .post("/api/requests/" + s.reference() + "/clarification").then().statusCode(409);
    }

    @Test
    void a_withdrawal_an_officer_recorded_closes_the_request_on_the_tracking_page() {
        Submitted s = submit();
        publish(Topics.CASE, EventType.CASE_OPENED, s.reference(), UUID.randomUUID());
        publish(Topics.CASE, EventType.WITHDRAWAL_RECORDED, s.reference(), UUID.randomUUID());
        await().atMost(WAIT).untilAsserted(() -> as(s).get("/api/requests/" + s.reference()).then()
                .body("status", equalTo("WITHDRAWN")).body("actions", equalTo(List.of()))
                .body("timeline.text", hasItem("Your request was withdrawn, as you asked us")));
        as(s).contentType(ContentType.JSON).body("{}").post("/api/requests/" + s.reference() + "/withdrawal")
                .then().statusCode(409);
    }

    @Test
    void an_answered_request_links_its_letter_offers_a_review_and_the_review_is_published() {
        Submitted s = submit();
        publish(Topics.CASE, EventType.CASE_OPENED, s.reference(), UUID.randomUUID());
        publish(Topics.CASE, EventType.DECISION_APPROVED_V2, s.reference(), UUID.randomUUID());
        // LetterBlocked is not for the requester: ignored.
        publish(Topics.RESPONSE, EventType.LETTER_BLOCKED, s.reference(), UUID.randomUUID());
        publish(Topics.RESPONSE, EventType.RESPONSE_ISSUED_V2, s.reference(), UUID.randomUUID());
        await().atMost(WAIT).untilAsserted(() -> as(s).get("/api/requests/" + s.reference()).then()
                .body("status", equalTo("RESPONDED")).body("reviewBy", equalTo("2024-06-17"))
                .body("letter.pdf", equalTo("/requests/" + s.reference() + "/letter.pdf?token=" + s.token()))
                .body("actions", equalTo(List.of("review"))));
        // Withdrawal no longer fits.
        as(s).contentType(ContentType.JSON).body("{}").post("/api/requests/" + s.reference() + "/withdrawal")
                .then().statusCode(409);
        // With response-service away, the letter's link gives a page saying to try again later.
        given().get("/requests/" + s.reference() + "/letter.pdf?token=" + s.token()).then().statusCode(503)
                .contentType(containsString("text/html")).body(containsString("Try again later"));
        given().get("/requests/" + s.reference() + "/letter.pdf?token=" + s.token() + "x").then().statusCode(404);

        // The review date (17 June 2024) has passed: still taken, and marked as late on the timeline.
        as(s).contentType(ContentType.JSON).body("{\"grounds\": \"You did not answer question 1.\"}")
                .post("/api/requests/" + s.reference() + "/review").then().statusCode(200)
                .body("status", equalTo("REVIEW_REQUESTED")).body("timeline.text", hasItem(containsString("late")));
        var envelope = codec.read(TopicReader.await(kafka, Topics.INTAKE, s.reference(), 2, WAIT).get(1).value());
        assertThat(envelope.is(EventType.REVIEW_REQUESTED)).isTrue();
        assertThat(codec.payload(envelope, ReviewRequested.class).grounds()).isEqualTo("You did not answer question 1.");
    }

    @Test
    void a_request_is_withdrawn_once() {
        Submitted s = submit();
        as(s).contentType(ContentType.JSON).body("{\"reason\": \"Found it on your website.\"}")
                .post("/api/requests/" + s.reference() + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("actions", equalTo(List.of()));
        as(s).contentType(ContentType.JSON).body("{}").post("/api/requests/" + s.reference() + "/withdrawal")
                .then().statusCode(409);
        var envelope = codec.read(TopicReader.await(kafka, Topics.INTAKE, s.reference(), 2, WAIT).get(1).value());
        assertThat(envelope.is(EventType.REQUEST_WITHDRAWN)).isTrue();
        assertThat(codec.payload(envelope, RequestWithdrawn.class).reason()).isEqualTo("Found it on your website.");
    }
}
