package org.foiplatform.assessment.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.foiplatform.assessment.infrastructure.TestAccounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventEnvelope;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.GoldenSamples;
import org.foiplatform.contracts.Topics;
import org.foiplatform.contracts.events.DecisionApprovedV2;
import org.foiplatform.contracts.events.DecisionSubmitted;
import org.foiplatform.localstack.testsupport.ContractSchemas;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TestReferences;
import org.foiplatform.localstack.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The decision API against the real broker and database: a draft per question with what each outcome needs, each
 * rule's 400 naming its field, the roles (401, 403), four eyes, and the seed letter's seven questions decided as in
 * the letter and approved by a second account, ending in a DecisionApproved v2 that carries all of it.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "assessment_test"))
class DecisionApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    private final EventCodec codec = new EventCodec();

    /** Opens a case under {@code regime} with these questions, from the golden RequestReceived. */
    private String openCase(String regime, String... questions) throws Exception {
        String reference = TestReferences.next();
        ObjectMapper json = new ObjectMapper();
        ObjectNode event = (ObjectNode) json.readTree(GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference));
        ObjectNode payload = (ObjectNode) event.get("payload");
        payload.put("regime", regime);
        ArrayNode asked = payload.putArray("questions");
        for (int i = 0; i < questions.length; i++) {
            asked.addObject().put("number", i + 1).put("text", questions[i]);
        }
        TopicReader.produce(kafka, Topics.INTAKE, reference, json.writeValueAsString(event));
        TopicReader.await(kafka, Topics.CASE, reference, 1, WAIT);
        return reference;
    }

    private static final String[] SEED_QUESTIONS = {
        "How many citizens used the council's website, app or online services in 2023?",
        "What was the total number of unresolved queries or tickets related to the council's online services in 2023?",
        "What is the average waiting time for phone calls to customer service in 2023?",
        "What was the average resolution time for online queries in 2023?",
        "What was the total cost of maintaining the council's website, app and online services in 2023?",
        "How many downtime incidents were recorded in 2023, and what was the average downtime?",
        "What is the average user satisfaction score for the council's online services in 2023?"};

    private static final String SEED_DECISION = """
            {"outcomes": [
              {"question": 1, "outcome": "INFORMATION_PROVIDED",
               "answer": "There were 5,760,405 unique visitors to the council's website in 2023.",
               "advice": "Our web statistics count visitors, not residents. We can give monthly figures if that helps."},
              {"question": 2, "outcome": "COST_LIMIT",
               "answer": "We hold this information, but finding it would cost more than the limit the law sets.",
               "costEstimate": [{"activity": "EXTRACTING", "units": 13000, "minutesPerUnit": 2,
                 "explanation": "The queries are not reportable: an officer would read each of about 13,000 records."}],
               "advice": "If you ask about one month, or about one service, we could answer within the limit."},
              {"question": 3, "outcome": "INFORMATION_PROVIDED", "answer": "2 minutes 29 seconds."},
              {"question": 4, "outcome": "NOT_HELD", "answer": "We do not hold this information: it is not recorded."},
              {"question": 5, "outcome": "EXEMPT", "answer": "This information is already published.",
               "exemptions": [{"provision": "FOIA s.21",
                 "reason": "The contract and its value are in the council's contracts register (contract COV-10264).",
                 "availableAt": "https://www.example.gov.uk/downloads/contracts-register"}]},
              {"question": 6, "outcome": "INFORMATION_PROVIDED", "answer": "One incident: 13 minutes on 28 August 2023."},
              {"question": 7, "outcome": "NOT_HELD", "answer": "We do not hold this information: no survey was run."}]}
            """;

    @Test
    void the_seed_letters_seven_questions_decided_as_in_the_letter_and_approved_by_a_second_account() throws Exception {
        String reference = openCase("FOIA", SEED_QUESTIONS);

        as("officer").body(SEED_DECISION).post("/api/cases/" + reference + "/decision").then().statusCode(200)
                .body("status", equalTo("AWAITING_APPROVAL"))
                .body("outcome", equalTo("REFUSED_S12_COST"))
                .body("questions[1].costEstimate.hours", equalTo(433.33f))
                .body("questions[1].costEstimate.costPounds", equalTo(10833.33f))
                .body("questions[4].exemptions[0].availableAt", containsString("contracts-register"));
        // Nothing is published for the letter before the approval; the approvers are told a decision waits.
        assertThat(outboxRows(reference)).isZero();
        DecisionSubmitted submitted = codec.payload(codec.read(awaitEvent(reference, EventType.DECISION_SUBMITTED)
                .value()), DecisionSubmitted.class);
        assertThat(submitted.draftedBy()).isEqualTo("officer");
        assertThat(submitted.outcome()).isEqualTo("REFUSED_S12_COST");
        assertThat(submitted.questions()).isEqualTo(7);
        assertThat(submitted.regime()).isEqualTo("FOIA");

        as("approver").body("{\"approve\": true}").post("/api/cases/" + reference + "/approval").then()
                .statusCode(200).body("status", equalTo("DECISION_APPROVED")).body("approvedBy", equalTo("approver"))
                .body("timeline.what", hasItems("Decision drafted", "Decision approved"));

        ConsumerRecord<String, String> record = awaitEvent(reference, EventType.DECISION_APPROVED_V2);
        ContractSchemas.assertValid(record.value());
        assertThat(GoldenSamples.fieldPaths(record.value()))
                .isEqualTo(GoldenSamples.fieldPaths(GoldenSamples.raw(EventType.DECISION_APPROVED_V2)));
        EventEnvelope envelope = codec.read(record.value());
        assertThat(envelope.is(EventType.DECISION_APPROVED_V2)).isTrue();
        DecisionApprovedV2 decision = codec.payload(envelope, DecisionApprovedV2.class);
        assertThat(decision.regime()).isEqualTo("FOIA");
        assertThat(decision.requester().name()).isEqualTo("Jane Citizen");
        assertThat(decision.receivedOn()).isEqualTo(LocalDate.of(2026, 4, 14));
        assertThat(decision.dueDate()).isEqualTo(LocalDate.of(2026, 5, 13));
        // Decided today, long after 13 May 2026: late.
        assertThat(decision.decidedOn()).isAfter(decision.dueDate());
        assertThat(decision.late()).isTrue();
        assertThat(decision.reviewBy()).isAfter(decision.decidedOn().plusWeeks(8).minusDays(1));
        assertThat(decision.caseOutcome()).isEqualTo("REFUSED_S12_COST");
        assertThat(decision.draftedBy()).isEqualTo("officer");
        assertThat(decision.approvedBy()).isEqualTo("approver");
        assertThat(decision.questions()).extracting(DecisionApprovedV2.Question::outcome).containsExactly(
                "INFORMATION_PROVIDED", "COST_LIMIT", "INFORMATION_PROVIDED", "NOT_HELD", "EXEMPT",
                "INFORMATION_PROVIDED", "NOT_HELD");
        assertThat(decision.questions()).extracting(DecisionApprovedV2.Question::question)
                .containsExactly(SEED_QUESTIONS);
        assertThat(decision.questions().get(0).advice()).startsWith("Our web statistics");
        DecisionApprovedV2.CostEstimate cost = decision.questions().get(1).costEstimate();
        assertThat(cost.hours()).isEqualByComparingTo("433.33");
        assertThat(cost.costPounds()).isEqualByComparingTo("10833.33");
        assertThat(cost.limitPounds()).isEqualByComparingTo("450");
        assertThat(cost.limitHours()).isEqualByComparingTo("18");
        assertThat(cost.poundsPerHour()).isEqualByComparingTo("25");
        assertThat(cost.regulations()).contains("Appropriate Limit and Fees");
        assertThat(cost.items()).singleElement().satisfies(item -> {
            assertThat(item.activity()).isEqualTo("EXTRACTING");
            assertThat(item.units()).isEqualTo(13_000);
            assertThat(item.minutesPerUnit()).isEqualByComparingTo(BigDecimal.valueOf(2));
        });
        assertThat(decision.questions().get(1).advice()).startsWith("If you ask about one month");
        assertThat(decision.questions().get(4).exemptions()).singleElement().satisfies(e -> {
            assertThat(e.provision()).isEqualTo("FOIA s.21");
            assertThat(e.absolute()).isTrue();
            assertThat(e.title()).isNotBlank();
            assertThat(e.availableAt()).isEqualTo("https://www.example.gov.uk/downloads/contracts-register");
            assertThat(e.publicInterest()).isNull();
        });
    }

    @Test
    void the_letter_issued_and_the_emails_sent_go_on_the_timeline_and_the_case_is_responded_to() throws Exception {
        String reference = openCase("FOIA", "Q1?");
        as("officer").body("{\"outcomes\": [{\"question\": 1, \"outcome\": \"NOT_HELD\", \"answer\": \"No.\"}]}")
                .post("/api/cases/" + reference + "/decision").then().statusCode(200);
        as("approver").body("{\"approve\": true}").post("/api/cases/" + reference + "/approval").then()
                .statusCode(200);

        // As response-service and notification-service publish them.
        TopicReader.produce(kafka, Topics.RESPONSE, reference,
                GoldenSamples.forReference(EventType.RESPONSE_ISSUED, reference));
        TopicReader.produce(kafka, Topics.NOTIFICATION, reference,
                GoldenSamples.forReference(EventType.NOTIFICATION_SENT, reference));
        org.awaitility.Awaitility.await().atMost(WAIT).untilAsserted(() -> as("officer")
                .get("/api/cases/" + reference).then().statusCode(200)
                .body("status", equalTo("RESPONDED"))
                .body("timeline.what", hasItems("Response issued", "Email sent: the acknowledgement")));
        // A message on the response topic that is not an event goes to assessment's dead-letter topic for it.
        TopicReader.produce(kafka, Topics.RESPONSE, "poison-" + reference, "{ not an event");
        assertThat(TopicReader.await(kafka, Topics.deadLetter(Topics.RESPONSE, "assessment"), "poison-" + reference, 1,
                WAIT).get(0).value()).isEqualTo("{ not an event");
    }

    @Test
    void a_blocked_letter_sends_the_case_back_to_be_put_right_and_the_next_letter_responds() throws Exception {
        String reference = openCase("FOIA", "Q1?");
        String decision = "{\"outcomes\": [{\"question\": 1, \"outcome\": \"NOT_HELD\", \"answer\": \"No.\"}]}";
        as("officer").body(decision).post("/api/cases/" + reference + "/decision").then().statusCode(200);
        as("approver").body("{\"approve\": true}").post("/api/cases/" + reference + "/approval").then()
                .statusCode(200);

        // As response-service publishes it when a blocking compliance rule fails: nothing was sent.
        TopicReader.produce(kafka, Topics.RESPONSE, reference,
                GoldenSamples.forReference(EventType.LETTER_BLOCKED, reference));
        org.awaitility.Awaitility.await().atMost(WAIT).untilAsserted(() -> as("officer")
                .get("/api/cases/" + reference).then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("timeline.what", hasItems("Letter blocked")));
        // The decision goes round again, with the same four eyes.
        as("officer").body(decision).post("/api/cases/" + reference + "/decision").then().statusCode(200);
        as("officer").body("{\"approve\": true}").post("/api/cases/" + reference + "/approval").then()
                .statusCode(403);
        as("approver").body("{\"approve\": true}").post("/api/cases/" + reference + "/approval").then()
                .statusCode(200);
        TopicReader.produce(kafka, Topics.RESPONSE, reference,
                GoldenSamples.forReference(EventType.RESPONSE_ISSUED_V2, reference));
        org.awaitility.Awaitility.await().atMost(WAIT).untilAsserted(() -> as("officer")
                .get("/api/cases/" + reference).then().statusCode(200)
                .body("status", equalTo("RESPONDED"))
                .body("timeline.what", hasItems("Letter blocked", "Response issued")));
    }

    @Test
    void a_qualified_exemption_carries_its_public_interest_test_into_the_event() throws Exception {
        String reference = openCase("EIR", "What did the incinerator contract cost?");
        as("officer").body("""
                {"outcomes": [{"question": 1, "outcome": "PARTLY_PROVIDED", "answer": "The total is £4.2m; the unit prices are withheld.",
                  "exemptions": [{"provision": "EIR 12(5)(e)",
                  "reason": "The unit prices are commercially confidential.",
                  "publicInterest": {"for": "Openness about public spending.",
                    "against": "Rivals would learn the supplier's prices.",
                    "conclusion": "The public interest favours withholding the unit prices."}}]}]}
                """).post("/api/cases/" + reference + "/decision").then().statusCode(200);
        as("approver2").body("{\"approve\": true}").post("/api/cases/" + reference + "/approval").then()
                .statusCode(200);

        DecisionApprovedV2 decision = codec.payload(codec.read(awaitEvent(reference, EventType.DECISION_APPROVED_V2)
                .value()), DecisionApprovedV2.class);
        assertThat(decision.caseOutcome()).isEqualTo("GRANTED_PART_WITHHELD_PART");
        assertThat(decision.questions().get(0).exemptions()).singleElement().satisfies(e -> {
            assertThat(e.absolute()).isFalse();
            assertThat(e.publicInterest().forDisclosure()).isEqualTo("Openness about public spending.");
            assertThat(e.publicInterest().againstDisclosure()).isEqualTo("Rivals would learn the supplier's prices.");
            assertThat(e.publicInterest().conclusion()).startsWith("The public interest favours");
        });
    }

    @Test
    void each_rule_broken_is_a_400_naming_its_field_and_stores_nothing() throws Exception {
        String reference = openCase("FOIA", "Q1?", "Q2?", "Q3?");
        as("officer").body("""
                {"outcomes": [
                  {"question": 1, "outcome": "EXEMPT", "answer": "Withheld.",
                   "exemptions": [{"provision": "FOIA s.43(2)", "reason": "Prices."}]},
                  {"question": 2, "outcome": "COST_LIMIT", "answer": "Too costly.",
                   "costEstimate": [{"activity": "LOCATING", "units": 10, "minutesPerUnit": 5, "explanation": "Ten files."}]},
                  {"question": 3, "outcome": "EXEMPT", "answer": "Withheld.",
                   "exemptions": [{"provision": "EIR 12(5)(e)", "reason": "Prices.",
                     "publicInterest": {"for": "a", "against": "b", "conclusion": "c"}}]}]}
                """).post("/api/cases/" + reference + "/decision").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("outcomes[0].exemptions[0].publicInterest", "outcomes[1].advice",
                        "outcomes[1].costEstimate", "outcomes[2].exemptions[0].provision"));
        // An absolute exemption with a public interest test; s.21 without where the information is.
        as("officer").body("""
                {"outcomes": [
                  {"question": 1, "outcome": "EXEMPT", "answer": "Withheld.",
                   "exemptions": [{"provision": "FOIA s.40(2)", "reason": "Names of junior staff.",
                     "publicInterest": {"for": "a", "against": "b", "conclusion": "c"}}]},
                  {"question": 2, "outcome": "EXEMPT", "answer": "Published.",
                   "exemptions": [{"provision": "FOIA s.21", "reason": "It is published."}]},
                  {"question": 3, "outcome": "NOT_HELD", "answer": "Not held.", "advice": "%s"}]}
                """.formatted("x".repeat(2_001))).post("/api/cases/" + reference + "/decision").then().statusCode(400)
                .body("errors.field", hasItems("outcomes[0].exemptions[0].publicInterest",
                        "outcomes[1].exemptions[0].availableAt", "outcomes[2].advice"));
        as("officer").get("/api/cases/" + reference).then().body("status", equalTo("OPEN"))
                .body("questions[0].outcome", org.hamcrest.Matchers.nullValue());
        assertThat(outboxRows(reference)).isZero();
    }

    @Test
    void an_answer_of_three_megabytes_is_refused_before_it_is_stored() throws Exception {
        String reference = openCase("FOIA", "Q1?");
        as("officer").body("{\"outcomes\": [{\"question\": 1, \"outcome\": \"INFORMATION_PROVIDED\", \"answer\": \""
                + "x".repeat(3_000_000) + "\"}]}").post("/api/cases/" + reference + "/decision").then()
                .statusCode(org.hamcrest.Matchers.either(equalTo(400)).or(equalTo(413)));
        as("officer").get("/api/cases/" + reference).then().body("status", equalTo("OPEN"));
    }

    @Test
    void the_drafter_cannot_approve_their_own_decision_and_an_officer_cannot_approve_at_all() throws Exception {
        String reference = openCase("FOIA", "Q1?");
        String draft = "{\"outcomes\": [{\"question\": 1, \"outcome\": \"NOT_HELD\", \"answer\": \"Not held.\"}]}";
        // No draft yet: nothing to approve.
        as("approver").body("{\"approve\": true}").post("/api/cases/" + reference + "/approval").then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("OPEN"));
        // The approver drafts it (approvers work cases too) and may not approve it.
        as("approver").body(draft).post("/api/cases/" + reference + "/decision").then().statusCode(200);
        as("approver").body("{\"approve\": true}").post("/api/cases/" + reference + "/approval").then()
                .statusCode(403).contentType("application/problem+json")
                .body("title", equalTo("A second officer must do this"));
        // An officer without the approver role may not approve anyone's.
        as("officer").body("{\"approve\": true}").post("/api/cases/" + reference + "/approval").then()
                .statusCode(403);
        given().contentType(ContentType.JSON).body("{\"approve\": true}")
                .post("/api/cases/" + reference + "/approval").then().statusCode(401);
        as("auditor").body(draft).post("/api/cases/" + reference + "/decision").then().statusCode(403);
        as("officer").get("/api/cases/" + reference).then().body("status", equalTo("AWAITING_APPROVAL"));

        // The second approver returns it with comments; the case is worked again.
        as("approver2").body("{\"approve\": false}").post("/api/cases/" + reference + "/approval").then()
                .statusCode(400).body("errors.field", hasItem("comments"));
        as("approver2").body("{\"approve\": false, \"comments\": \"Ask Highways first.\"}")
                .post("/api/cases/" + reference + "/approval").then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("timeline.find { it.what == 'Decision returned to approver' }.detail",
                        equalTo("Ask Highways first."));
        as("approver2").body("{}").post("/api/cases/" + reference + "/approval").then().statusCode(400)
                .body("errors.field", hasItem("approve"));
        assertThat(outboxRows(reference)).isZero();
    }

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    /** The first event of {@code type} about the case (other events come between: CaseOpened, DecisionSubmitted). */
    private ConsumerRecord<String, String> awaitEvent(String reference, EventType type) {
        return TopicReader.await(kafka, Topics.CASE, r -> reference.equals(r.key())
                && r.value().contains("\"type\":\"" + type.wireName() + "\"")
                && r.value().contains("\"version\":" + type.version()), 1, WAIT).get(0);
    }

    private long outboxRows(String reference) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "select count(*) from outbox_event where message_key = ? and event_type = ?")) {
            statement.setString(1, reference);
            statement.setString(2, EventType.DECISION_APPROVED_V2.wireName());
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
