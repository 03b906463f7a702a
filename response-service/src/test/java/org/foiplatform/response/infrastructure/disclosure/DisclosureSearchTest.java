package org.foiplatform.response.infrastructure.disclosure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.foiplatform.response.infrastructure.disclosure.DisclosureFixtures.candidate;
import static org.foiplatform.response.infrastructure.disclosure.DisclosureFixtures.question;
import static org.foiplatform.response.infrastructure.disclosure.DisclosureFixtures.word;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.foiplatform.localstack.testsupport.JwtKeys;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TestReferences;
import org.foiplatform.response.application.DisclosureCandidate;
import org.foiplatform.response.application.PublishDueEntries;
import org.foiplatform.response.application.ScheduleDisclosure;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The disclosure log's full-text search over a real PostgreSQL: ranking, stemming, each filter, paging, the
 * highlighted snippet, and escaping. Every test searches for words of its own, as tests share the database.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "prefix", value = "response_test"))
@WithTestResource(JwtKeys.class)
class DisclosureSearchTest {

    @Inject
    ScheduleDisclosure schedule;

    @Inject
    PublishDueEntries publish;

    /** Schedules an entry due long ago and publishes it at once. */
    private String published(DisclosureCandidate candidate) {
        schedule.schedule(candidate);
        publish.publishAllDue();
        return candidate.reference();
    }

    private String published(String regime, LocalDate respondedOn, String outcome, String question, String answer,
            String... exemptions) {
        return published(DisclosureFixtures.withOutcome(candidate(TestReferences.next(), regime, respondedOn, true,
                null, List.of(question(1, question, "INFORMATION_PROVIDED", answer, exemptions))), outcome));
    }

    private static JsonPath api(Object... parameters) {
        var request = given();
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.queryParam((String) parameters[i], parameters[i + 1]);
        }
        return request.get("/api/disclosure-log").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void a_match_in_the_title_ranks_above_a_match_in_an_answer() {
        String word = word();
        String inAnswer = published("FOIA", LocalDate.of(2025, 5, 1), "GRANTED_FULL", "How are roads inspected?",
                "Inspectors use the " + word + " method.");
        String inTitle = published("FOIA", LocalDate.of(2025, 1, 1), "GRANTED_FULL", "What is the " + word
                + " budget?", "Twelve pounds.");

        List<String> found = api("q", word).getList("results.reference");
        assertThat(found).containsExactly(inTitle, inAnswer);
    }

    @Test
    void words_are_stemmed_so_repairs_finds_repairing() {
        String word = word();
        String reference = published("EIR", LocalDate.of(2025, 2, 3), "GRANTED_FULL",
                "Spending on repairing the " + word + " bridge", "We spent £4,000 repairing it.");
        assertThat(api("q", "repairs " + word).getList("results.reference", String.class)).containsExactly(reference);
    }

