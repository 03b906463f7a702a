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
