package org.foiplatform.intake.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * foi.intake.submissions-per-email-per-hour (2 here, the per-address limit off): the third request in an hour from one
 * email address, in any case, answers 429 with Retry-After (problem+json naming requester.email on the API, the
 * portal's page on the portal) and stores nothing, while other addresses go on and a replayed key is not counted.
 */
@QuarkusTest
@TestProfile(EmailRateLimitTest.TwoAnHour.class)
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "prefix", value = "intake_test"))
class EmailRateLimitTest {

    public static class TwoAnHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("foi.intake.submissions-per-email-per-hour", "2", "foi.intake.submissions-per-minute", "0");
        }
    }

    @Inject
    DataSource dataSource;

    private final PortalSession portal = new PortalSession();

    private static String body(String email) {
        return "{\"requester\": {\"name\": \"Jane Citizen\", \"email\": \"" + email + "\"},"
                + " \"questions\": [{\"text\": \"How many potholes were reported on Mill Lane in 2025?\"}]}";
    }

    private static Response submit(String email, String key) {
        var request = given().contentType(ContentType.JSON).body(body(email));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/requests");
    }

    @Test
    void the_third_request_in_an_hour_from_one_email_address_answers_429_and_stores_nothing() throws SQLException {
        String email = "limit-" + UUID.randomUUID() + "@example.org";
        String key = UUID.randomUUID().toString();
        submit(email, key).then().statusCode(201);
        // The same request again with its key is a replay: not counted.
        submit(email, key).then().statusCode(201).header("Idempotent-Replayed", "true");
        submit(email.toUpperCase(), null).then().statusCode(201);

        Response refused = submit(email.replace("limit", "LIMIT"), UUID.randomUUID().toString());
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("status", equalTo(429)).body("errors[0].field", equalTo("requester.email"));
        long retryAfter = Long.parseLong(refused.getHeader("Retry-After"));
        // Two an hour, refilled steadily: the next in at most half an hour.
        assertThat(retryAfter).isBetween(1700L, 1800L);
        assertThat(stored(email)).isEqualTo(2);

        submit("other-" + email, null).then().statusCode(201);
    }

    @Test
    void the_portal_shares_the_count_and_answers_its_own_page() throws SQLException {
        String email = "portal-" + UUID.randomUUID() + "@example.org";
        submit(email, null).then().statusCode(201);
        submit(email, null).then().statusCode(201);

        portal.get("/requests/new");
        Response page = portal.post("/requests", "action", "send", "name", "Jane Citizen", "email", email,
                "organisation", "", "title", "Potholes", "question", "How many potholes were reported?",
                "preferredFormat", "ELECTRONIC", "consent", "no", "replyBy", "EMAIL",
                "idempotencyKey", UUID.randomUUID().toString());
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(page.getHeader("Retry-After"))).isBetween(1700L, 1800L);
        assertThat(page.asString()).contains("<title>Too many requests from your email address")
                .contains("We take up to 2 requests an hour from one email address")
                .contains("<strong id=\"retry-after\">30 minutes</strong>");
        assertThat(stored(email)).isEqualTo(2);
    }

    private long stored(String email) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select count(*) from information_request where lower(requester_email) = lower(?)")) {
            s.setString(1, email);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
