package org.foiplatform.assessment.infrastructure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The catalogue of exemptions and the cost-limit calculator an officer decides with. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "assessment_test"))
class ExemptionsApiTest {

    private static RequestSpecification officer() {
        return given().auth().preemptive().basic("officer", "test-officer-pw");
    }

    @Test
    void an_officer_reads_the_exemptions_of_a_regime_with_what_citing_each_needs() {
        officer().get("/api/exemptions?regime=FOIA").then().statusCode(200)
                .body("regime", equalTo("FOIA"))
                .body("law", equalTo("Freedom of Information Act 2000"))
                .body("exemptions.find { it.provision == 'FOIA s.21' }.absolute", equalTo(true))
                .body("exemptions.find { it.provision == 'FOIA s.21' }.needs", contains("reason", "availableAt"))
                .body("exemptions.find { it.provision == 'FOIA s.43(2)' }.needs", contains("reason", "publicInterest"))
                .body("exemptions.find { it.provision == 'FOIA s.43(2)' }.harm", equalTo("PREJUDICE"))
                .body("costLimit.limitPounds", equalTo(450))
                .body("costLimit.limitHours", equalTo(18))
                .body("costLimit.activities", contains("DETERMINING", "LOCATING", "RETRIEVING", "EXTRACTING"));
        officer().get("/api/exemptions?regime=eir").then().statusCode(200)
                .body("count", equalTo(13))
                .body("exemptions.publicInterestTest", org.hamcrest.Matchers.everyItem(equalTo(true)))
                .body("costLimit", nullValue());
        officer().get("/api/exemptions?regime=FOISA").then().statusCode(200)
                .body("exemptions.provision", hasItem("FOISA s.25"))
                .body("costLimit.limitHours", equalTo(40));
    }

    @Test
    void a_regime_that_is_missing_or_unknown_is_a_problem_naming_it() {
        for (String query : new String[] { "", "?regime=", "?regime=GDPR", "?regime=SAR" }) {
            officer().get("/api/exemptions" + query).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", contains("regime"));
        }
    }

    @Test
    void the_catalogue_and_the_calculator_need_the_officer_role() {
        given().get("/api/exemptions?regime=FOIA").then().statusCode(401);
        given().auth().preemptive().basic("auditor", "test-auditor-pw").get("/api/exemptions?regime=FOIA").then()
                .statusCode(403);
        given().auth().preemptive().basic("auditor", "test-auditor-pw").contentType(ContentType.JSON)
                .body("{\"regime\": \"FOIA\", \"items\": []}").post("/api/cost-estimates").then().statusCode(403);
    }

    @Test
    void an_estimate_is_worked_out_against_the_limit_of_the_regime() {
        // The seed letter's refusal: 13,000 records at 2 minutes each, far beyond 18 hours (£450).
        officer().contentType(ContentType.JSON).body("""
                {"regime": "FOIA", "items": [
                  {"activity": "LOCATING", "units": 120, "minutesPerUnit": 3, "explanation": "Find each file"},
                  {"activity": "EXTRACTING", "units": 13000, "minutesPerUnit": 2, "explanation": "Read each record"}
                ]}""").post("/api/cost-estimates").then().statusCode(200)
                .body("minutes", equalTo(26360))
                .body("hours", equalTo(439.33f))
                .body("costPounds", equalTo(10983.33f))
                .body("limitPounds", equalTo(450))
                .body("exceedsLimit", equalTo(true));
        officer().contentType(ContentType.JSON).body("""
                {"regime": "FOIA", "items": [
                  {"activity": "LOCATING", "units": 18, "minutesPerUnit": 60, "explanation": "Exactly 18 hours"}
                ]}""").post("/api/cost-estimates").then().statusCode(200)
                .body("costPounds", equalTo(450.0f))
                .body("exceedsLimit", equalTo(false));
    }

    @Test
    void an_estimate_the_regulations_do_not_allow_is_a_problem_naming_each_field() {
        // FOISA does not count deciding whether the information is held.
        officer().contentType(ContentType.JSON).body("""
                {"regime": "FOISA", "items": [
                  {"activity": "DETERMINING", "units": 10, "minutesPerUnit": 5, "explanation": "Ask the team"},
                  {"activity": "LOCATING", "units": 0, "minutesPerUnit": 5, "explanation": ""}
                ]}""").post("/api/cost-estimates").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("items[0].activity", "items[1].units", "items[1].explanation"));
        officer().contentType(ContentType.JSON).body("""
                {"regime": "FOIA", "items": [{"activity": "GUESSING", "units": 1, "minutesPerUnit": 1,
                  "explanation": "x"}]}""").post("/api/cost-estimates").then().statusCode(400)
                .body("errors.field", contains("items[0].activity"));
        // The EIR have no cost limit: a burdensome request is manifestly unreasonable.
        officer().contentType(ContentType.JSON).body("""
                {"regime": "EIR", "items": [{"activity": "LOCATING", "units": 1, "minutesPerUnit": 1,
                  "explanation": "x"}]}""").post("/api/cost-estimates").then().statusCode(400)
                .body("errors.field", contains("regime"))
                .body("errors[0].reason", org.hamcrest.Matchers.containsString("12(4)(b)"));
    }
}
