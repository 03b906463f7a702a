package org.foiplatform.assessment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foiplatform.assessment.infrastructure.TestAccounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The case page's clock and case actions as forms, each offered only when the status allows it, recorded by the same
 * use cases as the API: a clarification asked for and received, a fees notice and the fee, an extension (the law's
 * refusal shown at the field), another regime, an assignment; an action the status does not allow is refused with a
 * message (409); a form without its CSRF token, or from an account without the officer role, changes nothing.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "assessment_test"))
class DashboardCaseActionsTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void a_clarification_stops_the_clock_and_only_then_can_its_answer_be_recorded() throws Exception {
        String reference = DashboardPages.openCase(kafka, "All the reports?");
        DashboardPages.Session officer = DashboardPages.signIn("officer");
        String page = officer.spec().get("/dashboard/cases/" + reference).asString();
        assertThat(page).contains("Ask for clarification", "Give a fees notice", "Extend the time (FOIA section 10(3))",
                "Change the regime", "Assign the case").doesNotContain("Record the clarification received",
                        "Record the fee paid");

        String missing = dated(officer.form().formParam("form", "clarification"), "clarification-on", "20", "4", "2026")
                .post("/dashboard/cases/" + reference + "/clock").then().statusCode(400).extract().asString();
        assertThat(missing).contains("href=\"#clarification-question\">Write what the requester should clarify",
                "id=\"clarification-form\" open");
        Response asked = dated(officer.form().formParam("form", "clarification"), "clarification-on", "20", "4", "2026")
                .formParam("clarification-question", "Which reports: <b>all</b> of them?")
                .post("/dashboard/cases/" + reference + "/clock");
        assertThat(asked.statusCode()).isEqualTo(303);
        as("officer").get("/api/cases/" + reference).then().body("status", equalTo("AWAITING_CLARIFICATION"));
        String stopped = officer.spec().get(asked.header("Location")).asString();
        assertThat(stopped).contains("The clarification was asked for", "Record the clarification received")
                .doesNotContain("Ask for clarification</span>");

