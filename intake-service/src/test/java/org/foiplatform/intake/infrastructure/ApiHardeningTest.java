package org.foiplatform.intake.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.Topics;
import org.foiplatform.contracts.events.RequestReceived;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The API's hardening: an idempotency key reused with another request, strict email addresses, a body over the
 * limit, JSON with a key twice, NUL or half a character, text in NFC counted in characters, and every error answered
 * as problem+json (a 500 with only an error id, which is logged).
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "prefix", value = "intake_test"))
class ApiHardeningTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URL root;

    private final EventCodec codec = new EventCodec();

    private static String request(String name, String email, String question) {
        return """
                {"requester": {"name": "%s", "email": "%s"}, "questions": [{"text": "%s"}]}
                """.formatted(name, email, question);
    }

    // Idempotency-Key

    @Test
    void a_key_sent_again_with_another_request_is_refused_with_422_and_nothing_is_stored() {
        String key = UUID.randomUUID().toString();
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(request("Jane Citizen", "jane@example.org", "How many potholes?")).post("/api/requests")
                .then().statusCode(201).extract().path("reference");
        long before = rows("select count(*) from information_request");

        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(request("Jane Citizen", "jane@example.org", "How many streetlights?")).post("/api/requests")
                .then().statusCode(422).contentType("application/problem+json").body("status", equalTo(422))
                .body("errors.field", hasItem("Idempotency-Key"));
        assertThat(rows("select count(*) from information_request")).isEqualTo(before);

        // The same request again, even with its name spelt in another Unicode form and its keys in another order,
        // is the first one.
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"questions\": [{\"text\": \"How many potholes?\"}], "
                        + "\"requester\": {\"email\": \"jane@example.org\", \"name\": \"Jane Citizen\"}}")
                .post("/api/requests").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("reference", equalTo(first));
    }

    // Email addresses

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "Jane Citizen <jane@example.org>", "jane@example", "jane@@example.org",
            "jane@example..org", "jane@[192.0.2.1]", "jane@example.org (Jane)" })
    void an_email_address_that_is_not_a_bare_address_with_a_dotted_domain_is_refused(String email) {
        given().contentType(ContentType.JSON).body(request("Jane", email, "Q?")).post("/api/requests")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("requester.email"));
    }

    @Test
    void an_email_address_over_254_characters_is_refused() {
        String email = "a".repeat(64) + "@" + "b".repeat(186) + ".org";
        given().contentType(ContentType.JSON).body(request("Jane", email, "Q?")).post("/api/requests")
                .then().statusCode(400).body("errors.field", hasItem("requester.email"));
    }

    // Size

    @Test
    void a_body_over_64_kb_answers_413_as_a_problem_whether_its_length_is_declared_or_not() throws Exception {
        String big = request("Jane", "chunked@example.org", "x".repeat(70_000));
        given().contentType(ContentType.JSON).body(big).post("/api/requests")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413))
                .body("detail", containsString("64 KB"));

        // Sent in chunks, with no Content-Length: cut off by Vert.x as it passes the limit.
        HttpResponse<String> chunked = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(root.toString().replaceAll("/$", "") + "/api/requests"))
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(
                                () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(chunked.body()).contains("\"status\":413").contains("64 KB");
        assertThat(rows("select count(*) from information_request where requester_email = 'chunked@example.org'"))
                .isZero();

        // A chunked body within the limit is read as before.
        String small = request("Jane", "chunked-small@example.org", "How many potholes were reported?");
        HttpResponse<String> within = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(root.toString().replaceAll("/$", "") + "/api/requests"))
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(
                                () -> new ByteArrayInputStream(small.getBytes(StandardCharsets.UTF_8))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(within.statusCode()).as(within.body()).isEqualTo(201);
    }

    @Test
    void a_form_over_64_kb_answers_the_portal_page() {
        given().contentType("application/x-www-form-urlencoded").formParam("question", "x".repeat(70_000))
                .post("/requests/new").then().statusCode(413).contentType(containsString("text/html"))
                .body(containsString("Your request is too long to send in one go"));
    }

    // Strict JSON

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a key twice at the top | {\"requester\": {\"name\": \"Jane\", \"email\": \"jane@example.org\"}, \"questions\": [{\"text\": \"Q?\"}], \"regime\": \"FOIA\", \"regime\": \"EIR\"} | regime",
            "a key twice in the requester | {\"requester\": {\"name\": \"Jane\", \"name\": \"Joan\", \"email\": \"jane@example.org\"}, \"questions\": [{\"text\": \"Q?\"}]} | requester.name",
            "a key twice in a question | {\"requester\": {\"name\": \"Jane\", \"email\": \"jane@example.org\"}, \"questions\": [{\"text\": \"Q?\"}, {\"text\": \"A\", \"text\": \"B\"}]} | questions[1].text",
            "NUL in the name | {\"requester\": {\"name\": \"Ja\\u0000ne\", \"email\": \"jane@example.org\"}, \"questions\": [{\"text\": \"Q?\"}]} | requester.name",
            "half a character in a question | {\"requester\": {\"name\": \"Jane\", \"email\": \"jane@example.org\"}, \"questions\": [{\"text\": \"Q\\ud800?\"}]} | questions[0].text",
            "the other half alone in the title | {\"requester\": {\"name\": \"Jane\", \"email\": \"jane@example.org\"}, \"questions\": [{\"text\": \"Q?\"}], \"title\": \"T\\udc00\"} | title",
    })
    void json_with_a_key_twice_nul_or_half_a_character_is_refused_naming_the_field(String why, String body,
            String field) {
        long before = rows("select count(*) from information_request");
        given().contentType(ContentType.JSON).body(body).post("/api/requests")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        assertThat(rows("select count(*) from information_request")).isEqualTo(before);
    }

    @Test
    void the_requester_s_other_bodies_are_read_as_strictly() {
        Response made = given().contentType(ContentType.JSON).body(request("Jane", "jane@example.org", "Q?"))
                .post("/api/requests").then().statusCode(201).extract().response();
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + made.path("trackingToken"))
                .body("{\"reason\": \"no longer\\u0000 needed\"}")
                .post("/api/requests/" + made.path("reference") + "/withdrawal")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("reason"));
    }

    // Unicode

    @Test
    void text_is_stored_and_published_in_nfc_and_counted_in_characters() {
        // "Zoë" typed as "Zoe" and a combining diaeresis; a question of 5,000 emoji (10,000 UTF-16 units).
        String question = "\uD83D\uDE00".repeat(5000);
        String reference = given().contentType(ContentType.JSON)
                .body(request("Zoe\u0308 Citizen", "zoe@example.org", question)).post("/api/requests")
                .then().statusCode(201).extract().path("reference");
        RequestReceived payload = codec.payload(codec.read(TopicReader.await(kafka, Topics.INTAKE, reference, 1,
                Duration.ofSeconds(30)).get(0).value()), RequestReceived.class);
        assertThat(payload.requester().name()).isEqualTo("Zo\u00eb Citizen");
        assertThat(payload.questions().get(0).text()).isEqualTo(question);
        assertThat(rows("select count(*) from information_request where reference = '" + reference
                + "' and requester_name = U&'Zo\\00eb Citizen'")).isEqualTo(1);
    }

    // Every error as problem+json

    @Test
    void every_refusal_of_the_api_is_a_problem() {
        given().contentType(ContentType.JSON).body("{").post("/api/requests").then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/admin/dead-letters").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic"));
        given().auth().preemptive().basic("admin", "wrong").get("/api/admin/dead-letters").then().statusCode(401)
                .contentType("application/problem+json");
        given().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json");
        given().delete("/api/requests").then().statusCode(405).contentType("application/problem+json");
        given().contentType(ContentType.JSON).accept("application/xml")
                .body(request("Jane", "jane@example.org", "Q?")).post("/api/requests").then().statusCode(406)
                .contentType("application/problem+json");
        given().contentType(ContentType.TEXT).body("hello").post("/api/requests").then().statusCode(415)
                .contentType("application/problem+json");
        Response made = given().contentType(ContentType.JSON).body(request("Jane", "jane@example.org", "Q?"))
                .post("/api/requests").then().statusCode(201).extract().response();
        String withdrawal = "/api/requests/" + made.path("reference") + "/withdrawal";
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + made.path("trackingToken"))
                .body("{}").post(withdrawal).then().statusCode(200);
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + made.path("trackingToken"))
                .body("{}").post(withdrawal).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void an_unexpected_error_answers_500_with_only_an_error_id_which_is_logged() {
        List<String> logged = new CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                logged.add(String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger rootLogger = java.util.logging.Logger.getLogger("");
        rootLogger.addHandler(capture);
        String api;
        String page;
        try {
            api = given().get("/api/test-failure").then().statusCode(500).contentType("application/problem+json")
                    .body(not(containsString("secret detail"))).body(not(containsString("IllegalState")))
                    .extract().path("detail");
            page = given().get("/test-failure").then().statusCode(500).contentType(containsString("text/html"))
                    .body(not(containsString("secret detail"))).body(containsString("Sorry, there is a problem"))
                    .extract().asString();
        } finally {
            rootLogger.removeHandler(capture);
        }
        Matcher apiId = Pattern.compile("Error id ([0-9a-f-]{36})").matcher(api);
        assertThat(apiId.find()).as(api).isTrue();
        Matcher pageId = Pattern.compile("id=\"error-id\">([0-9a-f-]{36})<").matcher(page);
        assertThat(pageId.find()).as(page).isTrue();
        assertThat(logged).anySatisfy(line -> assertThat(line).contains(apiId.group(1)))
                .anySatisfy(line -> assertThat(line).contains(pageId.group(1)));
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
