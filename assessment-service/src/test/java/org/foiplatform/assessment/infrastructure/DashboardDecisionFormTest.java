package org.foiplatform.assessment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foiplatform.assessment.infrastructure.TestAccounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

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
 * The case page's decision form without JavaScript: exemptions picked from the catalogue (absolute or qualified),
 * more than one a question, each asking for the fields it needs; the cost estimator's lines worked out against the
 * limit; the rules' problems shown at the right field; "Add" and "Work out the total" keep what was typed and store
 * nothing; a form without its CSRF token or from an account without the officer role changes nothing.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "assessment_test"))
class DashboardDecisionFormTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void the_picker_groups_the_catalogue_and_another_exemption_is_added_keeping_what_was_typed() throws Exception {
        String reference = DashboardPages.openCase(kafka, "What are the contract's prices?");
        DashboardPages.Session officer = DashboardPages.signIn("officer");
        String page = officer.spec().get("/dashboard/cases/" + reference).then().statusCode(200).extract().asString();
        assertThat(page).contains("<optgroup label=\"Absolute: no public interest test\">",
                "<optgroup label=\"Qualified: needs the public interest test\">",
                "<option value=\"FOIA s.21\">FOIA s.21: Information accessible to the applicant by other means"
                        + " (absolute)</option>",
                "<option value=\"FOIA s.43(2)\">FOIA s.43(2): Commercial interests (qualified)</option>",
                "id=\"provision-1-0\"", "id=\"activity-1-0\"")
                .doesNotContain("EIR 12(5)(e)", "id=\"provision-1-1\"");

