package org.foiplatform.assessment.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventEnvelope;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.GoldenSamples;
import org.foiplatform.contracts.Topics;
import org.foiplatform.contracts.events.CaseOpened;
import org.foiplatform.contracts.events.DecisionApprovedV2;
import org.foiplatform.localstack.testsupport.ContractSchemas;
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
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "assessment_test"))
class CaseFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    private final EventCodec codec = new EventCodec();

    private static String newReference() {
        return TestReferences.next();
    }

    private static RequestSpecification officer() {
        return given().auth().preemptive().basic("officer", "test-officer-pw");
    }

    private void produce(String key, String message) {
        TopicReader.produce(kafka, Topics.INTAKE, key, message);
    }

    private String openCaseFromGoldenSample() {
        return openCaseFromGoldenSample(UUID.randomUUID());
    }

    /** Opens a case from the golden RequestReceived, with a correlation id of its own. */
    private String openCaseFromGoldenSample(UUID correlationId) {
        String reference = newReference();
        String sampleCorrelation = codec.read(GoldenSamples.raw(EventType.REQUEST_RECEIVED)).correlationId().toString();
        produce(reference, GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference)
                .replace(sampleCorrelation, correlationId.toString()));
        TopicReader.await(kafka, Topics.CASE, reference, 1, WAIT);
        return reference;
    }

    @Test
    void a_received_request_opens_a_case_due_twenty_working_days_later_and_publishes_case_opened() {
        String reference = newReference();
        UUID requestEventId = UUID.randomUUID();
        produce(reference, GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference, requestEventId));

        ConsumerRecord<String, String> record = TopicReader.await(kafka, Topics.CASE, reference, 1, WAIT).get(0);
        assertThat(GoldenSamples.fieldPaths(record.value()))
                .isEqualTo(GoldenSamples.fieldPaths(GoldenSamples.raw(EventType.CASE_OPENED)));
        ContractSchemas.assertValid(record.value());
        EventEnvelope envelope = codec.read(record.value());
        assertThat(envelope.is(EventType.CASE_OPENED)).isTrue();
        assertThat(envelope.causationId()).isEqualTo(requestEventId);
        CaseOpened opened = codec.payload(envelope, CaseOpened.class);
        // The golden sample was received on Tuesday 14 April 2026: twenty working days, Monday 4 May (the early
        // May bank holiday) not counted, give Wednesday 13 May 2026.
        assertThat(opened.receivedOn()).hasToString("2026-04-14");
        assertThat(opened.dueDate()).hasToString("2026-05-13");
        assertThat(opened.workingDays()).isEqualTo(20);

        officer().get("/api/cases/" + reference).then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("dueDate", equalTo("2026-05-13"))
                .body("deadline.explanation.notCounted.find { it.reason == 'BANK_HOLIDAY' }.date", equalTo("2026-05-04"))
                .body("timeline[0].what", equalTo("Request received under FOIA"))
                .body("questions.number", equalTo(List.of(1, 2)));
    }

    @Test
    void the_date_of_receipt_is_the_date_in_london_not_in_utc() {
        // 23:30 UTC on Tuesday 14 April 2026 is 00:30 on Wednesday 15 April in London (BST): day 0 is the 15th.
        String reference = newReference();
        produce(reference, GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference)
                .replace("2026-04-14T09:30:00Z", "2026-04-14T23:30:00Z"));

        CaseOpened opened = codec.payload(codec.read(
                TopicReader.await(kafka, Topics.CASE, reference, 1, WAIT).get(0).value()), CaseOpened.class);
        assertThat(opened.receivedOn()).hasToString("2026-04-15");
        assertThat(opened.dueDate()).hasToString("2026-05-14");
    }

    @Test
    void a_duplicate_delivery_of_the_same_event_opens_one_case_and_publishes_once() throws Exception {
        String reference = newReference();
        UUID eventId = UUID.randomUUID();
        String message = GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference, eventId);
        produce(reference, message);
        produce(reference, message);
        // The marker: a later event on the same key (the same request sent again under a new event id, which
        // opens nothing). Once its inbox row exists, both deliveries before it on the partition were handled.
        UUID marker = UUID.randomUUID();
        produce(reference, GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference, marker));
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> processedRows(marker) == 1);

        // The inbox recorded the event once and skipped the redelivery: one row, one CaseOpened in the outbox.
        assertThat(processedRows(eventId)).isEqualTo(1);
        assertThat(outboxRows(reference, EventType.CASE_OPENED.wireName())).isEqualTo(1);
        assertThat(TopicReader.await(kafka, Topics.CASE, reference, 1, WAIT)).hasSize(1);
        officer().get("/api/cases/" + reference).then().statusCode(200);
    }

    @Test
    void a_message_that_cannot_be_parsed_goes_to_the_dead_letter_topic_and_the_next_is_handled() {
        String poisonKey = "poison-" + UUID.randomUUID();
        produce(poisonKey, "{ this is not an event");
        String reference = newReference();
        produce(reference, GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference));

        List<ConsumerRecord<String, String>> dead = TopicReader.await(kafka,
                Topics.deadLetter(Topics.INTAKE, "assessment"), poisonKey, 1, WAIT);
        assertThat(dead.get(0).value()).isEqualTo("{ this is not an event");
        TopicReader.await(kafka, Topics.CASE, reference, 1, WAIT);
        officer().get("/api/cases/" + reference).then().statusCode(200);

        // The other channels of the same consumer: emails not delivered, and events any service parked.
        for (String topic : List.of(Topics.NOTIFICATION, Topics.OPERATIONS)) {
            TopicReader.produce(kafka, topic, poisonKey, "{ this is not an event");
            assertThat(TopicReader.await(kafka, Topics.deadLetter(topic, "assessment"), poisonKey, 1, WAIT).get(0)
                    .value()).as(topic).isEqualTo("{ this is not an event");
        }
    }

    @Test
    void an_approved_decision_is_published_with_every_question_and_its_outcome() {
        UUID correlationId = UUID.randomUUID();
        openCaseFromGoldenSample();
        String reference = openCaseFromGoldenSample(correlationId);
        openCaseFromGoldenSample();

        officer().contentType(ContentType.JSON).body("""
                {"outcomes": [
                  {"question": 1, "outcome": "INFORMATION_PROVIDED", "answer": "47 potholes were reported."},
                  {"question": 2, "outcome": "NOT_HELD", "answer": "We do not hold repair costs by street."}]}
                """).post("/api/cases/" + reference + "/decision")
                .then().statusCode(200).body("status", equalTo("AWAITING_APPROVAL"))
                .body("draftedBy", equalTo("officer"));
        given().auth().preemptive().basic("approver", "test-approver-pw").contentType(ContentType.JSON)
                .body("{\"approve\": true}").post("/api/cases/" + reference + "/approval")
                .then().statusCode(200).body("status", equalTo("DECISION_APPROVED"))
                .body("outcome", equalTo("GRANTED_PART_NOT_HELD_PART"));

        // CaseOpened, DecisionSubmitted (to the approvers), then DecisionApproved version 2.
        ConsumerRecord<String, String> record = TopicReader.await(kafka, Topics.CASE, reference, 3, WAIT).get(2);
        ContractSchemas.assertValid(record.value());
        EventEnvelope envelope = codec.read(record.value());
        assertThat(envelope.is(EventType.DECISION_APPROVED_V2)).isTrue();
        // An officer's action keeps the correlation of the request it is about.
        assertThat(envelope.correlationId()).isEqualTo(correlationId);
        DecisionApprovedV2 decision = codec.payload(envelope, DecisionApprovedV2.class);
        assertThat(decision.draftedBy()).isEqualTo("officer");
        assertThat(decision.approvedBy()).isEqualTo("approver");
        assertThat(decision.requester().name()).isEqualTo("Jane Citizen");
        assertThat(decision.questions()).extracting(DecisionApprovedV2.Question::outcome)
                .containsExactly("INFORMATION_PROVIDED", "NOT_HELD");
        assertThat(decision.questions().get(0).question())
                .isEqualTo("How many potholes were reported on Mill Lane in 2025?");

        // The case's status machine refuses a second decision.
        officer().contentType(ContentType.JSON).body("""
                {"outcomes": [{"question": 1, "outcome": "NOT_HELD", "answer": "x"},
                              {"question": 2, "outcome": "NOT_HELD", "answer": "x"}]}
                """).post("/api/cases/" + reference + "/decision")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Inject
    javax.sql.DataSource dataSource;

    private long processedRows(UUID eventId) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "select count(*) from processed_event where consumer = 'assessment-service' and event_id = ?")) {
            statement.setObject(1, eventId);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private long outboxRows(String reference, String eventType) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "select count(*) from outbox_event where message_key = ? and event_type = ?")) {
            statement.setString(1, reference);
            statement.setString(2, eventType);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void two_approvers_approving_at_the_same_moment_give_one_decision_and_one_409() throws Exception {
        String reference = openCaseFromGoldenSample();
        officer().contentType(ContentType.JSON).body("""
                {"outcomes": [{"question": 1, "outcome": "NOT_HELD", "answer": "Not held."},
                              {"question": 2, "outcome": "NOT_HELD", "answer": "Not held."}]}
                """).post("/api/cases/" + reference + "/decision").then().statusCode(200);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        var start = new java.util.concurrent.CyclicBarrier(2);
        List<Integer> statuses = new java.util.ArrayList<>();
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (String approver : List.of("approver", "approver2")) {
                answers.add(pool.submit(() -> {
                    start.await(30, java.util.concurrent.TimeUnit.SECONDS);
                    return given().auth().preemptive().basic(approver, "test-" + approver + "-pw")
                            .contentType(ContentType.JSON).body("{\"approve\": true}")
                            .post("/api/cases/" + reference + "/approval").then().extract().statusCode();
                }));
            }
            for (var answer : answers) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        // One wins; the other is refused, either by the state machine or by the version check.
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        // The store shows it at once: exactly one DecisionApproved was recorded, whatever the broker does later.
        assertThat(outboxRows(reference, EventType.DECISION_APPROVED_V2.wireName())).isEqualTo(1);
    }

    @Test
    void a_decision_with_a_bad_outcome_names_the_field_and_changes_nothing() {
        String reference = openCaseFromGoldenSample();

        officer().contentType(ContentType.JSON).body("""
                {"outcomes": [{"question": 1, "outcome": "MAYBE", "answer": "x"}]}
                """).post("/api/cases/" + reference + "/decision")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("outcomes[0].outcome"));
        officer().contentType(ContentType.JSON).body("""
                {"outcomes": [{"question": 1, "outcome": "NOT_HELD", "answer": "x"}]}
                """).post("/api/cases/" + reference + "/decision")
                .then().statusCode(400).body("errors.field", hasItem("outcomes"));
        officer().get("/api/cases/" + reference).then().body("status", equalTo("OPEN"));
    }

    @Test
    void officer_endpoints_refuse_anyone_without_the_officer_role() {
        given().get("/api/cases/FOI-2026-000001").then().statusCode(401);
        given().auth().preemptive().basic("auditor", "test-auditor-pw")
                .get("/api/cases/FOI-2026-000001").then().statusCode(403);
        given().auth().preemptive().basic("auditor", "test-auditor-pw").contentType(ContentType.JSON)
                .body("{\"outcomes\": []}").post("/api/cases/FOI-2026-000001/decision").then().statusCode(403);
        given().auth().preemptive().basic("officer", "wrong").get("/api/cases/FOI-2026-000001").then().statusCode(401);
    }

    @Test
    void an_unknown_reference_is_not_found() {
        officer().get("/api/cases/FOI-1999-000001").then().statusCode(404).contentType("application/problem+json");
    }

    @io.quarkus.test.common.http.TestHTTPResource(value = "/", management = true)
    java.net.URL management;

    /** Readiness, on the management interface (the URL given is its root, /q/). */
    private String readiness() {
        return management.getProtocol() + "://" + management.getHost() + ":" + management.getPort() + "/q/health/ready";
    }

    @Test
    void readiness_covers_the_database_and_the_kafka_channels() {
        given().get(readiness()).then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", hasItem("SmallRye Reactive Messaging - readiness check"))
                .body("checks.find { it.name == 'bank-holiday calendar' }.data.coveredUntil", equalTo("2028-12-31"));
    }

    @Test
    void a_readable_event_whose_handling_keeps_failing_is_tried_then_dead_lettered_with_the_reason() {
        String reference = TopicReader.UNSTORABLE_REFERENCE;
        produce(reference, GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference));

        ConsumerRecord<String, String> dead = TopicReader.await(kafka, Topics.deadLetter(Topics.INTAKE, "assessment"),
                reference, 1, WAIT).get(0);
        assertThat(dead.value()).contains(reference);
        assertThat(TopicReader.header(dead, "dead-letter-reason")).contains("value too long");
        assertThat(TopicReader.header(dead, "dead-letter-topic")).isEqualTo(Topics.INTAKE);
    }

    @Test
    void an_email_that_could_not_be_delivered_goes_on_the_cases_timeline_for_the_officer() {
        String reference = newReference();
        produce(reference, GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference));
        TopicReader.await(kafka, Topics.CASE, reference, 1, WAIT);

        TopicReader.produce(kafka, Topics.NOTIFICATION, reference,
                GoldenSamples.forReference(EventType.NOTIFICATION_FAILED, reference));

        org.awaitility.Awaitility.await().atMost(WAIT).untilAsserted(() -> officer().get("/api/cases/" + reference)
                .then().statusCode(200)
                .body("timeline.what", hasItem("Email not delivered: the acknowledgement"))
                .body("timeline.find { it.what == 'Email not delivered: the acknowledgement' }.detail",
                        org.hamcrest.Matchers.containsString("The requester's mail server refused it (550 5.1.1"))
                .body("timeline.find { it.what == 'Email not delivered: the acknowledgement' }.actor",
                        equalTo("notification-service"))
                .body("status", equalTo("OPEN")));
    }

    @Test
    void an_event_a_service_parked_goes_on_its_cases_timeline_once() {
        String reference = newReference();
        produce(reference, GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference));
        TopicReader.await(kafka, Topics.CASE, reference, 1, WAIT);

        // The notice a relay writes when its broker refuses an event for good (the sample: response-service's
        // ResponseIssued too large), delivered twice; then a notice of another parked event as the marker.
        String notice = GoldenSamples.forReference(EventType.EVENT_PARKED, reference);
        String parked = "8e9f0a1b-2c3d-4e5f-8a6b-7c8d9e0f1a21";
        String other = UUID.randomUUID().toString();
        String marker = GoldenSamples.forReference(EventType.EVENT_PARKED, reference).replace(parked, other);
        TopicReader.produce(kafka, Topics.OPERATIONS, reference, notice);
        TopicReader.produce(kafka, Topics.OPERATIONS, reference, notice);
        TopicReader.produce(kafka, Topics.OPERATIONS, reference, marker);

        String what = "An event about this request was not published";
        org.awaitility.Awaitility.await().atMost(WAIT).untilAsserted(() -> officer().get("/api/cases/" + reference)
                .then().statusCode(200)
                .body("timeline.detail", hasItem(org.hamcrest.Matchers.containsString("(event " + other + ")"))));
        officer().get("/api/cases/" + reference).then().statusCode(200)
                .body("timeline.findAll { it.what == '" + what + "' }.size()", equalTo(2))
                .body("timeline.findAll { it.detail != null && it.detail.contains('(event " + parked + ")') }.size()",
                        equalTo(1))
                .body("timeline.find { it.what == '" + what + "' }.detail", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith(
                                "response-service could not publish foi.response.response-issued"),
                        org.hamcrest.Matchers.containsString("RecordTooLargeException"),
                        org.hamcrest.Matchers.containsString("an admin can replay it")))
                .body("timeline.find { it.what == '" + what + "' }.actor", equalTo("response-service"));
    }

    @Test
    void a_message_about_a_request_dead_lettered_by_any_service_goes_on_its_cases_timeline_once() {
        String reference = newReference();
        produce(reference, GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference));
        TopicReader.await(kafka, Topics.CASE, reference, 1, WAIT);

        // As response-service's connector writes a dead letter: the original event, its key, and why.
        org.apache.kafka.clients.producer.ProducerRecord<String, String> dead =
                new org.apache.kafka.clients.producer.ProducerRecord<>(Topics.deadLetter(Topics.CASE, "response"),
                        reference, GoldenSamples.forReference(EventType.DECISION_APPROVED, reference));
        dead.headers().add("dead-letter-reason", "value too long for <b>column</b>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        // Twice, then a marker with another reason on the same key: once the marker is on the timeline, both
        // copies before it were seen.
        org.apache.kafka.clients.producer.ProducerRecord<String, String> marker =
                new org.apache.kafka.clients.producer.ProducerRecord<>(Topics.deadLetter(Topics.CASE, "response"),
                        reference, GoldenSamples.forReference(EventType.DECISION_APPROVED, reference));
        marker.headers().add("dead-letter-reason", "the marker".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        kafka.produce(String.class, String.class).fromRecords(dead, dead, marker).awaitCompletion();

        org.awaitility.Awaitility.await().atMost(WAIT).untilAsserted(() -> officer().get("/api/cases/" + reference)
                .then().statusCode(200)
                .body("timeline.detail", hasItem(org.hamcrest.Matchers.containsString("(the marker)"))));
        officer().get("/api/cases/" + reference).then().statusCode(200)
                .body("timeline.findAll { it.detail != null && it.detail.contains('value too long') }.size()",
                        equalTo(1))
                .body("timeline.find { it.what == 'A message about this request could not be handled' }.detail",
                        org.hamcrest.Matchers.startsWith("response-service could not handle foi.case.decision-approved"
                                + " (value too long for <b>column</b>)"))
                .body("status", equalTo("OPEN"));
    }
}
