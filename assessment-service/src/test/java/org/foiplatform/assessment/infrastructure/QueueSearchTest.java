package org.foiplatform.assessment.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.foiplatform.assessment.infrastructure.TestAccounts.as;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.GoldenSamples;
import org.foiplatform.contracts.Topics;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TestReferences;
import org.foiplatform.localstack.testsupport.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The queue's search (a word of a question as the start of a word, the requester's name, the reference whole or its
 * start), its team and officer filters, its sorting by due date and date received either way, keyset paging in each
 * order, and the views "my cases" and "awaiting my approval": through {@code GET /api/cases} and the dashboard page,
 * with the search text escaped on the page. Each test's cases carry words of their own, so other tests' cases in
 * the same database never match.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "assessment_test"))
class QueueSearchTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Random RANDOM = new Random();

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    /** A word no other case has: letters only, as the search keeps them. */
    private String word;
    /** The three cases: A (overdue, team X, approver2), B (overdue, team X, officer), C (EIR, team Y, not due). */
    private String a;
    private String b;
    private String c;
    private String teamX;
    private String surname;

    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return s.toString();
    }

    /** A case received at {@code receivedAt} from {@code requester} asking {@code question}, once opened. */
    private String openCase(String receivedAt, String requester, String question) throws Exception {
        String reference = TestReferences.next();
        ObjectNode event = (ObjectNode) JSON.readTree(GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference));
        ObjectNode payload = (ObjectNode) event.get("payload");
        payload.put("regime", "FOIA").put("receivedAt", receivedAt);
        ((ObjectNode) payload.get("requester")).put("name", requester);
        payload.putArray("questions").addObject().put("number", 1).put("text", question);
        TopicReader.produce(kafka, Topics.INTAKE, reference, JSON.writeValueAsString(event));
        return reference;
    }

    private static void await(KafkaCompanion kafka, String reference) {
        TopicReader.await(kafka, Topics.CASE, reference, 1, WAIT);
    }

    private void assign(String reference, String team, String officer) {
        as("officer").body("{\"team\": \"" + team + "\", \"officer\": \"" + officer + "\"}")
                .post("/api/cases/" + reference + "/assignment").then().statusCode(200);
    }

    @BeforeEach
    void threeCases() throws Exception {
        word = "q" + letters(9);
        surname = "Z" + letters(9);
        teamX = "Team " + letters(6);
        a = openCase("2026-02-02T10:00:00Z", "Mary " + surname, "How much was spent on " + word
                + "potholes in Riverside?");
        b = openCase("2026-02-04T10:00:00Z", "Tom Ashdown", "Which " + word + "libraries closed in 2025?");
        c = openCase("2027-03-02T10:00:00Z", "Sam Ashdown", "Anything about " + word + "parks?");
        for (String reference : List.of(a, b, c)) {
            await(kafka, reference);
        }
        assign(a, teamX, "approver2");
        assign(b, teamX, "officer");
        assign(c, "Team " + letters(6), "officer");
        as("officer").body("{\"regime\": \"EIR\", \"reason\": \"The parks are the environment.\"}")
                .post("/api/cases/" + c + "/regime").then().statusCode(200);
    }

    private static List<String> references(String... params) {
        var spec = as("officer");
        for (int i = 0; i < params.length; i += 2) {
            spec = spec.queryParam(params[i], params[i + 1]);
        }
        return spec.get("/api/cases").then().statusCode(200).extract().jsonPath().getList("cases.reference",
                String.class);
    }

    @Test
    void the_api_searches_a_questions_words_the_requesters_name_and_the_reference() {
        // Each word typed matches the start of a word: "…pothole" finds "…potholes".
        assertThat(references("q", word + "pothole")).containsExactly(a);
        assertThat(references("q", word + "POTHOLES riverside")).containsExactly(a);
        assertThat(references("q", word + "potholes libraries")).isEmpty();
        // The requester's name, whatever its case.
        assertThat(references("q", surname.toLowerCase(Locale.ROOT))).containsExactly(a);
        assertThat(references("q", "mary " + surname)).containsExactly(a);
        // The reference, whole or its start, in either case.
        assertThat(references("q", b)).containsExactly(b);
        assertThat(references("q", b.substring(0, b.length() - 1).toLowerCase(Locale.ROOT))).contains(b);
        // Every one of them, by due date: A (2 March 2026), B (4 March 2026), C (2027).
        assertThat(references("q", word)).containsExactly(a, b, c);
        // Words in a tsquery's own syntax are only words.
        assertThat(references("q", word + "potholes & | ! :* ( '")).containsExactly(a);
        assertThat(references("q", "%")).isEmpty();
    }

    @Test
    void the_api_filters_by_team_officer_regime_status_overdue_and_due_dates() {
        assertThat(references("q", word, "team", teamX)).containsExactly(a, b);
        assertThat(references("q", word, "assignee", "approver2")).containsExactly(a);
        assertThat(references("q", word, "assignee", "officer", "team", teamX)).containsExactly(b);
        assertThat(references("q", word, "regime", "EIR")).containsExactly(c);
        assertThat(references("q", word, "regime", "FOIA")).containsExactly(a, b);
        assertThat(references("q", word, "overdue", "true")).containsExactly(a, b);
        assertThat(references("q", word, "status", "OPEN")).containsExactly(a, b, c);
        assertThat(references("q", word, "status", "DECISION_APPROVED")).isEmpty();
        assertThat(references("q", word, "dueAfter", "2026-03-02", "dueBefore", "2027-01-01")).containsExactly(b);
    }

    @Test
    void the_api_sorts_by_due_date_or_date_received_either_way_and_pages_by_keyset_in_that_order() {
        assertThat(references("q", word, "sort", "due")).containsExactly(a, b, c);
        assertThat(references("q", word, "sort", "-due")).containsExactly(c, b, a);
        assertThat(references("q", word, "sort", "received")).containsExactly(a, b, c);
        assertThat(references("q", word, "sort", "-received")).containsExactly(c, b, a);
        for (String sort : List.of("due", "-due", "received", "-received")) {
            List<String> walked = new ArrayList<>();
            String next = null;
            do {
                var spec = as("officer").queryParam("q", word).queryParam("sort", sort).queryParam("limit", 1);
                if (next != null) {
                    spec = spec.queryParam("after", next);
                }
                JsonPath page = spec.get("/api/cases").then().statusCode(200).extract().jsonPath();
                List<String> got = page.getList("cases.reference", String.class);
                assertThat(got).hasSize(1);
                walked.addAll(got);
                next = page.getString("next");
            } while (next != null && walked.size() < 5);
            assertThat(walked).as("sort %s a page at a time", sort)
                    .containsExactlyElementsOf(references("q", word, "sort", sort));
        }
        // A cursor belongs to its order: used with another, it is refused, naming "after".
        String next = as("officer").queryParam("q", word).queryParam("limit", 1).queryParam("sort", "-received")
                .get("/api/cases").then().extract().jsonPath().getString("next");
        as("officer").queryParam("q", word).queryParam("limit", 1).queryParam("sort", "due")
                .queryParam("after", next).get("/api/cases").then().statusCode(400)
                .body("errors.field", hasItem("after"));
        as("officer").queryParam("sort", "title").queryParam("q", "x".repeat(201)).get("/api/cases").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("sort", "q"));
    }

    @Test
    void the_api_needs_an_officer() {
        given().queryParam("q", word).get("/api/cases").then().statusCode(401);
        as("auditor").queryParam("q", word).get("/api/cases").then().statusCode(403);
    }

    @Test
    void the_page_searches_filters_and_sorts_with_links_that_work_without_javascript() {
        DashboardPages.Session officer = DashboardPages.signIn("officer");
        String all = officer.spec().queryParam("q", word).get("/dashboard").then().statusCode(200).extract().asString();
        assertThat(all).contains(a, b, c, "aria-sort=\"ascending\"", teamX, "approver2");
        assertThat(all.indexOf(a)).isLessThan(all.indexOf(b));
        assertThat(all.indexOf(b)).isLessThan(all.indexOf(c));

        String filtered = officer.spec().queryParam("q", word).queryParam("team", teamX)
                .queryParam("officer", "approver2").get("/dashboard").then().statusCode(200).extract().asString();
        assertThat(filtered).contains(a, "value=\"approver2\"").doesNotContain(b, c);
        assertThat(officer.spec().queryParam("q", surname).get("/dashboard").asString()).contains(a)
                .doesNotContain(b, c);
        assertThat(officer.spec().queryParam("q", c).get("/dashboard").asString()).contains(c).doesNotContain(a, b);
        assertThat(officer.spec().queryParam("q", word).queryParam("regime", "EIR").get("/dashboard").asString())
                .contains(c).doesNotContain(a, b);
        assertThat(officer.spec().queryParam("q", word).queryParam("overdue", "yes").get("/dashboard").asString())
                .contains(a, b).doesNotContain(c);

        // The header "Received" links to the newest first, keeping the search; that page marks it descending.
        String link = all.replaceAll("(?s).*id=\"sort-received\" href=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
        assertThat(link).startsWith("/dashboard?").contains("q=" + word, "sort=-received");
        String newest = officer.spec().get(link).then().statusCode(200).extract().asString();
        assertThat(newest).contains("aria-sort=\"descending\"", "Cases by date received, the newest first");
        assertThat(newest.indexOf(c)).isLessThan(newest.indexOf(b));
        assertThat(newest.indexOf(b)).isLessThan(newest.indexOf(a));
    }

    @Test
    void the_page_escapes_the_search_text_and_refuses_one_too_long_with_an_error_summary() {
        DashboardPages.Session officer = DashboardPages.signIn("officer");
        String html = officer.spec().queryParam("q", "<script>alert(1)</script>\"").get("/dashboard").then()
                .statusCode(200).extract().asString();
        assertThat(html).contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot;\"", "No cases match.")
                .doesNotContain("<script>alert(1)</script>");
        String tooLong = officer.spec().queryParam("q", "x".repeat(201)).get("/dashboard").then().statusCode(400)
                .extract().asString();
        assertThat(tooLong).contains("govuk-error-summary", "href=\"#q\"", "Search for at most 200 characters",
                "govuk-input--error");
    }

    @Test
    void the_page_pages_by_keyset_keeping_the_search_and_the_order() throws Exception {
        String many = "p" + letters(9);
        List<String> opened = new ArrayList<>();
        for (int i = 0; i < 27; i++) {
            opened.add(openCase(String.format("2026-%02d-%02dT10:00:00Z", 5 + i / 20, 1 + i % 20), "Pat Lee",
                    "What about " + many + " number " + i + "?"));
        }
        opened.forEach(r -> await(kafka, r));
        DashboardPages.Session officer = DashboardPages.signIn("officer");
        String first = officer.spec().queryParam("q", many).queryParam("sort", "-received").get("/dashboard").then()
                .statusCode(200).extract().asString();
        List<String> seen = new ArrayList<>(shown(first, opened));
        assertThat(seen).hasSize(25);
        String next = first.replaceAll("(?s).*href=\"([^\"]+)\" rel=\"next\".*", "$1").replace("&amp;", "&");
        assertThat(next).contains("q=" + many, "sort=-received", "after=");
        String second = officer.spec().get(next).then().statusCode(200).extract().asString();
        assertThat(second).contains("First page").doesNotContain("rel=\"next\"");
        seen.addAll(shown(second, opened));
        // Newest first: the last opened (received latest) first, each exactly once.
        List<String> expected = new ArrayList<>(opened);
        java.util.Collections.reverse(expected);
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    /** The references of {@code among} in the page's table, in the order shown. */
    private static List<String> shown(String html, List<String> among) {
        List<String> out = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("href=\"/dashboard/cases/([^\"]+)\"").matcher(html);
        while (m.find()) {
            if (among.contains(m.group(1))) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    @Test
    void awaiting_my_approval_shows_the_drafts_of_others_and_only_to_approvers() {
        as("approver").body("""
                {"outcomes": [{"question": 1, "outcome": "NOT_HELD", "answer": "The council holds no such record."}]}
                """).post("/api/cases/" + a + "/decision").then().statusCode(200);
        // Saving the decision wrote the questions again: their words are still found.
        assertThat(references("q", word + "pothole", "status", "AWAITING_APPROVAL")).containsExactly(a);
        String mine = DashboardPages.signIn("approver").spec().queryParam("approval", "mine").get("/dashboard")
                .then().statusCode(200).extract().asString();
        assertThat(mine).contains("Awaiting my approval", "aria-current=\"page\"").doesNotContain(a);
        String other = DashboardPages.signIn("approver2").spec().queryParam("approval", "mine").get("/dashboard")
                .then().statusCode(200).extract().asString();
        assertThat(other).contains(a, "Awaiting approval").doesNotContain(b, c);
        // "My cases" for approver2 (A is assigned to them) through the sub-navigation link.
        assertThat(other).contains("href=\"/dashboard?mine=yes\"");
        // An officer without the approver role has no such view.
        String officer = DashboardPages.signIn("officer").spec().get("/dashboard").then().statusCode(200).extract()
                .asString();
        assertThat(officer).contains("My cases").doesNotContain("Awaiting my approval");
    }
}