        dated(officer.form().formParam("form", "clarified"), "clarified-on", "22", "4", "2026")
                .post("/dashboard/cases/" + reference + "/clock").then().statusCode(303);
        as("officer").get("/api/cases/" + reference).then().body("status", equalTo("OPEN"));
    }

    @Test
    void a_fees_notice_needs_a_fee_in_pounds_and_the_fee_paid_starts_the_clock_again() throws Exception {
        String reference = DashboardPages.openCase(kafka, "Copies of the plans?");
        DashboardPages.Session officer = DashboardPages.signIn("officer");
        String invalid = dated(officer.form().formParam("form", "fees"), "fees-on", "20", "4", "2026")
                .formParam("fees-fee", "twelve").formParam("fees-calculation", "40 pages at 10p.")
                .post("/dashboard/cases/" + reference + "/clock").then().statusCode(400).extract().asString();
        assertThat(invalid).contains("href=\"#fees-fee\">Give the fee in pounds and pence", "value=\"twelve\"",
                "40 pages at 10p.");
        as("officer").get("/api/cases/" + reference).then().body("status", equalTo("OPEN"));
        dated(officer.form().formParam("form", "fees"), "fees-on", "20", "4", "2026").formParam("fees-fee", "4.00")
                .formParam("fees-calculation", "40 pages at 10p.").post("/dashboard/cases/" + reference + "/clock")
                .then().statusCode(303);
        as("officer").get("/api/cases/" + reference).then().body("status", equalTo("FEE_PENDING"));
        dated(officer.form().formParam("form", "paid"), "paid-on", "24", "4", "2026")
                .post("/dashboard/cases/" + reference + "/clock").then().statusCode(303);
        as("officer").get("/api/cases/" + reference).then().body("status", equalTo("OPEN"));
    }

    @Test
    void an_extension_after_the_due_date_is_refused_at_its_field_and_one_in_time_moves_the_date() throws Exception {
        String reference = DashboardPages.openCase(kafka, "The public interest in the tender?");
        DashboardPages.Session officer = DashboardPages.signIn("officer");
        String days = dated(officer.form().formParam("form", "extend"), "extend-on", "1", "5", "2026")
                .formParam("extend-days", "ten").formParam("extend-reason", "Weighing the public interest.")
                .post("/dashboard/cases/" + reference + "/clock").then().statusCode(400).extract().asString();
        assertThat(days).contains("href=\"#extend-days\">Give a whole number of 1 or more");
        String late = dated(officer.form().formParam("form", "extend"), "extend-on", "1", "6", "2026")
                .formParam("extend-days", "10").formParam("extend-reason", "Weighing the public interest.")
                .post("/dashboard/cases/" + reference + "/clock").then().statusCode(400).extract().asString();
        assertThat(late).contains("href=\"#extend-on-day\">An extension must be decided by the due date, Wednesday 13 May 2026",
                "id=\"extend-form\" open");
        as("officer").get("/api/cases/" + reference).then().body("dueDate", equalTo("2026-05-13"));

        dated(officer.form().formParam("form", "extend"), "extend-on", "1", "5", "2026").formParam("extend-days", "10")
                .formParam("extend-reason", "Weighing the public interest.")
                .post("/dashboard/cases/" + reference + "/clock").then().statusCode(303);
        as("officer").get("/api/cases/" + reference).then().body("dueDate", not(equalTo("2026-05-13")))
                .body("timeline.what", hasItem("Extended on Friday 1 May 2026 by 10 further working days (FOIA section 10(3))"));
    }

    @Test
    void the_regime_is_changed_with_a_reason_and_the_case_assigned() throws Exception {
        String reference = DashboardPages.openCase(kafka, "Air quality readings on Mill Lane?");
        DashboardPages.Session officer = DashboardPages.signIn("officer");
        String why = officer.form().formParam("regime-to", "EIR").formParam("regime-reason", " ")
                .post("/dashboard/cases/" + reference + "/regime").then().statusCode(400).extract().asString();
        assertThat(why).contains("href=\"#regime-reason\">Say why", "<option value=\"EIR\" selected>");
        officer.form().formParam("regime-to", "EIR").formParam("regime-reason", "Air quality is environmental.")
                .post("/dashboard/cases/" + reference + "/regime").then().statusCode(303);
        as("officer").get("/api/cases/" + reference).then().body("regime", equalTo("EIR"));
        // Under the EIR the extension is regulation 7's 40 working days: no number to give.
        assertThat(officer.spec().get("/dashboard/cases/" + reference).asString())
                .contains("Extend the time (EIR regulation 7(1))").doesNotContain("id=\"extend-days\"");

        String none = officer.form().formParam("assign-team", "").formParam("assign-officer", "")
                .post("/dashboard/cases/" + reference + "/assignment").then().statusCode(400).extract().asString();
        assertThat(none).contains("href=\"#assign-team\">Give the team, the officer or both");
        officer.form().formParam("assign-team", "Environment").formParam("assign-officer", "approver2")
                .post("/dashboard/cases/" + reference + "/assignment").then().statusCode(303);
        as("officer").get("/api/cases/" + reference).then().body("team", equalTo("Environment"))
                .body("assignee", equalTo("approver2"));
    }

    @Test
    void an_action_the_status_does_not_allow_is_refused_with_a_message() throws Exception {
        String reference = DashboardPages.openCase(kafka, "All the reports?");
        String refused = dated(DashboardPages.signIn("officer").form().formParam("form", "paid"), "paid-on", "20", "4",
                "2026").post("/dashboard/cases/" + reference + "/clock").then().statusCode(409).extract().asString();
        assertThat(refused).contains("govuk-error-summary", "This cannot be done while the case is open");
        as("officer").get("/api/cases/" + reference).then().body("status", equalTo("OPEN"));
    }

    @Test
    void an_action_without_its_csrf_token_or_from_an_account_without_the_role_changes_nothing() throws Exception {
        String reference = DashboardPages.openCase(kafka, "All the reports?");
        dated(DashboardPages.signIn("officer").spec().contentType("application/x-www-form-urlencoded")
                .formParam("form", "clarification").formParam("clarification-question", "Which?"),
                "clarification-on", "20", "4", "2026").post("/dashboard/cases/" + reference + "/clock").then()
                .statusCode(400);
        DashboardPages.signIn("officer").spec().contentType("application/x-www-form-urlencoded")
                .formParam("assign-team", "Forged").post("/dashboard/cases/" + reference + "/assignment").then()
                .statusCode(400);
        DashboardPages.Session auditor = DashboardPages.signIn("auditor");
        auditor.form().formParam("regime-to", "EIR").formParam("regime-reason", "Forged.")
                .post("/dashboard/cases/" + reference + "/regime").then().statusCode(403);
        auditor.form().formParam("assign-team", "Forged").post("/dashboard/cases/" + reference + "/assignment").then()
                .statusCode(403);
        as("officer").get("/api/cases/" + reference).then().body("status", equalTo("OPEN"))
                .body("regime", equalTo("FOIA")).body("team", not(equalTo("Forged")));
    }

    private static RequestSpecification dated(RequestSpecification form, String name, String day, String month,
            String year) {
        return form.formParam(name + "-day", day).formParam(name + "-month", month).formParam(name + "-year", year);
    }
}
