package org.foiplatform.assessment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foiplatform.assessment.infrastructure.TestAccounts.as;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.GoldenSamples;
import org.foiplatform.contracts.Topics;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The internal review on the case page: the original decision beside each question's finding and reasons; the
 * officers who drafted or approved the decision are told they may not review it and are refused (403); a finding
 * without reasons comes back at its field; a third officer decides it; without the CSRF token, or without the officer
 * role, nothing changes.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "assessment_test"))
class DashboardReviewTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void a_third_officer_decides_the_review_beside_the_original_decision() throws Exception {
        String reference = underReview();
        String drafter = DashboardPages.signIn("officer").spec().get("/dashboard/cases/" + reference).then()
                .statusCode(200).extract().asString();
        assertThat(drafter).contains("Internal review", "Question 1: the original decision", "47 potholes.",
                "Not held by street.", "You drafted the decision under review: another officer must review it")
                .doesNotContain("id=\"review-form\"");
        DashboardPages.Session approver = DashboardPages.signIn("approver");
        String barred = approver.form().formParam("finding-1", "UPHELD").formParam("reasons-1", "Right.")
                .formParam("finding-2", "UPHELD").formParam("reasons-2", "Right.")
                .post("/dashboard/cases/" + reference + "/review").then().statusCode(403).extract().asString();
        assertThat(barred).contains("You approved the decision under review: another officer must review it");

        DashboardPages.Session reviewer = DashboardPages.signIn("approver2");
        assertThat(reviewer.spec().get("/dashboard/cases/" + reference).asString()).contains("id=\"review-form\"",
                "name=\"finding-2\" type=\"radio\" value=\"PARTLY_OVERTURNED\"");
        String invalid = reviewer.form().formParam("finding-1", "UPHELD").formParam("reasons-1", "The figure is right.")
                .formParam("finding-2", "OVERTURNED").formParam("reasons-2", "")
                .post("/dashboard/cases/" + reference + "/review").then().statusCode(400).extract().asString();
        assertThat(invalid).contains("href=\"#reasons-2\">Say why", "value=\"UPHELD\" checked",
                "The figure is right.");
        as("officer").get("/api/cases/" + reference).then().body("status", equalTo("REVIEW_OPEN"));

        Response decided = reviewer.form().formParam("finding-1", "UPHELD")
                .formParam("reasons-1", "The figure is right.").formParam("finding-2", "OVERTURNED")
                .formParam("reasons-2", "Highways keep it by street.").post("/dashboard/cases/" + reference + "/review");
        assertThat(decided.statusCode()).isEqualTo(303);
        as("officer").get("/api/cases/" + reference).then().body("status", equalTo("REVIEW_DECIDED"))
                .body("review.outcome", equalTo("PARTLY_OVERTURNED")).body("review.reviewer", equalTo("approver2"));
        assertThat(reviewer.spec().get(decided.header("Location")).asString()).contains(
                "The internal review is decided", "Partly overturned, by approver2",
                "Overturned: Highways keep it by street.");
    }

    @Test
    void a_foia_review_is_given_40_working_days_once_with_a_reason() throws Exception {
        String reference = underReview();
        DashboardPages.Session officer = DashboardPages.signIn("approver2");
        String why = officer.form().formParam("review-reason", "").post("/dashboard/cases/" + reference
                + "/review/extension").then().statusCode(400).extract().asString();
        assertThat(why).contains("href=\"#review-reason\">Say why", "id=\"review-extension-form\" open");
        officer.form().formParam("review-reason", "The records are held off site.")
                .post("/dashboard/cases/" + reference + "/review/extension").then().statusCode(303);
        as("officer").get("/api/cases/" + reference).then().body("review.dueDate", equalTo("2026-07-20"));
        String again = officer.form().formParam("review-reason", "Still off site.")
                .post("/dashboard/cases/" + reference + "/review/extension").then().statusCode(400).extract()
                .asString();
        assertThat(again).contains("href=\"#review-reason\">The review is already due on");
    }

    @Test
    void a_review_form_without_its_csrf_token_or_from_an_account_without_the_role_changes_nothing()
            throws Exception {
        String reference = underReview();
        DashboardPages.signIn("approver2").spec().contentType("application/x-www-form-urlencoded")
                .formParam("finding-1", "UPHELD").formParam("reasons-1", "Right.").formParam("finding-2", "UPHELD")
                .formParam("reasons-2", "Right.").post("/dashboard/cases/" + reference + "/review").then()
                .statusCode(400);
        DashboardPages.signIn("auditor").form().formParam("finding-1", "UPHELD").formParam("reasons-1", "Right.")
                .formParam("finding-2", "UPHELD").formParam("reasons-2", "Right.")
                .post("/dashboard/cases/" + reference + "/review").then().statusCode(403);
        DashboardPages.signIn("auditor").form().formParam("review-reason", "Forged.")
                .post("/dashboard/cases/" + reference + "/review/extension").then().statusCode(403);
        as("officer").get("/api/cases/" + reference).then().body("status", equalTo("REVIEW_OPEN"))
                .body("review.dueDate", equalTo("2026-06-19"));
    }

    /** A case decided by officer, approved by approver, and then asked to be reviewed. */
    private String underReview() throws Exception {
        String reference = DashboardPages.openCase(kafka, "How many potholes were reported?",
                "How much did repairs cost on each street?");
        as("officer").body("""
                {"outcomes": [{"question": 1, "outcome": "INFORMATION_PROVIDED", "answer": "47 potholes."},
                              {"question": 2, "outcome": "NOT_HELD", "answer": "Not held by street."}]}
                """).post("/api/cases/" + reference + "/decision").then().statusCode(200);
        as("approver").body("{\"approve\": true}").post("/api/cases/" + reference + "/approval").then().statusCode(200);
        TopicReader.produce(kafka, Topics.INTAKE, reference, GoldenSamples.forReference(EventType.REVIEW_REQUESTED,
                reference, java.util.UUID.randomUUID()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("officer")
                .get("/api/cases/" + reference).then().body("status", equalTo("REVIEW_OPEN")));
        return reference;
    }
}
