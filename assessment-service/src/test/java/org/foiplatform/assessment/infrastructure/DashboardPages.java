package org.foiplatform.assessment.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.GoldenSamples;
import org.foiplatform.contracts.Topics;
import org.foiplatform.localstack.testsupport.TestReferences;
import org.foiplatform.localstack.testsupport.TopicReader;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Signing in to the dashboard as a browser does, for the page tests: the form, its CSRF token and the cookies. */
final class DashboardPages {

    static final String SESSION = "foi-dashboard-session";
    static final String CSRF = "foi-csrf";
    /** The server's half of the session (DashboardSessions): a page needs both cookies. */
    static final String SESSION_ID = "foi-dashboard-sid";
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private DashboardPages() {
    }

    /** A signed-in officer: the session cookies, and the CSRF cookie and token every form carries. */
    record Session(String cookie, String csrfCookie, String token, String sessionId) {
        RequestSpecification spec() {
            return given().redirects().follow(false).cookie(SESSION, cookie).cookie(SESSION_ID, sessionId)
                    .cookie(CSRF, csrfCookie);
        }

        /** A form post with the CSRF token. */
        RequestSpecification form() {
            return spec().contentType("application/x-www-form-urlencoded").formParam("csrf-token", token);
        }
    }

    /** The sign-in form's CSRF cookie and the token in its hidden field. */
    static String[] signInForm() {
        Response page = given().redirects().follow(false).get("/dashboard/sign-in");
        assertThat(page.statusCode()).isEqualTo(200);
        return new String[] {page.cookie(CSRF), token(page.asString())};
    }

    static String token(String html) {
        Matcher m = TOKEN.matcher(html);
        assertThat(m.find()).as("a CSRF field in the page").isTrue();
        return m.group(1);
    }

    /** Posts the sign-in form; the answer is the mechanism's redirect. */
    static Response postSignIn(String username, String password, String address) {
        return postSignIn(username, password, address, signInForm());
    }

    static Response postSignIn(String username, String password, String address, String[] form) {
        return given().redirects().follow(false).header("X-Forwarded-For", address).cookie(CSRF, form[0])
                .contentType("application/x-www-form-urlencoded").formParam("username", username)
                .formParam("password", password).formParam("csrf-token", form[1]).post("/dashboard/j_security_check");
    }

    static Session signIn(String account) {
        String[] form = signInForm();
        Response answer = postSignIn(account, "test-" + account + "-pw", "10.9.0.1", form);
        assertThat(answer.statusCode()).as("signing in as %s", account).isEqualTo(302);
        String cookie = answer.cookie(SESSION);
        assertThat(cookie).as("the session cookie").isNotBlank();
        String sessionId = answer.cookie(SESSION_ID);
        assertThat(sessionId).as("the session's server-side cookie").isNotBlank();
        return new Session(cookie, form[0], form[1], sessionId);
    }

    /** Opens a case under FOIA with these questions from the golden RequestReceived, and waits for it. */
    static String openCase(KafkaCompanion kafka, String... questions) throws Exception {
        String reference = TestReferences.next();
        ObjectMapper json = new ObjectMapper();
        ObjectNode event = (ObjectNode) json.readTree(GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference));
        ObjectNode payload = (ObjectNode) event.get("payload");
        payload.put("regime", "FOIA");
        ArrayNode asked = payload.putArray("questions");
        for (int i = 0; i < questions.length; i++) {
            asked.addObject().put("number", i + 1).put("text", questions[i]);
        }
        TopicReader.produce(kafka, Topics.INTAKE, reference, json.writeValueAsString(event));
        TopicReader.await(kafka, Topics.CASE, reference, 1, Duration.ofSeconds(30));
        return reference;
    }
}
