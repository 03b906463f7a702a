package org.foiplatform.intake.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.foiplatform.localstack.testsupport.InjectDatabaseProxy;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TcpProxy;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * PostgreSQL away while requesters submit: each submission is refused clearly ({@code 503} with
 * {@code Retry-After}, problem+json), never a {@code 201} that is later lost; nothing of it is kept; and once
 * the database is back the service takes submissions again by itself, with no restart.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class, initArgs = {
        @ResourceArg(name = "prefix", value = "intake_outage_test"), @ResourceArg(name = "proxy", value = "true") })
class DatabaseOutageTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @InjectDatabaseProxy
    TcpProxy database;

    @Inject
    DataSource dataSource;

    @io.quarkus.test.common.http.TestHTTPResource(value = "/", management = true)
    java.net.URL management;

    /** Readiness, on the management interface (the URL given is its root, /q/). */
    private String readiness() {
        return management.getProtocol() + "://" + management.getHost() + ":" + management.getPort() + "/q/health/ready";
    }

    private static String request(String email) {
        return """
                {"requester": {"name": "Jane Citizen", "email": "%s"},
                 "questions": [{"text": "How many potholes were reported on Mill Lane in 2025?"}]}
                """.formatted(email);
    }

    @Test
    void with_the_database_away_a_submission_gets_503_with_retry_after_keeps_nothing_and_the_service_recovers()
            throws Exception {
        String refused = "refused." + UUID.randomUUID() + "@example.org";
        String accepted = "accepted." + UUID.randomUUID() + "@example.org";
        // The pool holds connections from start-up: the cut closes them under it.
        given().get(readiness()).then().statusCode(200);
        database.cut();
        try {
            given().contentType(ContentType.JSON).body(request(refused)).post("/api/requests")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "10").body("detail", containsString("Nothing was saved"));
            given().contentType(ContentType.JSON).body(request(refused)).header("Idempotency-Key", UUID.randomUUID())
                    .post("/api/requests").then().statusCode(503).header("Retry-After", "10");
            given().get(readiness()).then().statusCode(503);
        } finally {
            database.restore();
        }

        // Back by itself: the pool drops the dead connections and makes new ones.
        await().atMost(WAIT).untilAsserted(() -> given().contentType(ContentType.JSON).body(request(accepted))
                .post("/api/requests").then().statusCode(201));
        given().get(readiness()).then().statusCode(200);
        assertThat(requestsFrom(refused)).isZero();
        assertThat(requestsFrom(accepted)).isEqualTo(1);
    }

    @Test
    void with_the_database_away_a_page_answers_the_portal_s_try_again_page_and_the_api_a_problem() {
        io.restassured.response.Response made = given().contentType(ContentType.JSON)
                .body(request("page." + UUID.randomUUID() + "@example.org")).post("/api/requests").then().statusCode(201)
                .extract().response();
        String reference = made.path("reference");
        String token = made.path("trackingToken");
        given().get(readiness()).then().statusCode(200);
        // The form page needs no database: its CSRF cookie and token are taken before the cut.
        io.restassured.response.Response form = given().get("/requests/new").then().statusCode(200).extract().response();
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"")
                .matcher(form.asString());
        org.assertj.core.api.Assertions.assertThat(csrf.find()).isTrue();
        database.cut();
        try {
            given().get("/requests/" + reference + "?token=" + token).then().statusCode(503)
                    .contentType(containsString("text/html")).header("Retry-After", "10")
                    .body(containsString("Sorry, there is a problem with the service"))
                    .body(containsString("Nothing you sent has been saved"))
                    .body(org.hamcrest.Matchers.not(containsString("Exception")));
            given().contentType("application/x-www-form-urlencoded").cookie("intake-csrf", form.getCookie("intake-csrf"))
                    .formParam("csrf-token", csrf.group(1)).formParam("action", "send").formParam("name", "Jane")
                    .formParam("email", "jane@example.org").formParam("title", "T").formParam("question", "Q?")
                    .formParam("preferredFormat", "ELECTRONIC").formParam("consent", "no")
                    .formParam("idempotencyKey", UUID.randomUUID().toString())
                    .post("/requests").then().statusCode(503).contentType(containsString("text/html"))
                    .body(containsString("Sorry, there is a problem with the service"))
                    .body(org.hamcrest.Matchers.not(containsString("Exception")));
            given().header("Authorization", "Bearer " + token).get("/api/requests/" + reference).then()
                    .statusCode(503).contentType("application/problem+json").header("Retry-After", "10");
        } finally {
            database.restore();
        }
        await().atMost(WAIT).untilAsserted(() -> given().get("/requests/" + reference + "?token=" + token).then()
                .statusCode(200));
    }

    private long requestsFrom(String email) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "select count(*) from information_request where requester_email = ?")) {
            statement.setString(1, email);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
