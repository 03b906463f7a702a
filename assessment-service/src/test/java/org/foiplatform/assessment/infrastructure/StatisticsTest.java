package org.foiplatform.assessment.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.foiplatform.assessment.infrastructure.TestAccounts.as;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.foiplatform.assessment.application.LapseRequests;
import org.foiplatform.assessment.domain.StatisticsRules;
import org.foiplatform.assessment.infrastructure.web.StatisticsViews;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.GoldenSamples;
import org.foiplatform.contracts.Topics;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TestReferences;
import org.foiplatform.localstack.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The published statistics against the real broker and database. Eight requests received in February 2025 (a month
 * no other test uses) are brought, through the consumers and the API as officers and requesters would, to every state
 * the figures count: two answered late (received in 2025, answered today), two answered in time (the clock restarted
 * today by a clarification, so today is within their due date), one still open and past due, one waiting for a
 * clarification, one withdrawn, one lapsed; two internal reviews asked for in the month and decided. The officers'
 * page, the public page and the CSV files must show exactly these numbers for January to March 2025.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "assessment_test"))
class StatisticsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String REQUESTER = "Zebedee Quartermain";
    private static final String QUESTION = "How many lampposts on Wisteria Walk were repainted?";
    private static final String QUARTER = "?from=2025-01-01&to=2025-03-31";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    LapseRequests lapses;

    /** The requests made for this class, made once, by the first test that needs them. */
    private static final List<String> references = new ArrayList<>();
    private static boolean prepared;
    private final ObjectMapper json = new ObjectMapper();

    /** A request received at {@code receivedAt} under {@code regime}, with two questions, from the golden sample. */
    private String receive(String receivedAt, String regime) throws Exception {
        String reference = TestReferences.next();
        ObjectNode event = (ObjectNode) json.readTree(GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference)
                .replace("2026-04-14T09:30:00Z", receivedAt));
        ObjectNode payload = (ObjectNode) event.get("payload");
        payload.put("regime", regime);
        ((ObjectNode) payload.get("requester")).put("name", REQUESTER);
        ((ObjectNode) payload.get("questions").get(0)).put("text", QUESTION);
        TopicReader.produce(kafka, Topics.INTAKE, reference, json.writeValueAsString(event));
        TopicReader.await(kafka, Topics.CASE, reference, 1, WAIT);
        references.add(reference);
        return reference;
    }

    private void fromIntake(EventType type, String reference, String from, String to) {
        TopicReader.produce(kafka, Topics.INTAKE, reference, GoldenSamples.forReference(type, reference,
                UUID.randomUUID()).replace(from, to));
    }

    private void awaitStatus(String reference, String status) {
        Awaitility.await().atMost(WAIT).untilAsserted(() -> as("officer").get("/api/cases/" + reference).then()
                .statusCode(200).body("status", equalTo(status)));
    }

    private static void clock(String reference, String action, LocalDate on) {
        as("officer").body("{\"action\": \"" + action + "\", \"on\": \"" + on + "\", \"question\": \"Which street?\","
                + " \"reason\": \"Asked by phone\"}").post("/api/cases/" + reference + "/clock").then().statusCode(200);
    }

    private static void decide(String reference, String outcomes) {
        as("officer").body("{\"outcomes\": " + outcomes + "}").post("/api/cases/" + reference + "/decision").then()
                .statusCode(200);
        as("approver").body("{\"approve\": true}").post("/api/cases/" + reference + "/approval").then()
                .statusCode(200);
    }

    private static final String GRANTED = """
            [{"question": 1, "outcome": "INFORMATION_PROVIDED", "answer": "Twelve."},
             {"question": 2, "outcome": "INFORMATION_PROVIDED", "answer": "£1,200."}]""";
    private static final String GRANTED_AND_NOT_HELD = """
            [{"question": 1, "outcome": "INFORMATION_PROVIDED", "answer": "Twelve."},
             {"question": 2, "outcome": "NOT_HELD", "answer": "We do not record this."}]""";
    private static final String NOT_HELD = """
            [{"question": 1, "outcome": "NOT_HELD", "answer": "Not held."},
             {"question": 2, "outcome": "NOT_HELD", "answer": "Not held."}]""";
    private static final String PUBLISHED = """
            [{"question": 1, "outcome": "EXEMPT", "answer": "It is published.",
              "exemptions": [{"provision": "FOIA s.21", "reason": "In the asset register.",
                              "availableAt": "https://www.example.gov.uk/assets"}]},
             {"question": 2, "outcome": "EXEMPT", "answer": "It is published.",
              "exemptions": [{"provision": "FOIA s.21", "reason": "In the spending data.",
                              "availableAt": "https://www.example.gov.uk/spending"}]}]""";

    /** Made once, by the first test that needs them (RestAssured knows the test port only inside a test). */
    private void requestsReceivedInFebruary2025InEveryState() throws Exception {
        if (prepared) {
            return;
        }
        references.clear();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        // Answered late: due in March 2025, answered today.
        String late = receive("2025-02-03T10:00:00Z", "FOIA");
        decide(late, GRANTED);
        String withheld = receive("2025-02-04T10:00:00Z", "FOIA");
        decide(withheld, PUBLISHED);
        // Answered in time: clarification asked yesterday and received today, so day 0 is today.
        String inTime = receive("2025-02-05T10:00:00Z", "FOIA");
        clock(inTime, "CLARIFICATION_REQUESTED", today.minusDays(1));
        clock(inTime, "CLARIFICATION_RECEIVED", today);
        decide(inTime, GRANTED_AND_NOT_HELD);
        String environmental = receive("2025-02-10T10:00:00Z", "EIR");
        clock(environmental, "CLARIFICATION_REQUESTED", today.minusDays(1));
        clock(environmental, "CLARIFICATION_RECEIVED", today);
        decide(environmental, NOT_HELD);
        // Still open, long past its due date.
        receive("2025-02-11T10:00:00Z", "FOIA");
        // On hold: a clarification asked for today.
        String onHold = receive("2025-02-12T10:00:00Z", "FOIA");
        clock(onHold, "CLARIFICATION_REQUESTED", today);
        // Withdrawn by the requester.
        String withdrawn = receive("2025-02-13T10:00:00Z", "FOIA");
        fromIntake(EventType.REQUEST_WITHDRAWN, withdrawn, "2026-04-22T16:30:00Z", "2025-02-20T16:30:00Z");
        awaitStatus(withdrawn, "WITHDRAWN");
        // Lapsed: a clarification asked for in February 2025 and never given.
        String lapsed = receive("2025-02-14T10:00:00Z", "FOIA");
        clock(lapsed, "CLARIFICATION_REQUESTED", LocalDate.of(2025, 2, 17));
        lapses.lapse(lapsed);
        awaitStatus(lapsed, "LAPSED");
        // Internal reviews asked for on 20 February 2025 and decided today (late) by a third officer.
        for (String reviewed : List.of(late, withheld)) {
            fromIntake(EventType.REVIEW_REQUESTED, reviewed, "2026-05-20T09:00:00Z", "2025-02-20T09:00:00Z");
            awaitStatus(reviewed, "REVIEW_OPEN");
        }
        as("approver2").body("""
                {"outcomes": [{"question": 1, "finding": "UPHELD", "reasons": "Complete."},
                              {"question": 2, "finding": "UPHELD", "reasons": "Complete."}]}
                """).post("/api/cases/" + late + "/review").then().statusCode(200);
        as("approver2").body("""
                {"outcomes": [{"question": 1, "finding": "UPHELD", "reasons": "It is published."},
                              {"question": 2, "finding": "OVERTURNED", "reasons": "Not all of it is published."}]}
                """).post("/api/cases/" + withheld + "/review").then().statusCode(200);
        prepared = true;
    }

    private static void assertFigures(String html) {
        assertThat(html).contains("<h2 class=\"govuk-heading-l\" id=\"period\">January to March 2025</h2>",
                "from 1 January 2025 to 31 March 2025",
                "id=\"figure-received\">8</dd>",
                "id=\"figure-answered\">4</dd>",
                // 2 of 4: 50%, under the 90% the ICO expects.
                "id=\"figure-in-time\">2 of 4 (50%) <strong class=\"govuk-tag govuk-tag--red\">Unsatisfactory</strong>",
                "id=\"figure-late\">2</dd>",
                "id=\"figure-open\">1, of which past their due date: 1</dd>",
                "id=\"figure-on-hold\">1</dd>",
                "id=\"figure-withdrawn\">1</dd>",
                "id=\"figure-lapsed\">1</dd>",
                "id=\"review-requested\">2</dd>",
                "id=\"review-decided\">2, of which in time: 0</dd>",
                "id=\"review-upheld\">1</dd>",
                "id=\"review-partly\">1</dd>",
                "id=\"review-overturned\">0</dd>");
        // The tables beside the charts: the month, the law, the outcomes and the exemption.
        assertThat(html.replaceAll("\\s+", " ")).contains(
                "<th scope=\"row\" class=\"govuk-table__header\">February 2025</th> <td class=\"govuk-table__cell govuk-table__cell--numeric\">8</td>",
                "<th scope=\"row\" class=\"govuk-table__header\">February 2025</th> <td class=\"govuk-table__cell govuk-table__cell--numeric\">4</td> <td class=\"govuk-table__cell govuk-table__cell--numeric\">2</td> <td class=\"govuk-table__cell govuk-table__cell--numeric\">50%</td>",
                "<abbr title=\"Environmental Information Regulations 2004\">EIR</abbr></th> <td class=\"govuk-table__cell govuk-table__cell--numeric\">1</td> <td class=\"govuk-table__cell govuk-table__cell--numeric\">1</td> <td class=\"govuk-table__cell govuk-table__cell--numeric\">1</td> <td class=\"govuk-table__cell govuk-table__cell--numeric\">100%</td>",
                "Granted in full</th> <td class=\"govuk-table__cell govuk-table__cell--numeric\">2</td> <td class=\"govuk-table__cell govuk-table__cell--numeric\">33.3%</td>",
                "Withheld in full</th> <td class=\"govuk-table__cell govuk-table__cell--numeric\">1</td>",
                "Information not held</th> <td class=\"govuk-table__cell govuk-table__cell--numeric\">1</td>",
                "Refused on cost (section 12)</th> <td class=\"govuk-table__cell govuk-table__cell--numeric\">0</td>",
                "Withdrawn</th> <td class=\"govuk-table__cell govuk-table__cell--numeric\">1</td>",
                "Lapsed (no clarification or fee)</th> <td class=\"govuk-table__cell govuk-table__cell--numeric\">1</td>",
                "FOIA s.21</th> <td class=\"govuk-table__cell govuk-table__cell--numeric\">2</td> <td class=\"govuk-table__cell govuk-table__cell--numeric\">1</td>");
        // The charts: an SVG per chart, with the 90% line.
        assertThat(html).contains("<svg class=\"statistics-chart__svg\"", "90% expected", "<caption");
    }

    @Test
    void the_officers_page_shows_the_figures_of_the_period_with_charts_and_tables() throws Exception {
        requestsReceivedInFebruary2025InEveryState();
        String html = DashboardPages.signIn("officer").spec().get("/dashboard/statistics" + QUARTER).then()
                .statusCode(200).extract().asString();
        assertFigures(html);
        assertThat(html).contains("Signed in as officer", "href=\"/dashboard/statistics\">Statistics</a>",
                "href=\"/dashboard/statistics.csv?from=2025-01-01&amp;to=2025-03-31\"");
    }

    @Test
    void the_public_page_shows_the_same_figures_without_signing_in_and_nothing_personal() throws Exception {
        requestsReceivedInFebruary2025InEveryState();
        String html = given().redirects().follow(false).get("/statistics" + QUARTER).then().statusCode(200)
                .extract().asString();
        assertFigures(html);
        assertThat(html).contains("Example City Council", "href=\"/statistics.csv?from=2025-01-01&amp;to=2025-03-31\"")
                .doesNotContain(REQUESTER, QUESTION, "Wisteria", "Mill Lane", "Signed in as", "/dashboard/cases");
        for (String reference : references) {
            assertThat(html).doesNotContain(reference);
        }
        String csv = given().get("/statistics.csv" + QUARTER + "&table=outcomes").asString();
        assertThat(csv).doesNotContain(REQUESTER, QUESTION);
        for (String reference : references) {
            assertThat(csv).doesNotContain(reference);
        }
    }

    @Test
    void the_csv_has_a_row_for_each_month_and_law_and_the_outcomes_in_a_second_table() throws Exception {
        requestsReceivedInFebruary2025InEveryState();
        Response months = DashboardPages.signIn("officer").spec().get("/dashboard/statistics.csv" + QUARTER);
        assertThat(months.statusCode()).isEqualTo(200);
        assertThat(months.contentType()).startsWith("text/csv");
        assertThat(months.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"statistics-2025-01-01-to-2025-03-31.csv\"");
        List<String> lines = months.asString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("month,regime,received,answered,answered_in_time,answered_late,open,"
                + "open_past_due,on_hold,withdrawn,lapsed");
        // Three months, five laws: every pair, zeros included.
        assertThat(lines).hasSize(1 + 3 * 5).contains("2025-01,FOIA,0,0,0,0,0,0,0,0,0",
                "2025-02,FOIA,7,3,1,2,1,1,1,1,1", "2025-02,EIR,1,1,1,0,0,0,0,0,0", "2025-03,SAR,0,0,0,0,0,0,0,0,0");
        assertThat(months.asString()).contains("\r\n");

        String outcomes = given().get("/statistics.csv" + QUARTER + "&table=outcomes").then().statusCode(200)
                .extract().asString();
        assertThat(outcomes.lines().toList()).first().isEqualTo("section,name,requests,questions");
        assertThat(outcomes.lines().toList()).contains("outcome,Granted in full,2,", "outcome,Withheld in full,1,",
                "outcome,Information not held,1,", "outcome,Withdrawn,1,", "outcome,Lapsed (no clarification or fee),1,",
                "outcome,Partially withheld,0,", "exemption,FOIA s.21,1,2", "review,Requested,2,",
                "review,UPHELD,1,", "review,PARTLY_OVERTURNED,1,", "review,OVERTURNED,0,");
    }

    @Test
    void the_officers_statistics_need_sign_in_and_the_officer_role() {
        for (String path : List.of("/dashboard/statistics", "/dashboard/statistics.csv" + QUARTER)) {
            Response answer = given().redirects().follow(false).get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(302);
            assertThat(answer.header("Location")).endsWith("/dashboard/sign-in");
        }
        DashboardPages.signIn("auditor").spec().get("/dashboard/statistics").then().statusCode(403);
    }

    @Test
    void without_a_period_the_last_complete_quarter_is_shown_with_links_to_the_last_four() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String html = given().get("/statistics").then().statusCode(200).extract().asString();
        StatisticsRules.Period quarter = StatisticsRules.lastCompleteQuarter(today);
        List<StatisticsRules.Period> four = StatisticsRules.lastFourQuarters(today);
        assertThat(html).contains("id=\"period\">" + StatisticsViews.quarterName(quarter) + "</h2>");
        assertThat(html).contains("href=\"/statistics?from=" + four.get(3).from() + "&amp;to=" + four.get(3).to() + "\"");
    }

    @Test
    void bad_dates_come_back_with_a_gov_uk_error_summary() {
        String html = given().get("/statistics?from-day=31&from-month=2&from-year=2025&to-day=1&to-month=3"
                + "&to-year=25").then().statusCode(400).extract().asString();
        assertThat(html).contains("<title>Error: Information request statistics", "govuk-error-summary",
                "href=\"#from-day\"", "The start date must be a real date", "href=\"#to-day\"",
                "govuk-form-group--error", "value=\"31\"").doesNotContain("id=\"figure-received\"");
        String reversed = DashboardPages.signIn("officer").spec().get("/dashboard/statistics?from=2025-03-31"
                + "&to=2025-01-01").then().statusCode(400).extract().asString();
        assertThat(reversed).contains("govuk-error-summary", "The end date must be the same as or after the start date");
        given().get("/statistics.csv?from=2025-02-30&to=2025-03-31").then().statusCode(400);
        given().get("/statistics.csv?from=2020-01-01&to=2025-03-31").then().statusCode(400);
    }
}
