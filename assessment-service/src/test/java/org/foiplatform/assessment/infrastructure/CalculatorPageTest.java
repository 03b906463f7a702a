package org.foiplatform.assessment.infrastructure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The calculator page: a GET form that works without JavaScript, with the answer and its reasons as a list. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "assessment_test"))
class CalculatorPageTest {

    @Test
    void the_empty_form_is_a_council_page_not_a_gov_uk_one() {
        given().get("/calendar/deadline").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<title>Work out a response deadline – Example City Council</title>"))
                .body(containsString("<html lang=\"en-GB\" class=\"govuk-template\">"))
                .body(containsString("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css"))
                .body(containsString("for=\"received-day\""))
                .body(not(containsString("govuk-header__logotype")))
                .body(not(containsString("GOV.UK</")));
    }

    @Test
    void a_date_gives_the_deadline_and_every_day_left_out() {
        given().queryParam("regime", "FOIA").queryParam("received-day", "12").queryParam("received-month", "3")
                .queryParam("received-year", "2026")
                .get("/calendar/deadline").then().statusCode(200)
                .body(containsString("<p class=\"deadline-answer\">Tuesday 14 April 2026</p>"))
                .body(containsString("Tuesday 17 March 2026: bank holiday, St Patrick’s Day (Northern Ireland)"))
                .body(containsString("Monday 6 April 2026: bank holiday, Easter Monday (England and Wales, Northern Ireland)"))
                .body(containsString("Saturday 14 March 2026: weekend"));
        given().queryParam("regime", "FOISA").queryParam("received-day", "12").queryParam("received-month", "3")
                .queryParam("received-year", "2026")
                .get("/calendar/deadline").then().statusCode(200)
                .body(containsString("<p class=\"deadline-answer\">Friday 10 April 2026</p>"));
    }

    @Test
    void mistakes_are_listed_and_shown_on_each_field_with_status_400() {
        given().queryParam("regime", "").queryParam("received-day", "30").queryParam("received-month", "2")
                .queryParam("received-year", "2026")
                .get("/calendar/deadline").then().statusCode(400)
                .body(containsString("<title>Error: Work out a response deadline"))
                .body(containsString("There is a problem"))
                .body(containsString("<a href=\"#received-day\">Enter a real date"))
                .body(containsString("<a href=\"#regime-FOIA\">Choose the law"))
                .body(containsString("id=\"received-error\""));
        given().queryParam("received-day", "12").queryParam("received-month", "3").queryParam("received-year", "2026")
                .get("/calendar/deadline").then().statusCode(400)
                .body(containsString("<a href=\"#regime-FOIA\">Choose the law"));
        given().queryParam("regime", "FOIA").queryParam("received-day", "3").queryParam("received-month", "1")
                .queryParam("received-year", "2031")
                .get("/calendar/deadline").then().statusCode(400)
                .body(containsString("The bank-holiday calendar covers 2023 to 2028"));
    }

    @Test
    void what_a_visitor_types_is_escaped() {
        given().queryParam("regime", "FOIA").queryParam("received-day", "<b>x</b>").queryParam("received-month", "3")
                .queryParam("received-year", "2026")
                .get("/calendar/deadline").then().statusCode(400)
                .body(not(containsString("<b>x</b>")))
                .body(containsString("&lt;b&gt;x&lt;/b&gt;"));
    }

    @Test
    void one_address_asking_too_often_is_told_to_wait_and_others_are_not() {
        String address = "203.0.113." + (1 + new java.util.Random().nextInt(250));
        // 300 a minute, refilled steadily: the first 300 pass at once, and a few more while they run.
        int answered = 0;
        io.restassured.response.Response refused = null;
        while (refused == null && answered < 400) {
            io.restassured.response.Response r = given().header("X-Forwarded-For", address).queryParam("regime", "FOIA")
                    .queryParam("received", "2026-03-12").get(answered % 2 == 0 ? "/api/calendar/deadline" : "/calendar/deadline");
            if (r.statusCode() == 429) {
                refused = r;
            } else {
                org.assertj.core.api.Assertions.assertThat(r.statusCode()).isIn(200, 400);
                answered++;
            }
        }
        org.assertj.core.api.Assertions.assertThat(answered).isBetween(300, 399);
        refused.then().contentType("application/problem+json").header("Retry-After", notNullValue());
        given().header("X-Forwarded-For", "198.51.100.7").get("/calendar/deadline").then().statusCode(200);
    }

    @Test
    void the_public_pages_link_to_the_calculator_and_the_published_statistics() {
        for (String page : new String[] {"/calendar/deadline", "/statistics"}) {
            given().get(page).then().statusCode(200)
                    .body(containsString("href=\"/calendar/deadline\">Deadline calculator</a>"))
                    .body(containsString("href=\"/statistics\">Statistics</a>"));
        }
    }
}
