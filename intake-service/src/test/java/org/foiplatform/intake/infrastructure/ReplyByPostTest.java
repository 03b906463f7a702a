package org.foiplatform.intake.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.Topics;
import org.foiplatform.contracts.events.RequestReceived;
import org.foiplatform.localstack.testsupport.ContractSchemas;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * A reply by post (FOIA s.8(1)(b): an address for correspondence): the API and the portal's form take a postal
 * address only with a reply by post, keep it with the request, show it back (escaped) and put it in
 * RequestReceived's requester, where notification-service takes it as the sign to post instead of email. A reply by
 * email publishes no address at all.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "prefix", value = "intake_test"))
class ReplyByPostTest {


    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    DataSource dataSource;

    private final EventCodec codec = new EventCodec();
    private final PortalSession portal = new PortalSession();

    private static String body(String requesterExtra) {
        return """
                {"requester": {"name": "Jane Citizen", "email": "jane@example.org"%s},
                 "questions": [{"text": "How many potholes were reported on Mill Lane in 2025?"}]}
                """.formatted(requesterExtra);
    }

    private RequestReceived published(String reference) {
        String value = TopicReader.await(kafka, Topics.INTAKE, reference, 1, Duration.ofSeconds(30)).get(0).value();
        ContractSchemas.assertValid(value);
        return codec.payload(codec.read(value), RequestReceived.class);
    }

    @Test
    void a_reply_by_post_through_the_api_is_kept_and_published_with_the_address_trimmed_line_by_line() {
        String reference = given().contentType(ContentType.JSON)
                .body(body(", \"replyBy\": \"post\", \"postalAddress\": \"  12 Mill Lane  \\r\\n\\r\\n Exampleton\\nEX1 2MP \""))
                .post("/api/requests").then().statusCode(201).extract().path("reference");

        assertThat(published(reference).requester().postalAddress()).isEqualTo("12 Mill Lane\nExampleton\nEX1 2MP");
        assertThat(published(reference).requester().email()).isEqualTo("jane@example.org");
        assertThat(rows("select count(*) from information_request where reference = '" + reference
                + "' and postal_address = E'12 Mill Lane\\nExampleton\\nEX1 2MP'")).isEqualTo(1);
    }

    @Test
    void a_reply_by_email_publishes_no_postal_address_whether_chosen_or_left_out() {
        String chosen = given().contentType(ContentType.JSON).body(body(", \"replyBy\": \"EMAIL\""))
                .post("/api/requests").then().statusCode(201).extract().path("reference");
        String leftOut = given().contentType(ContentType.JSON).body(body(""))
                .post("/api/requests").then().statusCode(201).extract().path("reference");

        assertThat(published(chosen).requester().postalAddress()).isNull();
        assertThat(published(leftOut).requester().postalAddress()).isNull();
        assertThat(rows("select count(*) from information_request where reference in ('" + chosen + "', '" + leftOut
                + "') and postal_address is null")).isEqualTo(2);
    }

