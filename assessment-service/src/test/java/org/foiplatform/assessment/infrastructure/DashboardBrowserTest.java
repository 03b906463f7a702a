package org.foiplatform.assessment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foiplatform.assessment.infrastructure.TestAccounts.as;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;

import org.foiplatform.localstack.testsupport.HeadlessBrowsers;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The officer dashboard in a real browser (Debian's headless Chromium, driven by Selenium), as
 * {@link CalculatorBrowserTest}: the same FOI_CHROMIUM, FOI_CHROMEDRIVER and FOI_AXE_JS, skipped the same way with
 * FOI_SKIP_BROWSER_TESTS=true. An officer signs in, finds a case in the queue, drafts a decision; an approver signs
 * in and approves it. The statistics, for officers and for the public. axe-core checks every page (no serious or
 * critical violation); screenshots of the sign-in page, the queue and the statistics go to
 * docs/screenshots/dashboard-*.png (and statistics-public.png); {@link DashboardCaseBrowserTest} takes the case page's.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "assessment_test"))
class DashboardBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private static final HeadlessBrowsers BROWSERS = new HeadlessBrowsers(HeadlessBrowsers.module());

    private static String skipped;
    private static WebDriver browser;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @TestHTTPResource("/dashboard")
    URL dashboard;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (BROWSERS.available()) {
            browser = BROWSERS.start(false);
        }
    }

    @BeforeEach
    void skipWithoutABrowser() {
        assumeTrue(BROWSERS.skipped() == null, () -> "FOI_SKIP_BROWSER_TESTS=true: " + BROWSERS.skipped());
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        BROWSERS.stopAll();
        browser = null;
    }

    @Test
    void an_officer_drafts_a_decision_found_in_the_queue_and_an_approver_approves_it() throws Exception {
        String reference = DashboardPages.openCase(kafka, "How many street lights were repaired in 2025?",
                "How many complaints about street lights did the council receive?");
        as("officer").body("{\"officer\": \"officer\"}").post("/api/cases/" + reference + "/assignment").then()
                .statusCode(200);

        // Not signed in: the sign-in page. A wrong password first.
        browser.manage().deleteAllCookies();
        browser.get(dashboard.toString());
        assertThat(browser.getTitle()).isEqualTo("Sign in – Information requests – Example City Council");
        assertAxeClean(browser, "the sign-in page");
        screenshot(browser, "dashboard-sign-in.png");
        signIn("officer", "not-the-password");
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.titleContains("Error:"));
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("There is a problem");
        assertAxeClean(browser, "the sign-in page with an error");

        // The officer signs in and finds the case in their queue: "my cases", words of a question, the newest first.
        signIn("officer", "test-officer-pw");
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.titleContains("Cases"));
        browser.findElement(By.cssSelector("label[for='mine']")).click();
        browser.findElement(By.id("q")).sendKeys("street light");
        browser.findElement(By.xpath("//button[normalize-space()='Apply filters']")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("mine=yes"));
        assertThat(browser.findElement(By.id("queue")).getText()).contains(reference, "Overdue");
        browser.findElement(By.id("sort-received")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("sort=-received"));
        assertThat(browser.findElement(By.xpath("//th[@aria-sort='descending']")).getText()).startsWith("Received");
        assertThat(browser.findElement(By.id("queue")).getText()).contains(reference);
        assertAxeClean(browser, "the queue");
        screenshot(browser, "dashboard-queue.png");

        // The case page: each question decided, submitted for approval.
        browser.findElement(By.linkText(reference)).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.titleContains(reference));
        assertAxeClean(browser, "the case page");
        new Select(browser.findElement(By.id("outcome-1"))).selectByValue("INFORMATION_PROVIDED");
        browser.findElement(By.id("answer-1")).sendKeys("We repaired 1,204 street lights in 2025.");
        new Select(browser.findElement(By.id("outcome-2"))).selectByValue("NOT_HELD");
        browser.findElement(By.id("answer-2")).sendKeys("We do not record complaints about street lights apart.");
        browser.findElement(By.xpath("//button[normalize-space()='Submit for approval']")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Awaiting approval");
        assertAxeClean(browser, "the case page after submitting");
        browser.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("signed-out"));
        assertAxeClean(browser, "the signed-out page");

        // An account without the officer role sees that it has no access.
        signIn("auditor", "test-auditor-pw");
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.titleContains("You do not have access"));
        assertAxeClean(browser, "the no-access page");
        browser.manage().deleteAllCookies();

        // The approver follows a link to the case, signs in, and is taken back to it.
        browser.get(dashboard.toString() + "/cases/" + reference);
        assertThat(browser.getTitle()).startsWith("Sign in");
        signIn("approver", "test-approver-pw");
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.titleContains(reference));
        assertAxeClean(browser, "the case page for the approver");
        browser.findElement(By.xpath("//button[normalize-space()='Approve the decision']")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(browser.findElement(By.id("notice")).getText()).contains("The decision is approved");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Decision approved");
        assertAxeClean(browser, "the approved case");
    }

    @Test
    void the_statistics_pages_show_charts_with_tables_and_pass_axe() throws Exception {
        // Requests received on 14 April 2026 (the golden sample's date), one answered late, so April has figures.
        String answered = DashboardPages.openCase(kafka, "How many parking permits were issued in 2025?");
        DashboardPages.openCase(kafka, "How many parking fines were cancelled in 2025?");
        as("officer").body("""
                {"outcomes": [{"question": 1, "outcome": "INFORMATION_PROVIDED", "answer": "3,112."}]}
                """).post("/api/cases/" + answered + "/decision").then().statusCode(200);
        as("approver").body("{\"approve\": true}").post("/api/cases/" + answered + "/approval").then().statusCode(200);
        String quarter = "?from=2026-04-01&to=2026-06-30";

        browser.manage().deleteAllCookies();
        browser.get(dashboard.toString() + "/statistics" + quarter);
        assertThat(browser.getTitle()).startsWith("Sign in");
        signIn("officer", "test-officer-pw");
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.titleContains("Statistics"));
        assertThat(browser.findElement(By.id("period")).getText()).isEqualTo("April to June 2026");
        assertThat(browser.findElements(By.cssSelector("svg.statistics-chart__svg"))).hasSize(3);
        assertThat(browser.findElement(By.id("received-table")).getText()).contains("April 2026");
        assertAxeClean(browser, "the officers' statistics");
        screenshot(browser, "dashboard-statistics.png");

        // A period that is not a date: the error summary links to the field.
        browser.findElement(By.cssSelector(".govuk-details__summary")).click();
        browser.findElement(By.id("from-day")).clear();
        browser.findElement(By.id("from-day")).sendKeys("31");
        browser.findElement(By.id("from-month")).clear();
        browser.findElement(By.id("from-month")).sendKeys("2");
        browser.findElement(By.xpath("//button[normalize-space()='Show the figures']")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.titleContains("Error:"));
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("The start date must be a real date");
        assertAxeClean(browser, "the officers' statistics with an error");
        browser.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("signed-out"));

        // The public page, without signing in.
        browser.get(dashboard.toString().replace("/dashboard", "/statistics") + quarter);
        assertThat(browser.getTitle()).startsWith("Information request statistics");
        assertThat(browser.findElement(By.id("figure-received")).getText()).isNotBlank();
        assertAxeClean(browser, "the public statistics");
        screenshot(browser, "statistics-public.png");
    }

    private void signIn(String username, String password) {
        if (!browser.getCurrentUrl().contains("/dashboard/sign-in")) {
            browser.get(dashboard.toString() + "/sign-in");
        }
        browser.findElement(By.id("username")).clear();
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.xpath("//button[normalize-space()='Sign in']")).click();
    }

    // axe-core

    private static void assertAxeClean(WebDriver driver, String what) {
        BROWSERS.assertAxeClean(driver, what);
    }

    // The browser

    private static void screenshot(WebDriver driver, String name) throws IOException {
        BROWSERS.screenshot(driver, name);
    }

}
