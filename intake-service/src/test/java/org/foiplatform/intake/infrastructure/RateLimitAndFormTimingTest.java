package org.foiplatform.intake.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;
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
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The limits on robots: at most a few requests for information a minute from one client address (API and portal
 * together; each test names its own address with X-Forwarded-For, which this profile trusts), and a form taken only
 * once a person could have filled it in.
 */
@QuarkusTest
@TestProfile(RateLimitAndFormTimingTest.Limits.class)
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "prefix", value = "intake_test"))
class RateLimitAndFormTimingTest {

    public static class Limits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("foi.intake.submissions-per-minute", "3", "foi.intake.form-minimum-seconds", "2",
                    "quarkus.http.proxy.proxy-address-forwarding", "true", "quarkus.http.proxy.allow-x-forwarded", "true");
        }
    }

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern SHOWN_AT = Pattern.compile("name=\"shownAt\" value=\"([^\"]+)\"");
    private static final String BODY = """
            {"requester": {"name": "Jane Citizen", "email": "jane@example.org"},
             "questions": [{"text": "How many potholes were reported on Mill Lane in 2025?"}]}
            """;

    @Inject
    DataSource dataSource;

    private static String address() {
        return "192.0.2." + (1 + (int) (Math.random() * 250)) + "";
    }

    @Test
    void one_address_gets_429_after_its_share_of_a_minute_and_another_address_does_not() {
        String address = "198.51.100." + (1 + (int) (Math.random() * 250));
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", address).contentType(ContentType.JSON).body(BODY).post("/api/requests")
                    .then().statusCode(201);
        }
        long before = rows("select count(*) from information_request");
        Response refused = given().header("X-Forwarded-For", address).contentType(ContentType.JSON).body(BODY)
                .post("/api/requests").then().statusCode(429).contentType("application/problem+json")
                .body("status", equalTo(429)).extract().response();
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 20L);
        assertThat(rows("select count(*) from information_request")).isEqualTo(before);
        given().header("X-Forwarded-For", "203.0.113." + (1 + (int) (Math.random() * 250))).contentType(ContentType.JSON)
                .body(BODY).post("/api/requests").then().statusCode(201);
    }

    @Test
    void the_portal_shares_the_limit_and_answers_with_a_page() {
        String address = "198.18.0." + (1 + (int) (Math.random() * 250));
        Response form = given().header("X-Forwarded-For", address).get("/requests/new");
        String cookie = form.getCookie("intake-csrf");
        Matcher csrf = CSRF.matcher(form.asString());
        assertThat(csrf.find()).isTrue();
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", address).contentType(ContentType.JSON).body(BODY).post("/api/requests")
                    .then().statusCode(201);
        }
        given().header("X-Forwarded-For", address).contentType("application/x-www-form-urlencoded")
                .cookie("intake-csrf", cookie).formParam("csrf-token", csrf.group(1)).formParam("action", "change")
                .formParam("name", "Jane").post("/requests").then().statusCode(429)
                .contentType(containsString("text/html")).header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body(containsString("Too many requests from your connection"));
    }

    @Test
    void a_form_sent_back_at_once_is_not_taken_but_the_same_form_a_moment_later_is() {
        String address = address();
        Response form = given().header("X-Forwarded-For", address).get("/requests/new");
        String cookie = form.getCookie("intake-csrf");
        Matcher csrf = CSRF.matcher(form.asString());
        Matcher shownAt = SHOWN_AT.matcher(form.asString());
        assertThat(csrf.find()).isTrue();
        assertThat(shownAt.find()).isTrue();
        Object[] answers = { "action", "continue", "name", "Jane Citizen", "email", "jane@example.org", "title",
                "Potholes", "question", "How many potholes?", "preferredFormat", "ELECTRONIC", "consent", "no",
                "website", "", "shownAt", shownAt.group(1) };

        String atOnce = post(address, cookie, csrf.group(1), "/requests/new", answers).then().statusCode(400)
                .extract().asString();
        assertThat(atOnce).contains("<a href=\"#name\">Check your answers, then press Continue again</a>")
                .contains(">How many potholes?</textarea>"); // what was typed is kept

        // The same form, once two seconds have passed since it was shown, goes on to check your answers.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250)).until(() -> post(address, cookie,
                csrf.group(1), "/requests/new", answers).statusCode() == 200);
    }

    @Test
    void a_request_sent_with_a_made_up_or_missing_time_is_not_stored() {
        String address = address();
        Response form = given().header("X-Forwarded-For", address).get("/requests/new");
        String cookie = form.getCookie("intake-csrf");
        Matcher csrf = CSRF.matcher(form.asString());
        assertThat(csrf.find()).isTrue();
        long before = rows("select count(*) from information_request");
        for (String stamp : new String[] { null, "1000.forged", String.valueOf(System.currentTimeMillis() - 60_000) }) {
            Object[] send = { "action", "send", "name", "Bot", "email", "bot@example.org", "title", "T", "question",
                    "Q?", "preferredFormat", "ELECTRONIC", "consent", "no", "idempotencyKey",
                    UUID.randomUUID().toString(), "shownAt", stamp };
            post(address, cookie, csrf.group(1), "/requests", send).then().statusCode(400)
                    .body(containsString("Check your answers, then press Continue again"));
        }
        assertThat(rows("select count(*) from information_request")).isEqualTo(before);
    }

    private static Response post(String address, String cookie, String csrf, String path, Object... fields) {
        var request = given().redirects().follow(false).header("X-Forwarded-For", address)
                .contentType("application/x-www-form-urlencoded").cookie("intake-csrf", cookie)
                .formParam("csrf-token", csrf);
        for (int i = 0; i < fields.length; i += 2) {
            if (fields[i + 1] != null) {
                request.formParam((String) fields[i], fields[i + 1]);
            }
        }
        return request.post(path);
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
