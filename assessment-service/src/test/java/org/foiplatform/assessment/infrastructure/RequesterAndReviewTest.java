package org.foiplatform.assessment.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.foiplatform.assessment.infrastructure.TestAccounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventEnvelope;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.GoldenSamples;
import org.foiplatform.contracts.Topics;
import org.foiplatform.contracts.events.ReviewDecided;
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
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The requester's actions arriving from intake as events (clarification, withdrawal, review request), each moving
 * the case, and the internal review decided by an officer who neither drafted nor approved the decision.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "assessment_test"))
class RequesterAndReviewTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    private final EventCodec codec = new EventCodec();

    private String openCase() {
        String reference = TestReferences.next();
        TopicReader.produce(kafka, Topics.INTAKE, reference, GoldenSamples.forReference(EventType.REQUEST_RECEIVED,
                reference));
        TopicReader.await(kafka, Topics.CASE, reference, 1, WAIT);
        return reference;
    }

    /** What intake publishes, as its golden sample, for this reference, each time a new event. */
    private void fromIntake(EventType type, String reference) {
        TopicReader.produce(kafka, Topics.INTAKE, reference, GoldenSamples.forReference(type, reference,
                java.util.UUID.randomUUID()));
    }

    private void awaitStatus(String reference, String status) {
        Awaitility.await().atMost(WAIT).untilAsserted(() -> as("officer").get("/api/cases/" + reference).then()
                .statusCode(200).body("status", equalTo(status)));
    }

    private void decideAndApprove(String reference) {
        as("officer").body("""
                {"outcomes": [{"question": 1, "outcome": "INFORMATION_PROVIDED", "answer": "47."},
                              {"question": 2, "outcome": "NOT_HELD", "answer": "Not held by street."}]}
                """).post("/api/cases/" + reference + "/decision").then().statusCode(200);
        as("approver").body("{\"approve\": true}").post("/api/cases/" + reference + "/approval").then().statusCode(200);
    }

    @Test
    void the_requesters_clarification_restarts_the_clock_from_the_day_it_arrived() {
        String reference = openCase();
        as("officer").body("{\"action\": \"CLARIFICATION_REQUESTED\", \"on\": \"2026-04-16\", \"question\": \"Which part of Mill Lane?\"}")
                .post("/api/cases/" + reference + "/clock").then().statusCode(200);
        // The sample arrived at 11:00 UTC on Monday 20 April 2026: day 0 again; 20 working days on, with the early
        // May bank holiday (4 May) not counted, is Tuesday 19 May 2026.
        fromIntake(EventType.CLARIFICATION_PROVIDED, reference);
        awaitStatus(reference, "OPEN");
        as("officer").get("/api/cases/" + reference).then().body("dueDate", equalTo("2026-05-19"))
                .body("timeline.detail", hasItem(org.hamcrest.Matchers.containsString("by the primary school")));
        // A second answer changes nothing but is on the timeline.
        fromIntake(EventType.CLARIFICATION_PROVIDED, reference);
        Awaitility.await().atMost(WAIT).untilAsserted(() -> as("officer").get("/api/cases/" + reference).then()
                .body("timeline.what", hasItem("Clarification received from the requester")));
        as("officer").get("/api/cases/" + reference).then().body("dueDate", equalTo("2026-05-19"));
    }

    @Test
    void a_withdrawn_request_is_closed_as_withdrawn_and_one_withdrawn_after_the_response_is_only_noted() {
        String open = openCase();
        fromIntake(EventType.REQUEST_WITHDRAWN, open);
        awaitStatus(open, "WITHDRAWN");
        as("officer").get("/api/cases/" + open).then().body("outcome", equalTo("WITHDRAWN"))
                .body("timeline.what", hasItem("Request withdrawn by the requester"));

        String answered = openCase();
        decideAndApprove(answered);
        fromIntake(EventType.REQUEST_WITHDRAWN, answered);
        Awaitility.await().atMost(WAIT).untilAsserted(() -> as("officer").get("/api/cases/" + answered).then()
                .body("timeline.what", hasItem("The requester asked to withdraw the request")));
        as("officer").get("/api/cases/" + answered).then().body("status", equalTo("DECISION_APPROVED"));
    }

    @Test
    void an_internal_review_is_decided_by_a_third_officer_and_published() {
        String reference = openCase();
        // A review asked for before there is a response opens nothing.
        fromIntake(EventType.REVIEW_REQUESTED, reference);
        Awaitility.await().atMost(WAIT).untilAsserted(() -> as("officer").get("/api/cases/" + reference).then()
                .body("timeline.what", hasItem("The requester asked for an internal review")));
        decideAndApprove(reference);

        fromIntake(EventType.REVIEW_REQUESTED, reference);
        awaitStatus(reference, "REVIEW_OPEN");
        // Asked for on Wednesday 20 May 2026: 20 working days, the spring bank holiday (25 May) and Scotland's
        // World Cup day (15 June) not counted, give Friday 19 June 2026.
        as("officer").get("/api/cases/" + reference).then().body("review.dueDate", equalTo("2026-06-19"))
                .body("review.grounds", org.hamcrest.Matchers.startsWith("I do not accept"));

        String findings = """
                {"outcomes": [{"question": 1, "finding": "UPHELD", "reasons": "The figure given was complete."},
                              {"question": 2, "finding": "OVERTURNED", "reasons": "The contractor invoices by street."}]}
                """;
        as("officer").body(findings).post("/api/cases/" + reference + "/review").then().statusCode(403)
                .body("detail", org.hamcrest.Matchers.containsString("drafted"));
        as("approver").body(findings).post("/api/cases/" + reference + "/review").then().statusCode(403)
                .body("detail", org.hamcrest.Matchers.containsString("approved"));
        as("approver2").body("""
                {"outcomes": [{"question": 1, "finding": "UPHELD", "reasons": " "}]}
                """).post("/api/cases/" + reference + "/review").then().statusCode(400)
                .body("errors.field", hasItems("outcomes[0].reasons"));
        as("approver2").body(findings).post("/api/cases/" + reference + "/review").then().statusCode(200)
                .body("status", equalTo("REVIEW_DECIDED")).body("review.outcome", equalTo("PARTLY_OVERTURNED"));
        as("approver2").body(findings).post("/api/cases/" + reference + "/review").then().statusCode(409);

        List<ConsumerRecord<String, String>> records = TopicReader.await(kafka, Topics.CASE, reference, 3, WAIT);
        ConsumerRecord<String, String> last = records.get(records.size() - 1);
        ContractSchemas.assertValid(last.value());
        assertThat(GoldenSamples.fieldPaths(last.value()))
                .isEqualTo(GoldenSamples.fieldPaths(GoldenSamples.raw(EventType.REVIEW_DECIDED)));
        EventEnvelope envelope = codec.read(last.value());
        ReviewDecided decided = codec.payload(envelope, ReviewDecided.class);
        assertThat(decided.reviewer()).isEqualTo("approver2");
        assertThat(decided.outcome()).isEqualTo("PARTLY_OVERTURNED");
        assertThat(decided.questions()).extracting(ReviewDecided.Question::finding)
                .containsExactly("UPHELD", "OVERTURNED");
        assertThat(decided.questions().get(1).originalOutcome()).isEqualTo("NOT_HELD");
        assertThat(decided.late()).isTrue();
    }

    @jakarta.inject.Inject
    org.foiplatform.assessment.application.SendReminders reminders;

    @jakarta.inject.Inject
    org.foiplatform.assessment.application.CaseRepository cases;

    @Test
    void a_review_has_its_own_clock_its_own_reminders_and_under_foia_one_extension_to_40_working_days() {
        String reference = openCase();
        decideAndApprove(reference);
        fromIntake(EventType.REVIEW_REQUESTED, reference);
        awaitStatus(reference, "REVIEW_OPEN");
        as("officer").get("/api/cases/" + reference).then().body("review.dueDate", equalTo("2026-06-19"));

        // Friday 12 June 2026: 4 working days to Friday 19 June (Scotland's 15 June not counted under FOIA).
        assertThat(cases.reviewsDueBy(java.time.LocalDate.of(2026, 7, 3), "", 10_000)).contains(reference);
        assertThat(reminders.remind(reference, java.time.LocalDate.of(2026, 6, 12))).isTrue();
        assertThat(reminders.remind(reference, java.time.LocalDate.of(2026, 6, 12))).isFalse();
        List<ConsumerRecord<String, String>> records = TopicReader.await(kafka, Topics.CASE, reference, 3, WAIT);
        EventEnvelope reminder = codec.read(records.get(records.size() - 1).value());
        assertThat(reminder.is(EventType.DEADLINE_APPROACHING)).isTrue();
        org.foiplatform.contracts.events.DeadlineApproaching approaching = codec.payload(reminder,
                org.foiplatform.contracts.events.DeadlineApproaching.class);
        assertThat(approaching.deadline()).isEqualTo("REVIEW");
        assertThat(approaching.dueDate()).hasToString("2026-06-19");
        assertThat(approaching.workingDaysLeft()).isEqualTo(5);

        // Exceptional: 40 working days in all, from 20 May 2026: Monday 20 July 2026. Once.
        as("officer").body("{}").post("/api/cases/" + reference + "/review/extension").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        as("officer").body("{\"reason\": \"The contractor's records must be searched by hand.\"}")
                .post("/api/cases/" + reference + "/review/extension").then().statusCode(200)
                .body("review.dueDate", equalTo("2026-07-20"))
                .body("timeline.what", hasItem("Internal review extended to 40 working days"));
        as("officer").body("{\"reason\": \"Again.\"}").post("/api/cases/" + reference + "/review/extension")
                .then().statusCode(400);
    }

    @Test
    void an_eir_review_has_40_working_days_in_law_and_no_extension() throws Exception {
        String reference = TestReferences.next();
        TopicReader.produce(kafka, Topics.INTAKE, reference, GoldenSamples.forReference(EventType.REQUEST_RECEIVED,
                reference).replaceFirst("\"regime\"\\s*:\\s*\"FOIA\"", "\"regime\": \"EIR\""));
        TopicReader.await(kafka, Topics.CASE, reference, 1, WAIT);
        decideAndApprove(reference);
        fromIntake(EventType.REVIEW_REQUESTED, reference);
        awaitStatus(reference, "REVIEW_OPEN");
        as("officer").get("/api/cases/" + reference).then().body("regime", equalTo("EIR"))
                .body("review.dueDate", equalTo("2026-07-20"));
        as("officer").body("{\"reason\": \"Complex.\"}").post("/api/cases/" + reference + "/review/extension").then()
                .statusCode(400).body("errors.field", hasItem("regime"));
    }
}
