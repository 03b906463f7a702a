package org.foiplatform.intake.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The portal's pages over HTTP, as a browser without JavaScript uses them: the start page, the form with its
 * errors, adding and removing questions, a numbered block split into questions, check your answers, the
 * confirmation with the private link, and the tracking page that only the link opens. Every form needs its CSRF
 * token; a post without it changes nothing.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "prefix", value = "intake_test"))
class PortalPagesTest {


    @Inject
    DataSource dataSource;

    /** A browser's session: the CSRF cookie and the token of the last page. */
    private final PortalSession portal = new PortalSession();

    private Response get(String path) {
        return portal.get(path);
    }

    private Response post(String path, Object... fields) {
        return portal.post(path, fields);
    }

    @Test
    void the_start_page_says_what_to_give_and_what_happens_next_in_a_council_page() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<title>Make a Freedom of Information request – Make a Freedom of Information request – Example City Council</title>"))
                .body(containsString("your real name")).body(containsString("20 working days"))
                .body(containsString("subject access request")).body(containsString("Privacy notice"))
                .body(containsString("href=\"/requests/new\""))
                .body(containsString("<a class=\"govuk-footer__link\" href=\"http://127.0.0.1:8082/statistics\">How quickly we answer requests</a>"))
                .body(not(containsString("govuk-header__logotype")));
    }

    @Test
    void a_form_with_mistakes_lists_each_with_a_link_to_its_field_and_stores_nothing() {
        get("/requests/new").then().statusCode(200).body(containsString("<title>Your request"));
        long before = rows("select count(*) from information_request");
        String page = post("/requests/new", "action", "continue", "name", "", "email", "not-an-address",
                "organisation", "", "title", "", "question", "", "website", "")
                .then().statusCode(400).extract().asString();
        assertThat(page).contains("<title>Error: Your request").contains("There is a problem")
                .contains("<a href=\"#name\">Enter your full name</a>")
                .contains("<a href=\"#email\">Enter an email address in the correct format")
                .contains("<a href=\"#title\">Enter a short title")
                .contains("<a href=\"#question-1\">Enter your request")
                .contains("<a href=\"#preferredFormat\">Choose how you would like the information</a>")
                .contains("<a href=\"#consent\">Choose whether we may publish")
                .contains("id=\"email-error\"").contains("aria-describedby=\"email-hint email-error\"")
                .contains("value=\"not-an-address\"");
        // The summary lists them in the order of the fields on the page.
        assertThat(page.indexOf("href=\"#name\"")).isLessThan(page.indexOf("href=\"#email\""));
        assertThat(page.indexOf("href=\"#question-1\"")).isLessThan(page.indexOf("href=\"#preferredFormat\""));
        assertThat(rows("select count(*) from information_request")).isEqualTo(before);
    }

    @Test
    void a_form_post_without_its_csrf_token_is_refused_and_changes_nothing() {
        long before = rows("select count(*) from information_request");
        given().contentType("application/x-www-form-urlencoded").formParam("action", "send")
                .formParam("name", "Jane").formParam("email", "jane@example.org").formParam("title", "T")
                .formParam("question", "Q?").formParam("preferredFormat", "ELECTRONIC").formParam("consent", "no")
                .post("/requests").then().statusCode(400);
        get("/requests/new");
        given().contentType("application/x-www-form-urlencoded").cookie("intake-csrf", portal.cookie())
                .formParam("csrf-token", "forged").formParam("action", "send").formParam("name", "Jane")
                .post("/requests").then().statusCode(400);
        assertThat(rows("select count(*) from information_request")).isEqualTo(before);
    }

    @Test
    void questions_are_added_and_removed_without_javascript() {
        get("/requests/new");
        String two = post("/requests/new", "action", "add", "question", "First?").then().statusCode(200)
                .extract().asString();
        assertThat(two).contains("id=\"question-2\"").contains(">First?</textarea>")
                .contains("Remove<span class=\"govuk-visually-hidden\"> question 2</span>");
        String one = post("/requests/new", "action", "remove-1", "question", "First?", "question", "Second?")
                .then().statusCode(200).extract().asString();
        assertThat(one).contains(">Second?</textarea>").doesNotContain("First?").doesNotContain("id=\"question-2\"");
    }

    @Test
    void a_numbered_block_is_split_into_questions_shown_back_then_sent_and_tracked_with_the_private_link() {
        get("/requests/new");
        String check = post("/requests/new", "action", "continue", "name", "Jane Citizen", "email",
                "jane@example.org", "organisation", "", "title", "Potholes <b>on</b> Mill Lane", "question",
                "Please tell me:\n1. How many potholes were reported?\n2) How many were repaired?\n(3) What did it cost? <script>alert(1)</script>",
                "preferredFormat", "ELECTRONIC", "consent", "yes", "website", "")
                .then().statusCode(200).extract().asString();
        assertThat(check).contains("<title>Check your answers before sending your request")
                .contains("We have split your request into 3 questions")
                .contains("<li class=\"portal-question-text\">Please tell me:\nHow many potholes were reported?</li>")
                .contains("<li class=\"portal-question-text\">How many were repaired?</li>")
                .contains("What did it cost? &lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert")
                .contains("Potholes &lt;b&gt;on&lt;/b&gt; Mill Lane");
        Matcher key = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"").matcher(check);
        assertThat(key.find()).isTrue();

        Object[] answers = { "action", "send", "name", "Jane Citizen", "email", "jane@example.org", "organisation", "",
                "title", "Potholes on Mill Lane", "question", "Please tell me:\nHow many potholes were reported?",
                "question", "How many were repaired?", "question", "What did it cost?", "preferredFormat",
                "ELECTRONIC", "consent", "yes", "idempotencyKey", key.group(1) };
        Response sent = post("/requests", answers);
        assertThat(sent.statusCode()).isEqualTo(303);
        String location = sent.getHeader("Location");
        Matcher link = Pattern.compile("/requests/(FOI-\\d{4}-\\d{6,})/confirmation\\?token=([A-Za-z0-9_-]{43})$")
                .matcher(location);
        assertThat(link.find()).as(location).isTrue();
        String reference = link.group(1);
        String token = link.group(2);
        assertThat(rows("select count(*) from request_question where reference = '" + reference + "'")).isEqualTo(3);
        assertThat(rows("select count(*) from information_request where reference = '" + reference
                + "' and preferred_format = 'ELECTRONIC' and consent_to_publish and title = 'Potholes on Mill Lane'"))
                .isEqualTo(1);

        // Pressed twice: one request, and the second answer gives no token.
        String again = post("/requests", answers).then().statusCode(200).extract().asString();
        assertThat(again).contains("Request already sent").contains(reference).doesNotContain(token);
        assertThat(rows("select count(*) from information_request where idempotency_key = 'portal:" + key.group(1)
                + "'")).isEqualTo(1);

        given().get(location.replaceFirst("^https?://[^/]+", "")).then().statusCode(200)
                .header("Referrer-Policy", "no-referrer").header("Cache-Control", "no-store")
                .body(containsString("govuk-panel--confirmation")).body(containsString(reference))
                .body(containsString("We will email you the date"))
                .body(containsString("/requests/" + reference + "?token=" + token));

        String tracking = given().get("/requests/" + reference + "?token=" + token).then().statusCode(200)
                .extract().asString();
        assertThat(tracking).contains("<title>Your request " + reference).contains("Received")
                .contains("We received your request").contains("Withdraw request");

        String unknown = given().get("/requests/FOI-2026-999999?token=" + token).then().statusCode(404).extract()
                .asString();
        String wrong = given().get("/requests/" + reference + "?token=" + token.substring(1) + "A").then()
                .statusCode(404).extract().asString();
        String none = given().get("/requests/" + reference).then().statusCode(404).extract().asString();
        assertThat(wrong).isEqualTo(unknown).isEqualTo(none).contains("Page not found");
    }

    @Test
    void the_honeypot_stores_nothing() {
        get("/requests/new");
        long before = rows("select count(*) from information_request");
        post("/requests/new", "action", "continue", "name", "Bot", "email", "bot@example.org", "title", "T",
                "question", "Q?", "preferredFormat", "PAPER", "consent", "no", "website", "http://spam.example")
                .then().statusCode(400);
        assertThat(rows("select count(*) from information_request")).isEqualTo(before);
    }

    private long rows(String sql) {
        try (var connection = dataSource.getConnection(); var query = connection.prepareStatement(sql);
                var row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unused")
    private static String unique() {
        return UUID.randomUUID().toString();
    }

    @SuppressWarnings("unused")
    private static final List<String> NOTHING = List.of();
}
