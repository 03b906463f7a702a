package org.foiplatform.assessment.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.foiplatform.assessment.infrastructure.TestAccounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The officer dashboard against the real broker and database: signing in by form (CSRF, throttling, the session
 * cookie), signing out, the page for an account without the role, a form without its CSRF token refused, the queue,
 * the case page, a decision drafted and approved through the pages, and the drafter unable to approve their own. The
 * API keeps HTTP Basic: no credentials there is still 401, not a redirect to the sign-in page.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "assessment_test"))
class DashboardTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void the_sign_in_page_is_a_form_with_a_csrf_token() {
        String html = given().get("/dashboard/sign-in").then().statusCode(200).extract().asString();
        assertThat(html).contains("<h1 class=\"govuk-heading-l\">Sign in</h1>", "name=\"username\"",
                "name=\"password\"", "action=\"/dashboard/j_security_check\"", "Example City Council");
        assertThat(DashboardPages.token(html)).isNotBlank();
    }

    @Test
    void a_page_without_a_session_sends_the_officer_to_sign_in_but_the_api_still_answers_401() {
        Response page = given().redirects().follow(false).get("/dashboard");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/dashboard/sign-in");
        given().redirects().follow(false).get("/api/cases").then().statusCode(401);
        as("auditor").get("/api/cases").then().statusCode(403);
    }

    @Test
    void the_right_password_gives_a_session_cookie_and_the_queue() {
        DashboardPages.Session officer = DashboardPages.signIn("officer");
        String html = officer.spec().get("/dashboard").then().statusCode(200).extract().asString();
        assertThat(html).contains("<h1 class=\"govuk-heading-l\">Cases</h1>", "Signed in as officer");
        // The session cookie opens pages only: the API keeps HTTP Basic.
        officer.spec().get("/api/cases").then().statusCode(401);
    }

    @Test
    void a_wrong_password_goes_back_to_the_form_with_an_error_and_no_session() {
        Response answer = DashboardPages.postSignIn("officer", "not-the-password", "10.9.1.1");
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.header("Location")).endsWith("/dashboard/sign-in/failed");
        assertThat(answer.cookie(DashboardPages.SESSION)).isNull();
        String html = given().get("/dashboard/sign-in/failed").then().statusCode(200).extract().asString();
        assertThat(html).contains("<title>Error: Sign in", "govuk-error-summary", "href=\"#username\"");
        as("admin").get("/api/audit?limit=200&after=0").then().statusCode(200);
    }

    @Test
    void repeated_wrong_passwords_lock_the_account_from_that_address_even_with_the_right_password() {
        String address = "10.9.2.2";
        for (int i = 0; i < 10; i++) {
            assertThat(DashboardPages.postSignIn("approver2", "wrong-" + i, address).header("Location"))
                    .endsWith("/dashboard/sign-in/failed");
        }
        Response locked = DashboardPages.postSignIn("approver2", "test-approver2-pw", address);
        assertThat(locked.header("Location")).endsWith("/dashboard/sign-in/locked");
        assertThat(locked.cookie(DashboardPages.SESSION)).isNull();
        assertThat(given().get("/dashboard/sign-in/locked").asString()).contains("Too many wrong passwords");
        // Another address is not locked out.
        assertThat(DashboardPages.postSignIn("approver2", "test-approver2-pw", "10.9.2.3").cookie(
                DashboardPages.SESSION)).isNotBlank();
    }

    @Test
    void a_sign_in_form_without_its_csrf_token_is_refused() {
        String[] form = DashboardPages.signInForm();
        Response answer = given().redirects().follow(false).cookie(DashboardPages.CSRF, form[0])
                .contentType("application/x-www-form-urlencoded").formParam("username", "officer")
                .formParam("password", "test-officer-pw").post("/dashboard/j_security_check");
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.header("Location")).endsWith("/dashboard/sign-in/expired");
        assertThat(answer.cookie(DashboardPages.SESSION)).isNull();
    }

    @Test
    void an_account_without_the_officer_role_sees_that_it_has_no_access() {
        DashboardPages.Session auditor = DashboardPages.signIn("auditor");
        String html = auditor.spec().get("/dashboard").then().statusCode(403).extract().asString();
        assertThat(html).contains("You do not have access to this", "officer role");
    }

    @Test
    void signing_out_removes_the_session_cookie() {
        DashboardPages.Session officer = DashboardPages.signIn("officer");
        Response out = officer.form().post("/dashboard/sign-in/out");
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.header("Location")).endsWith("/dashboard/sign-in/signed-out");
        assertThat(out.headers().getValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith(DashboardPages.SESSION + "=").containsAnyOf("Max-Age=0", "1970"));
        assertThat(given().get("/dashboard/sign-in/signed-out").asString()).contains("You have signed out");
    }

    @Test
    void a_form_without_its_csrf_token_changes_nothing() throws Exception {
        String reference = DashboardPages.openCase(kafka, "How many bins were emptied in 2025?");
        DashboardPages.Session officer = DashboardPages.signIn("officer");
        officer.spec().contentType("application/x-www-form-urlencoded").formParam("note", "Forged")
                .post("/dashboard/cases/" + reference + "/notes").then().statusCode(400);
        as("officer").get("/api/cases/" + reference).then().statusCode(200)
                .body("timeline.detail", org.hamcrest.Matchers.not(hasItem("Forged")));
        officer.form().formParam("note", "Called the requester").post("/dashboard/cases/" + reference + "/notes")
                .then().statusCode(303);
        as("officer").get("/api/cases/" + reference).then().body("timeline.detail", hasItem("Called the requester"));
    }

    @Test
    void the_queue_shows_my_overdue_case_with_a_badge_in_words_and_the_days_overdue() throws Exception {
        String reference = DashboardPages.openCase(kafka, "What did the council spend on road salt?");
        as("officer").body("{\"officer\": \"approver2\"}").post("/api/cases/" + reference + "/assignment").then()
                .statusCode(200);
        DashboardPages.Session approver2 = DashboardPages.signIn("approver2");
        String html = approver2.spec().get("/dashboard?mine=yes").then().statusCode(200).extract().asString();
        assertThat(html).contains("href=\"/dashboard/cases/" + reference + "\"", "13 May 2026", "14 April 2026",
                ">Overdue</strong>", "working days overdue");
        // Another officer's filter does not show it.
        String others = DashboardPages.signIn("officer").spec().get("/dashboard?mine=yes&regime=FOIA").asString();
        assertThat(others).doesNotContain(reference);
    }

    @Test
    void the_case_page_shows_the_request_escaped_the_due_date_and_the_timeline() throws Exception {
        String reference = DashboardPages.openCase(kafka, "What is in <script>alert(1)</script> the budget?");
        String html = DashboardPages.signIn("officer").spec().get("/dashboard/cases/" + reference).then()
                .statusCode(200).extract().asString();
        assertThat(html).contains(reference, "What is in &lt;script&gt;alert(1)&lt;/script&gt; the budget?",
                "13 May 2026", "Request received under FOIA", "moj-timeline", "Submit for approval");
        assertThat(html).doesNotContain("<script>alert(1)</script>");
        DashboardPages.signIn("officer").spec().get("/dashboard/cases/FOI-1999-000001").then().statusCode(404);
    }

    @Test
    void a_decision_drafted_on_the_page_is_approved_by_a_second_officer_and_never_by_its_drafter()
            throws Exception {
        String reference = DashboardPages.openCase(kafka, "How many potholes were reported on Mill Lane?",
                "How much did repairs cost?");
        DashboardPages.Session approver = DashboardPages.signIn("approver");
        // A missing answer: the form comes back with the error, naming the question.
        String invalid = approver.form().formParam("action", "submit").formParam("outcome-1", "INFORMATION_PROVIDED")
                .formParam("answer-1", "42").formParam("outcome-2", "NOT_HELD").formParam("answer-2", "")
                .post("/dashboard/cases/" + reference + "/decision").then().statusCode(400).extract().asString();
        assertThat(invalid).contains("govuk-error-summary", "href=\"#answer-2\"", "Question 2");
        // The preview cannot be had in these tests (no response-service): the page says so, and still submits.
        String preview = approver.form().formParam("action", "preview").formParam("outcome-1", "INFORMATION_PROVIDED")
                .formParam("answer-1", "42 potholes.").formParam("outcome-2", "NOT_HELD")
                .formParam("answer-2", "We do not record repair costs by street.")
                .post("/dashboard/cases/" + reference + "/decision").then().statusCode(200).extract().asString();
        assertThat(preview).contains("The letter cannot be previewed just now", "42 potholes.");
        Response submitted = approver.form().formParam("action", "submit")
                .formParam("outcome-1", "INFORMATION_PROVIDED").formParam("answer-1", "42 potholes.")
                .formParam("outcome-2", "NOT_HELD").formParam("answer-2", "We do not record repair costs by street.")
                .post("/dashboard/cases/" + reference + "/decision");
        assertThat(submitted.statusCode()).isEqualTo(303);
        as("officer").get("/api/cases/" + reference).then().body("status", equalTo("AWAITING_APPROVAL"))
                .body("draftedBy", equalTo("approver"));

        // The drafter is an approver too, and still cannot approve their own.
        String refused = approver.form().formParam("decision", "approve")
                .post("/dashboard/cases/" + reference + "/approval").then().statusCode(403).extract().asString();
        assertThat(refused).contains("You drafted this decision, so another approver must approve it");
        as("officer").get("/api/cases/" + reference).then().body("status", equalTo("AWAITING_APPROVAL"));

        // An officer who is not an approver is shown that they have no access.
        DashboardPages.signIn("officer").form().formParam("decision", "approve")
                .post("/dashboard/cases/" + reference + "/approval").then().statusCode(403);

        Response approved = DashboardPages.signIn("approver2").form().formParam("decision", "approve")
                .post("/dashboard/cases/" + reference + "/approval");
        assertThat(approved.statusCode()).isEqualTo(303);
        as("officer").get("/api/cases/" + reference).then().body("status", equalTo("DECISION_APPROVED"))
                .body("approvedBy", equalTo("approver2"));
        String page = DashboardPages.signIn("officer").spec().get(approved.header("Location")).asString();
        assertThat(page).contains("The decision is approved", "Decision approved");
    }
}