        String added = officer.form().formParam("action", "add-exemption-1").formParam("outcome-1", "PARTLY_PROVIDED")
                .formParam("answer-1", "Some prices <b>withheld</b>.").formParam("provision-1-0", "FOIA s.43(2)")
                .formParam("reason-1-0", "Would prejudice the supplier's position.")
                .post("/dashboard/cases/" + reference + "/decision").then().statusCode(200).extract().asString();
        assertThat(added).contains("id=\"provision-1-1\"", "<option value=\"FOIA s.43(2)\" selected>",
                "Some prices &lt;b&gt;withheld&lt;/b&gt;.", "Would prejudice the supplier&#39;s position.",
                "Qualified: the public interest test applies", "id=\"piFor-1-0\"")
                // s.43(2) is not s.21: where the information is is not asked for.
                .doesNotContain("id=\"availableAt-1-0\"").doesNotContain("govuk-error-summary");
        as("officer").get("/api/cases/" + reference).then().body("status", equalTo("OPEN"))
                .body("questions[0].outcome", nullValue());
    }

    @Test
    void each_exemption_asks_for_what_it_needs_and_the_errors_point_at_its_fields() throws Exception {
        String reference = DashboardPages.openCase(kafka, "What are the contract's prices?");
        DashboardPages.Session officer = DashboardPages.signIn("officer");
        String invalid = officer.form().formParam("action", "submit").formParam("outcome-1", "EXEMPT")
                .formParam("answer-1", "Withheld.").formParam("provision-1-0", "FOIA s.43(2)")
                .formParam("reason-1-0", "Commercially sensitive.").formParam("provision-1-1", "")
                .formParam("provision-1-2", "FOIA s.21").formParam("reason-1-2", "Published already.")
                .formParam("piFor-1-2", "Transparency.")
                .post("/dashboard/cases/" + reference + "/decision").then().statusCode(400).extract().asString();
        assertThat(invalid).contains("govuk-error-summary",
                // The qualified exemption without its public interest test; the empty row between is left out.
                "href=\"#piFor-1-0\">Question 1: FOIA s.43(2) is a qualified exemption: give the public interest",
                // The absolute one: where the information is, and no public interest test.
                "href=\"#availableAt-1-2\">Question 1: Say where the requester can find the information",
                "href=\"#piFor-1-2\">Question 1: FOIA s.21 is absolute: no public interest test applies",
                "id=\"piFor-1-2-error\"", "Absolute: no public interest test");
        as("officer").get("/api/cases/" + reference).then().body("status", equalTo("OPEN"));

        // Withheld under an exemption but none cited: the error points at the first picker.
        String none = officer.form().formParam("action", "submit").formParam("outcome-1", "EXEMPT")
                .formParam("answer-1", "Withheld.").formParam("provision-1-0", "")
                .post("/dashboard/cases/" + reference + "/decision").then().statusCode(400).extract().asString();
        assertThat(none).contains("href=\"#provision-1-0\">Question 1: Cite the exemption that withholds");
    }

    @Test
    void the_total_is_worked_out_against_the_limit_and_a_line_the_regulations_do_not_allow_is_named()
            throws Exception {
        String reference = DashboardPages.openCase(kafka, "Every email about parking since 2010?");
        DashboardPages.Session officer = DashboardPages.signIn("officer");
        String more = costLine(officer.form().formParam("action", "add-cost-1"), "1-0", "LOCATING", "400", "3",
                "400 mailboxes searched.").post("/dashboard/cases/" + reference + "/decision").then().statusCode(200)
                .extract().asString();
        assertThat(more).contains("id=\"activity-1-1\"", "400 mailboxes searched.",
                "<option value=\"LOCATING\" selected>Locating the information</option>")
                // FOIA counts four activities; providing the information is FOISA's.
                .doesNotContain("value=\"PROVIDING\"");

        String total = costLine(costLine(officer.form().formParam("action", "total"), "1-0", "LOCATING", "400", "3",
                "400 mailboxes searched."), "1-1", "EXTRACTING", "1000", "0.3", "Reading each email.")
                .post("/dashboard/cases/" + reference + "/decision").then().statusCode(200).extract().asString();
        // 1,200 + 300 minutes: 25 hours at £25 an hour, over the 18 hours (£450).
        assertThat(total).contains("id=\"total-1\"", "25 hours (£625.00)", "18 hours (£450.00)", "Over the limit",
                "class=\"dashboard-cost-chart\"", "width=\"100\"", "width=\"72\"");

        String refused = costLine(officer.form().formParam("action", "total"), "1-0", "PROVIDING", "10", "", "")
                .post("/dashboard/cases/" + reference + "/decision").then().statusCode(400).extract().asString();
        assertThat(refused).contains("href=\"#activity-1-0\">FOIA does not let PROVIDING be counted",
                "href=\"#minutes-1-0\">Give the minutes each unit takes", "href=\"#explanation-1-0\">");

        // A refusal on cost needs advice (s.16) and an estimate over the limit.
        String under = costLine(officer.form().formParam("action", "submit").formParam("outcome-1", "COST_LIMIT")
                .formParam("answer-1", "Refused on cost."), "1-0", "LOCATING", "10", "3", "Ten files.")
                .post("/dashboard/cases/" + reference + "/decision").then().statusCode(400).extract().asString();
        assertThat(under).contains("href=\"#advice-1\">Question 1: Advise the requester how to narrow",
                "href=\"#activity-1-0\">Question 1: The estimate comes to 0.5 hours", "Within the limit");
        as("officer").get("/api/cases/" + reference).then().body("status", equalTo("OPEN"));
    }

    @Test
    void three_questions_decided_three_ways_are_stored_and_shown_again_as_the_draft() throws Exception {
        String reference = DashboardPages.openCase(kafka, "How many bins were emptied?",
                "Where is the waste strategy?", "Every email about bins since 2010?");
        DashboardPages.Session officer = DashboardPages.signIn("officer");
        Response submitted = costLine(officer.form().formParam("action", "submit")
                .formParam("outcome-1", "INFORMATION_PROVIDED").formParam("answer-1", "1.2 million.")
                .formParam("outcome-2", "EXEMPT").formParam("answer-2", "It is published.")
                .formParam("provision-2-0", "FOIA s.21").formParam("reason-2-0", "Reasonably accessible.")
                .formParam("availableAt-2-0", "https://example.gov.uk/waste-strategy")
                .formParam("outcome-3", "COST_LIMIT").formParam("answer-3", "Refused on cost.")
                .formParam("advice-3", "Ask for one year."), "3-0", "LOCATING", "500", "3", "500 mailboxes.")
                .post("/dashboard/cases/" + reference + "/decision");
        assertThat(submitted.statusCode()).as(submitted.asString()).isEqualTo(303);
        as("officer").get("/api/cases/" + reference).then().body("status", equalTo("AWAITING_APPROVAL"))
                .body("questions[1].exemptions[0].provision", equalTo("FOIA s.21"))
                .body("questions[1].exemptions[0].availableAt", equalTo("https://example.gov.uk/waste-strategy"))
                .body("questions[2].costEstimate.hours", equalTo(25))
                .body("questions[2].advice", equalTo("Ask for one year."));

        String draft = officer.spec().get("/dashboard/cases/" + reference).then().statusCode(200).extract()
                .asString();
        assertThat(draft).contains("<option value=\"FOIA s.21\" selected>",
                "value=\"https://example.gov.uk/waste-strategy\"", "<option value=\"LOCATING\" selected>",
                "25 hours (£625.00)", "Over the limit");
    }

    @Test
    void a_decision_form_without_its_csrf_token_or_from_an_account_without_the_role_changes_nothing()
            throws Exception {
        String reference = DashboardPages.openCase(kafka, "How many bins were emptied?");
        DashboardPages.Session officer = DashboardPages.signIn("officer");
        officer.spec().contentType("application/x-www-form-urlencoded").formParam("action", "submit")
                .formParam("outcome-1", "INFORMATION_PROVIDED").formParam("answer-1", "1.2 million.")
                .post("/dashboard/cases/" + reference + "/decision").then().statusCode(400);
        String refused = DashboardPages.signIn("auditor").form().formParam("action", "submit")
                .formParam("outcome-1", "INFORMATION_PROVIDED").formParam("answer-1", "1.2 million.")
                .post("/dashboard/cases/" + reference + "/decision").then().statusCode(403).extract().asString();
        assertThat(refused).contains("You do not have access to this");
        as("officer").get("/api/cases/" + reference).then().body("status", equalTo("OPEN"));
    }

    /** Fills cost line {@code id} ("question-line", e.g. "1-0"). */
    private static RequestSpecification costLine(RequestSpecification form, String id, String activity, String units,
            String minutes, String explanation) {
        return form.formParam("activity-" + id, activity).formParam("units-" + id, units)
                .formParam("minutes-" + id, minutes).formParam("explanation-" + id, explanation);
    }
}