    @Test
    void each_filter_narrows_the_results() {
        String word = word();
        String foia = published("FOIA", LocalDate.of(2025, 1, 10), "GRANTED_FULL", "Foia " + word, "Answer.",
                "FOIA s.21");
        String eir = published("EIR", LocalDate.of(2025, 2, 10), "NOT_HELD", "Eir " + word, "Answer.");
        String foisa = published("FOISA", LocalDate.of(2025, 3, 10), "REFUSED_S12_COST", "Foisa " + word, "Answer.",
                "FOISA s.25", "FOISA s.38");

        assertThat(api("q", word).getList("results.reference", String.class)).containsExactlyInAnyOrder(foia, eir,
                foisa);
        assertThat(api("q", word, "regime", "EIR").getList("results.reference", String.class)).containsExactly(eir);
        assertThat(api("q", word, "outcome", "REFUSED_S12_COST").getList("results.reference", String.class))
                .containsExactly(foisa);
        assertThat(api("q", word, "exemption", "FOIA s.21").getList("results.reference", String.class))
                .containsExactly(foia);
        assertThat(api("q", word, "exemption", "FOISA s.38").getList("results.reference", String.class))
                .containsExactly(foisa);
        assertThat(api("q", word, "from", "2025-02-01").getList("results.reference", String.class))
                .containsExactlyInAnyOrder(eir, foisa);
        assertThat(api("q", word, "to", "2025-02-10").getList("results.reference", String.class))
                .containsExactlyInAnyOrder(foia, eir);
        assertThat(api("q", word, "from", "2025-02-01", "to", "2025-02-28").getList("results.reference", String.class))
                .containsExactly(eir);
        // The same filters on the page.
        String page = given().queryParam("q", word).queryParam("regime", "FOISA").queryParam("from-day", "1")
                .queryParam("from-month", "3").queryParam("from-year", "2025").get("/disclosure-log").then()
                .statusCode(200).extract().asString();
        assertThat(page).contains(foisa, "1 published response").doesNotContain(foia).doesNotContain(eir)
                .contains("<option value=\"FOISA\" selected>");
        // With no words, the newest first.
        List<String> newest = api("exemption", "FOISA s.38", "from", "2025-03-10", "to", "2025-03-10")
                .getList("results.reference", String.class);
        assertThat(newest).contains(foisa);
    }

    @Test
    void results_come_twenty_a_page() {
        String word = word();
        for (int i = 0; i < 21; i++) {
            published("FOIA", LocalDate.of(2025, 4, 1).plusDays(i), "GRANTED_FULL", "Paging " + word + " " + i,
                    "Answer.");
        }
        JsonPath first = api("q", word);
        assertThat(first.getInt("total")).isEqualTo(21);
        assertThat(first.getInt("pages")).isEqualTo(2);
        assertThat(first.getList("results")).hasSize(20);
        assertThat(api("q", word, "page", "2").getList("results")).hasSize(1);
        assertThat(given().queryParam("q", word).get("/disclosure-log").then().statusCode(200).extract().asString())
                .contains("Page 1 of 2", "href=\"/disclosure-log?q=" + word + "&amp;page=2\"");
    }

    @Test
    void the_snippet_highlights_the_match_and_every_text_from_people_comes_back_escaped() {
        String word = word();
        String reference = published("FOIA", LocalDate.of(2025, 3, 3), "GRANTED_FULL",
                "Tell me about " + word + " <script>alert('q')</script>",
                "The " + word + " report is attached <script>alert('a')</script> & more.");

        String snippet = api("q", word).getString("results[0].snippetHtml");
        assertThat(snippet).contains("<mark>" + word + "</mark>").doesNotContain("<script>");

        // A query with markup in it: "or" so that the entry still matches (the tag is not a word of the entry).
        String page = given().queryParam("q", word + " or <script>alert(1)</script>").get("/disclosure-log").then()
                .statusCode(200).extract().asString();
        assertThat(page).contains("<mark>" + word + "</mark>").doesNotContain("<script>alert")
                .contains("value=\"" + word + " or &lt;script&gt;alert(1)&lt;/script&gt;\"");

        String entry = given().get("/disclosure-log/" + reference).then().statusCode(200).extract().asString();
        assertThat(entry).doesNotContain("<script>alert")
                .contains("&lt;script&gt;alert(&#39;a&#39;)&lt;/script&gt; &amp; more.");
        String feed = given().get("/disclosure-log/feed.atom").then().statusCode(200)
                .contentType(startsWith("application/atom+xml")).extract().asString();
        assertThat(feed).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void bad_parameters_are_a_problem_naming_each_one() {
        given().queryParam("regime", "SAR").queryParam("from", "18 April 2024").queryParam("page", "0")
                .get("/api/disclosure-log").then().statusCode(400).contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.is(400))
                .body("errors.field", hasItem("regime")).body("errors.field", hasItem("from"))
                .body("errors.field", hasItem("page"));
        given().queryParam("from", "2025-03-01").queryParam("to", "2025-01-01").get("/api/disclosure-log").then()
                .statusCode(400).body("errors.field", hasItem("to"));
        given().queryParam("q", "x".repeat(501)).get("/api/disclosure-log").then().statusCode(400)
                .body("errors.field", hasItem("q"));
        given().get("/api/disclosure-log/not-a-reference").then().statusCode(400)
                .body("errors.field", hasItem("reference"));
        given().get("/api/disclosure-log/FOI-2026-999999999").then().statusCode(404)
                .contentType("application/problem+json");
        // The page says what is wrong, next to the field.
        String page = given().queryParam("from", "yesterday").get("/disclosure-log").then().statusCode(400).extract()
                .asString();
        assertThat(page).contains("<title>Error: ", "There is a problem", "href=\"#from-day\"", "id=\"from-error\"",
                "Enter a real date for ‘responded on or after’");
        // The page's date boxes: day, month and year.
        String boxes = given().queryParam("q", "anything").queryParam("from-day", "31").queryParam("from-month", "2")
                .queryParam("from-year", "2025").get("/disclosure-log").then().statusCode(400).extract().asString();
        assertThat(boxes).contains("href=\"#from-day\"", "value=\"31\"");
    }

