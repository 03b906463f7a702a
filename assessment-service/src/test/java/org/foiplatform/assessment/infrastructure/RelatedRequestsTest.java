package org.foiplatform.assessment.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.foiplatform.assessment.infrastructure.TestAccounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.GoldenSamples;
import org.foiplatform.contracts.Topics;
import org.foiplatform.contracts.events.DecisionApprovedV2;
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
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * What intake found about a request (RequestReceived.relatedRequests and .regimeHint), against the real broker and
 * database: kept both ways, shown to officers on {@code GET /api/cases/{reference}/related} and the timeline, and a
 * refusal on cost that adds a related request's work (the Fees Regulations 2004 reg 5) only when that request was
 * received within sixty working days, carried to the letter in DecisionApproved v2.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "assessment_test"))
class RelatedRequestsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    private final ObjectMapper json = new ObjectMapper();

    /** The golden RequestReceived for a new reference, received at {@code receivedAt}, with what intake found. */
    private ObjectNode request(String reference, String receivedAt) throws Exception {
        ObjectNode event = (ObjectNode) json.readTree(GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference));
        ObjectNode payload = (ObjectNode) event.get("payload");
        payload.put("receivedAt", receivedAt);
        payload.putArray("relatedRequests");
        payload.putNull("regimeHint");
        return event;
    }

    private void open(String reference, ObjectNode event) throws Exception {
        TopicReader.produce(kafka, Topics.INTAKE, reference, json.writeValueAsString(event));
        TopicReader.await(kafka, Topics.CASE, reference, 1, WAIT);
    }

    @Test
    void related_requests_are_kept_both_ways_and_shown_with_the_regime_hint() throws Exception {
        String earlier = TestReferences.next();
        open(earlier, request(earlier, "2026-03-02T10:00:00Z"));
        String later = TestReferences.next();
        ObjectNode event = request(later, "2026-04-14T09:30:00Z");
        ObjectNode payload = (ObjectNode) event.get("payload");
        ArrayNode related = payload.putArray("relatedRequests");
        related.addObject().put("reference", earlier).put("receivedAt", "2026-03-02T10:00:00Z")
                .put("similarity", 0.82).put("sameRequester", true);
        // Too long ago to aggregate, and not a case here.
        related.addObject().put("reference", "FOI-2025-900001").put("receivedAt", "2025-09-01T10:00:00Z")
                .put("similarity", 0.91).put("sameRequester", false);
        ArrayNode because = payload.putObject("regimeHint").put("regime", "EIR").putArray("because");
        because.add("air quality").add("<b>emissions</b>");
        ContractSchemas.assertValid(json.writeValueAsString(event));
        open(later, event);

        as("officer").get("/api/cases/" + later + "/related").then().statusCode(200)
                .body("requests", hasSize(2))
                .body("requests[0].reference", equalTo("FOI-2025-900001"))
                .body("requests[0].sameRequester", equalTo(false))
                .body("requests[0].aggregable", equalTo(false))
                .body("requests[1].reference", equalTo(earlier))
                .body("requests[1].similarity", equalTo(0.82f))
                .body("requests[1].sameRequester", equalTo(true))
                .body("requests[1].receivedOn", equalTo("2026-03-02"))
                .body("requests[1].receivedLater", equalTo(false))
                .body("requests[1].aggregable", equalTo(true))
                .body("regimeHint.regime", equalTo("EIR"))
                .body("regimeHint.because", hasItem("<b>emissions</b>"));
        // The earlier case learns of the later request.
        as("officer").get("/api/cases/" + earlier + "/related").then().statusCode(200)
                .body("requests", hasSize(1)).body("requests[0].reference", equalTo(later))
                .body("requests[0].receivedLater", equalTo(true)).body("requests[0].aggregable", equalTo(true))
                .body("regimeHint", nullValue());
        as("officer").get("/api/cases/" + later).then().statusCode(200)
                .body("timeline.what", hasItem("2 similar requests found"))
                .body("timeline.what", hasItem("The words suggest EIR"))
                .body("timeline.find { it.what == '2 similar requests found' }.detail",
                        containsString(earlier + " (82% alike, same requester, received Monday 2 March 2026)"));

        // Redelivered under a new event id: nothing doubles.
        ObjectNode again = request(later, "2026-04-14T09:30:00Z");
        ((ObjectNode) again.get("payload")).set("relatedRequests", related);
        again.put("eventId", java.util.UUID.randomUUID().toString());
        TopicReader.produce(kafka, Topics.INTAKE, later, json.writeValueAsString(again));
        String marker = TestReferences.next();
        open(marker, request(marker, "2026-04-15T09:30:00Z"));
        as("officer").get("/api/cases/" + later + "/related").then().body("requests", hasSize(2));
        as("officer").get("/api/cases/" + marker + "/related").then().statusCode(200)
                .body("requests", empty()).body("regimeHint", nullValue());
        given().get("/api/cases/" + later + "/related").then().statusCode(401);
        as("officer").get("/api/cases/FOI-2026-999999/related").then().statusCode(404);
    }

    @Test
    void the_case_page_shows_similar_requests_and_lets_a_cost_line_count_a_related_requests_work() throws Exception {
        String earlier = TestReferences.next();
        open(earlier, request(earlier, "2026-03-02T10:00:00Z"));
        String reference = TestReferences.next();
        ObjectNode event = request(reference, "2026-04-14T09:30:00Z");
        ObjectNode payload = (ObjectNode) event.get("payload");
        payload.putArray("relatedRequests").addObject().put("reference", earlier)
                .put("receivedAt", "2026-03-02T10:00:00Z").put("similarity", 0.82).put("sameRequester", true);
        payload.putObject("regimeHint").put("regime", "EIR").putArray("because").add("<b>emissions</b>");
        open(reference, event);
        DashboardPages.Session officer = DashboardPages.signIn("officer");

        String page = officer.spec().get("/dashboard/cases/" + reference).then().statusCode(200).extract().asString();
        assertThat(page).contains("Similar requests", "href=\"/dashboard/cases/" + earlier + "\"", "82% alike",
                "The same requester: it may be a repeated request (s.14(2))",
                "May be added to the cost estimate (Fees Regulations reg 5)", "The words suggest EIR",
                "&lt;b&gt;emissions&lt;/b&gt;", "Related request " + earlier).doesNotContain("<b>emissions</b>");

        // 10 hours here and 10 for the earlier request: over the £450 limit together.
        String total = officer.form().formParam("action", "total").formParam("outcome-1", "COST_LIMIT")
                .formParam("activity-1-0", "EXTRACTING").formParam("units-1-0", "600").formParam("minutes-1-0", "1")
                .formParam("explanation-1-0", "600 records").formParam("activity-1-1", "EXTRACTING")
                .formParam("units-1-1", "600").formParam("minutes-1-1", "1")
                .formParam("explanation-1-1", "The earlier request's 600").formParam("request-1-1", earlier)
                .post("/dashboard/cases/" + reference + "/decision").then().statusCode(200).extract().asString();
        assertThat(total).contains("20 hours (£500.00)", "Over the limit");

        // A request that may not be added is named at its line.
        String refused = officer.form().formParam("action", "total").formParam("outcome-1", "COST_LIMIT")
                .formParam("activity-1-0", "EXTRACTING").formParam("units-1-0", "600").formParam("minutes-1-0", "1")
                .formParam("explanation-1-0", "600 records").formParam("request-1-0", "FOI-2025-900009")
                .post("/dashboard/cases/" + reference + "/decision").then().statusCode(400).extract().asString();
        assertThat(refused).contains("href=\"#request-1-0\"", "FOI-2025-900009 is not a related request");
    }

    private static final String COST_DECISION = """
            {"outcomes": [{"question": %d, "outcome": "COST_LIMIT",
               "answer": "Finding this, with your earlier request, would cost more than the limit.",
               "costEstimate": [
                 {"activity": "EXTRACTING", "units": 600, "minutesPerUnit": 1, "explanation": "600 records, a minute each"},
                 {"activity": "EXTRACTING", "units": 600, "minutesPerUnit": 1, "explanation": "The earlier request's 600",
                  "request": "%s"}],
               "advice": "Ask about one month and we could answer it."}%s]}
            """;

    @Test
    void a_refusal_on_cost_aggregates_only_a_related_request_inside_sixty_working_days() throws Exception {
        String earlier = TestReferences.next();
        open(earlier, request(earlier, "2026-03-02T10:00:00Z"));
        String reference = TestReferences.next();
        ObjectNode event = request(reference, "2026-04-14T09:30:00Z");
        ArrayNode related = ((ObjectNode) event.get("payload")).putArray("relatedRequests");
        related.addObject().put("reference", earlier).put("receivedAt", "2026-03-02T10:00:00Z")
                .put("similarity", 0.7).put("sameRequester", true);
        related.addObject().put("reference", "FOI-2025-900002").put("receivedAt", "2025-09-01T10:00:00Z")
                .put("similarity", 0.9).put("sameRequester", true);
        open(reference, event);
        String second = ", {\"question\": 2, \"outcome\": \"NOT_HELD\", \"answer\": \"We do not hold it.\"}";

        // A request outside the period, or one intake never matched, is refused by name.
        as("officer").body(COST_DECISION.formatted(1, "FOI-2025-900002", second))
                .post("/api/cases/" + reference + "/decision").then().statusCode(400)
                .body("errors.field", hasItem("outcomes[0].costEstimate[1].request"));
        as("officer").body(COST_DECISION.formatted(1, "FOI-2026-123456", second))
                .post("/api/cases/" + reference + "/decision").then().statusCode(400)
                .body("errors.field", hasItem("outcomes[0].costEstimate[1].request"));
        as("officer").get("/api/cases/" + reference).then().body("status", equalTo("OPEN"));

        // 10 hours alone is within £450; with the earlier request's 10 hours it is £500.
        as("officer").body(COST_DECISION.formatted(1, earlier, second))
                .post("/api/cases/" + reference + "/decision").then().statusCode(200)
                .body("questions[0].costEstimate.hours", equalTo(20))
                .body("questions[0].costEstimate.costPounds", equalTo(500))
                .body("questions[0].costEstimate.items[1].request", equalTo(earlier));
        as("approver").body("{\"approve\": true}").post("/api/cases/" + reference + "/approval").then()
                .statusCode(200);
        ConsumerRecord<String, String> record = TopicReader.await(kafka, Topics.CASE, r -> reference.equals(r.key())
                && r.value().contains("\"type\":\"" + EventType.DECISION_APPROVED_V2.wireName() + "\""), 1, WAIT)
                .get(0);
        ContractSchemas.assertValid(record.value());
        EventCodec codec = new EventCodec();
        DecisionApprovedV2 approved = codec.payload(codec.read(record.value()), DecisionApprovedV2.class);
        assertThat(approved.questions().get(0).costEstimate().items())
                .extracting(DecisionApprovedV2.Item::request).containsExactly(null, earlier);
        assertThat(approved.questions().get(0).costEstimate().costPounds()).isEqualByComparingTo("500");
    }
}