    @Test
    void five_hundred_characters_are_counted_as_characters_not_utf16_units() {
        // 500 houses, each one character but two UTF-16 units.
        String address = "\uD83C\uDFE0".repeat(500);
        String reference = given().contentType(ContentType.JSON)
                .body(body(", \"replyBy\": \"POST\", \"postalAddress\": \"" + address + "\""))
                .post("/api/requests").then().statusCode(201).extract().path("reference");
        assertThat(published(reference).requester().postalAddress()).isEqualTo(address);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "post without an address | , \"replyBy\": \"POST\" | requester.postalAddress",
            "post with a blank address | , \"replyBy\": \"POST\", \"postalAddress\": \" \\n \" | requester.postalAddress",
            "an address without post | , \"postalAddress\": \"12 Mill Lane\" | requester.postalAddress",
            "an address with email | , \"replyBy\": \"EMAIL\", \"postalAddress\": \"12 Mill Lane\" | requester.postalAddress",
            "nine lines | , \"replyBy\": \"POST\", \"postalAddress\": \"1\\n2\\n3\\n4\\n5\\n6\\n7\\n8\\n9\" | requester.postalAddress",
            "a control character | , \"replyBy\": \"POST\", \"postalAddress\": \"12 Mill\\u0007 Lane\" | requester.postalAddress",
            "neither email nor post | , \"replyBy\": \"pigeon\" | requester.replyBy",
    })
    void a_wrong_reply_by_post_is_refused_naming_the_field_and_nothing_is_stored(String why, String extra,
            String field) {
        long before = rows("select count(*) from information_request");
        given().contentType(ContentType.JSON).body(body(extra)).post("/api/requests")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400))
                .body("errors.field", hasItem(field));
        assertThat(rows("select count(*) from information_request")).isEqualTo(before);
    }

    @Test
    void an_address_over_the_limit_is_refused_with_the_limit_in_words() {
        given().contentType(ContentType.JSON)
                .body(body(", \"replyBy\": \"POST\", \"postalAddress\": \"" + "x".repeat(501) + "\""))
                .post("/api/requests").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("requester.postalAddress"))
                .body("errors[0].reason", equalTo("Postal address must be 500 characters or fewer"));
    }

    @Test
    void the_tracking_view_says_how_the_answer_will_be_sent() {
        Response made = given().contentType(ContentType.JSON)
                .body(body(", \"replyBy\": \"POST\", \"postalAddress\": \"12 Mill Lane\\nEX1 2MP\""))
                .post("/api/requests").then().statusCode(201).extract().response();
        given().header("Authorization", "Bearer " + made.path("trackingToken"))
                .get("/api/requests/" + made.path("reference")).then().statusCode(200)
                .body("replyBy", equalTo("POST")).body("postalAddress", equalTo("12 Mill Lane\nEX1 2MP"));
        Response byEmail = given().contentType(ContentType.JSON).body(body("")).post("/api/requests").then()
                .statusCode(201).extract().response();
        given().header("Authorization", "Bearer " + byEmail.path("trackingToken"))
                .get("/api/requests/" + byEmail.path("reference")).then().statusCode(200)
                .body("replyBy", equalTo("EMAIL")).body("postalAddress", nullValue());
    }

    // The portal's form

    @Test
    void the_form_takes_a_reply_by_post_shows_it_escaped_and_publishes_it() {
        get("/requests/new");
        String address = "Flat <b>2</b>\r\n12 Mill Lane\r\n\r\nEX1 2MP";
        String check = post("/requests/new", "action", "continue", "name", "Jane Citizen", "email", "jane@example.org",
                "replyBy", "post", "postalAddress", address, "organisation", "", "title", "Potholes",
                "question", "How many potholes?", "preferredFormat", "PAPER", "consent", "no", "website", "")
                .then().statusCode(200).extract().asString();
        assertThat(check).contains("<title>Check your answers")
                .contains("By post to:<br>Flat &lt;b&gt;2&lt;/b&gt;<br>12 Mill Lane<br>EX1 2MP")
                .doesNotContain("<b>2</b>");
        Matcher key = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"").matcher(check);
        assertThat(key.find()).isTrue();

        Response sent = post("/requests", "action", "send", "name", "Jane Citizen", "email", "jane@example.org",
                "replyBy", "post", "postalAddress", address, "organisation", "", "title", "Potholes", "question",
                "How many potholes?", "preferredFormat", "PAPER", "consent", "no", "idempotencyKey", key.group(1));
        assertThat(sent.statusCode()).isEqualTo(303);
        Matcher link = Pattern.compile("/requests/(FOI-\\d{4}-\\d{6,})/confirmation\\?token=([A-Za-z0-9_-]{43})$")
                .matcher(sent.getHeader("Location"));
        assertThat(link.find()).isTrue();
        String reference = link.group(1);
        assertThat(published(reference).requester().postalAddress()).isEqualTo("Flat <b>2</b>\n12 Mill Lane\nEX1 2MP");

        String tracking = given().get("/requests/" + reference + "?token=" + link.group(2)).then().statusCode(200)
                .extract().asString();
        assertThat(tracking).contains("By post to:<br>Flat &lt;b&gt;2&lt;/b&gt;<br>12 Mill Lane<br>EX1 2MP")
                .doesNotContain("<b>2</b>");
    }

    @Test
    void the_form_by_email_ignores_an_address_typed_in_the_box_and_publishes_none() {
        get("/requests/new");
        String check = post("/requests/new", "action", "continue", "name", "Jane Citizen", "email", "jane@example.org",
                "replyBy", "email", "postalAddress", "12 Mill Lane", "title", "Potholes", "question", "How many?",
                "preferredFormat", "ELECTRONIC", "consent", "no", "website", "").then().statusCode(200).extract()
                .asString();
        assertThat(check).contains("<dd class=\"govuk-summary-list__value\" id=\"reply-by\">By email</dd>")
                .doesNotContain("12 Mill Lane");
        Matcher key = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"").matcher(check);
        assertThat(key.find()).isTrue();
        Response sent = post("/requests", "action", "send", "name", "Jane Citizen", "email", "jane@example.org",
                "replyBy", "email", "postalAddress", "", "title", "Potholes", "question", "How many?",
                "preferredFormat", "ELECTRONIC", "consent", "no", "idempotencyKey", key.group(1));
        assertThat(sent.statusCode()).isEqualTo(303);
        Matcher link = Pattern.compile("/requests/(FOI-\\d{4}-\\d{6,})/").matcher(sent.getHeader("Location"));
        assertThat(link.find()).isTrue();
        assertThat(published(link.group(1)).requester().postalAddress()).isNull();
    }

    @Test
    void the_form_by_post_without_an_address_says_so_at_the_box() {
        get("/requests/new");
        String page = post("/requests/new", "action", "continue", "name", "Jane Citizen", "email", "jane@example.org",
                "replyBy", "post", "postalAddress", "  ", "title", "Potholes", "question", "How many?",
                "preferredFormat", "PAPER", "consent", "no", "website", "").then().statusCode(400).extract().asString();
        assertThat(page).contains("<title>Error: Your request")
                .contains("<a href=\"#postalAddress\">Enter the postal address to send our reply to</a>")
                .contains("id=\"postalAddress-error\"")
                .contains("aria-describedby=\"postalAddress-hint postalAddress-error\"")
                // Post is still chosen.
                .contains("value=\"post\" checked");
    }

    private Response get(String path) {
        return portal.get(path);
    }

    private Response post(String path, Object... fields) {
        return portal.post(path, fields);
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
}