    @Test
    void the_pages_are_the_authoritys_with_govuk_styles_and_no_crown() {
        String page = given().get("/disclosure-log").then().statusCode(200).extract().asString();
        assertThat(page).contains("<html lang=\"en-GB\"", "Example City Council",
                "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css", "<label class=\"govuk-label govuk-label--s\" for=\"q\">")
                .contains("<title>Search published responses – Disclosure log – Example City Council</title>")
                .doesNotContain("govuk-header__logotype").doesNotContain("GOV.UK");
        given().get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css").then().statusCode(200);
        given().get("/css/disclosure-log.css").then().statusCode(200);
    }

    @Test
    void the_feed_is_atom_1_0_with_the_latest_published_first() throws Exception {
        String word = word();
        String older = published("FOIA", LocalDate.of(2025, 3, 3), "GRANTED_FULL", "Older " + word + " & <b>bold</b>",
                "Answer.");
        String newer = published("EIR", LocalDate.of(2025, 3, 3), "NOT_HELD", "Newer " + word, "Answer.");

        String xml = given().get("/disclosure-log/feed.atom").then().statusCode(200)
                .contentType(startsWith("application/atom+xml")).extract().asString();
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document feed = factory.newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        String atom = "http://www.w3.org/2005/Atom";
        org.w3c.dom.Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(atom);
        assertThat(root.getLocalName()).isEqualTo("feed");
        for (String required : List.of("id", "title", "updated", "author", "link")) {
            assertThat(root.getElementsByTagNameNS(atom, required).getLength()).as(required).isPositive();
        }
        var entries = root.getElementsByTagNameNS(atom, "entry");
        assertThat(entries.getLength()).isBetween(2, 50);
        List<String> titles = new java.util.ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
            for (String required : List.of("id", "title", "updated", "link", "summary")) {
                assertThat(entry.getElementsByTagNameNS(atom, required).getLength()).as(required).isEqualTo(1);
            }
            java.time.OffsetDateTime.parse(entry.getElementsByTagNameNS(atom, "updated").item(0).getTextContent());
            assertThat(entry.getElementsByTagNameNS(atom, "id").item(0).getTextContent()).startsWith("urn:uuid:");
            titles.add(entry.getElementsByTagNameNS(atom, "title").item(0).getTextContent());
        }
        int newerAt = titles.indexOf(newer + ": Newer " + word);
        int olderAt = titles.indexOf(older + ": Older " + word + " & <b>bold</b>");
        assertThat(newerAt).isNotNegative().isLessThan(olderAt);
        assertThat(xml).contains("&amp; &lt;b&gt;bold&lt;/b&gt;");
    }
}
