package org.foiplatform.assessment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foiplatform.assessment.infrastructure.TestAccounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.GoldenSamples;
import org.foiplatform.contracts.Topics;

import org.foiplatform.localstack.testsupport.HeadlessBrowsers;
import org.foiplatform.localstack.testsupport.JwtKeys;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
 * The case page in a real browser (headless Chromium, as {@link DashboardBrowserTest}), the letter preview from
 * {@link StandInResponseService}. With the page's scripts off, the exemption picker asks for what a qualified exemption
 * needs, rows are added keeping what was typed, and a submission's errors link to their fields. With them on (axe-core
 * cannot check the sandboxed preview frame with scripts off): an officer finds the case in the queue and decides three
 * questions three ways (provided; withheld under FOIA s.21 with a link, picked from the catalogue; refused on cost with two cost
 * lines worked out over the limit and advice), previews the letter with its findings and submits it; an approver
 * previews and approves it and the page shows the decision approved; a third officer decides an internal review beside
 * the original decision. axe-core checks every page visited; the
 * screenshot docs/screenshots/dashboard-case.png is the case page with the preview.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "assessment_test"))
@WithTestResource(JwtKeys.class)
@WithTestResource(StandInResponseService.class)
class DashboardCaseBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final HeadlessBrowsers BROWSERS = new HeadlessBrowsers(HeadlessBrowsers.module());

    private static WebDriver browser;
    /** The same, with the page's scripts off. */
    private static WebDriver noScripts;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @TestHTTPResource("/dashboard")
    URL dashboard;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (BROWSERS.available()) {
            browser = BROWSERS.start(false);
            noScripts = BROWSERS.start(true);
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
        noScripts = null;
    }

    @Test
    void the_picker_and_the_estimator_work_without_javascript_and_errors_point_at_their_fields() throws Exception {
        String reference = DashboardPages.openCase(kafka, "What are the prices in the waste contract?",
                "Every email about bin collections since 2010.");
        WebDriver page = noScripts;
        page.manage().deleteAllCookies();
        page.get(dashboard.toString() + "/cases/" + reference);
        signIn(page, "officer", "test-officer-pw");
        waitForTitle(page, reference);

        // A qualified exemption: after "Show the fields it needs" the public interest test is asked for; another row.
        new Select(page.findElement(By.id("outcome-1"))).selectByValue("PARTLY_PROVIDED");
        page.findElement(By.id("answer-1")).sendKeys("The total is £2.1 million; the unit prices are withheld.");
        summary(page, "Exemptions cited for question 1").click();
        new Select(page.findElement(By.id("provision-1-0"))).selectByValue("FOIA s.43(2)");
        press(page, "refresh");
        waitFor(page, "piFor-1-0");
        assertThat(page.findElements(By.id("availableAt-1-0"))).as("s.43(2) does not say where it is").isEmpty();
        assertThat(page.findElements(By.cssSelector("#provision-1-0 optgroup")).stream()
                .map(g -> g.getAttribute("label")).toList())
                .containsExactly("Absolute: no public interest test", "Qualified: needs the public interest test");
        page.findElement(By.id("reason-1-0")).sendKeys("It would prejudice the supplier's next tender.");
        press(page, "add-exemption-1");
        waitFor(page, "provision-1-1");
        assertThat(page.findElement(By.id("reason-1-0")).getAttribute("value"))
                .isEqualTo("It would prejudice the supplier's next tender.");

        // A refusal on cost under the limit, without advice.
        new Select(page.findElement(By.id("outcome-2"))).selectByValue("COST_LIMIT");
        page.findElement(By.id("answer-2")).sendKeys("Refused on cost.");
        summary(page, "Cost estimate for question 2").click();
        new Select(page.findElement(By.id("activity-2-0"))).selectByValue("LOCATING");
        page.findElement(By.id("units-2-0")).sendKeys("10");
        page.findElement(By.id("minutes-2-0")).sendKeys("3");
        page.findElement(By.id("explanation-2-0")).sendKeys("Ten mailboxes.");
        press(page, "submit");
        waitForTitle(page, "Error:");
        String errors = page.findElement(By.cssSelector(".govuk-error-summary")).getText();
        assertThat(errors).contains("Question 1: FOIA s.43(2) is a qualified exemption",
                "Question 2: Advise the requester how to narrow", "Question 2: The estimate comes to 0.5 hours");
        assertThat(page.findElement(By.id("total-2")).getText()).contains("Within the limit");
        page.findElement(By.cssSelector(".govuk-error-summary a[href='#advice-2']")).click();
        assertThat(page.switchTo().activeElement().getAttribute("id")).isEqualTo("advice-2");
        BROWSERS.assertAxeClean(page, "the case page with errors, scripts off");
        as("officer").get("/api/cases/" + reference).then().body("status", equalTo("OPEN"));

        // A clock action: an extension without the number of days comes back open, with the error.
        summary(page, "Extend the time").click();
        page.findElement(By.id("extend-reason")).sendKeys("Weighing the public interest in the prices.");
        WebElement before = page.findElement(By.tagName("html"));
        page.findElement(By.xpath("//button[normalize-space()='Extend the time']")).click();
        // The page before already had "Error:" in its title: wait for the new page first.
        new WebDriverWait(page, WAIT).until(ExpectedConditions.stalenessOf(before));
        waitForTitle(page, "Error:");
        assertThat(page.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Give a whole number of 1 or more");
        assertThat(page.findElement(By.id("extend-reason")).getAttribute("value"))
                .isEqualTo("Weighing the public interest in the prices.");
        BROWSERS.assertAxeClean(page, "the case page with a clock action's error, scripts off");
    }

    @Test
    void a_third_officer_decides_the_internal_review_beside_the_original_decision() throws Exception {
        String reference = DashboardPages.openCase(kafka, "How many potholes were reported?");
        as("officer").body("""
                {"outcomes": [{"question": 1, "outcome": "INFORMATION_PROVIDED", "answer": "47 potholes."}]}
                """).post("/api/cases/" + reference + "/decision").then().statusCode(200);
        as("approver").body("{\"approve\": true}").post("/api/cases/" + reference + "/approval").then()
                .statusCode(200);
        TopicReader.produce(kafka, Topics.INTAKE, reference, GoldenSamples.forReference(EventType.REVIEW_REQUESTED,
                reference, UUID.randomUUID()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("officer")
                .get("/api/cases/" + reference).then().body("status", equalTo("REVIEW_OPEN")));

        browser.manage().deleteAllCookies();
        browser.get(dashboard.toString() + "/cases/" + reference);
        signIn("approver2", "test-approver2-pw");
        waitForTitle(reference);
        assertThat(browser.findElement(By.id("review")).getText()).contains("Question 1: the original decision",
                "47 potholes.", "Review due");
        BROWSERS.assertAxeClean(browser, "the case page with the review open");
        browser.findElement(By.cssSelector("label[for='finding-1-OVERTURNED']")).click();
        browser.findElement(By.id("reasons-1")).sendKeys("The count missed the reports made by telephone.");
        browser.findElement(By.xpath("//button[normalize-space()='Decide the review']")).click();
        waitFor("notice");
        assertThat(browser.findElement(By.id("review-outcome")).getText()).startsWith("Overturned, by approver2");
        BROWSERS.assertAxeClean(browser, "the case page with the review decided");
        browser.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("signed-out"));
    }

    @Test
    void three_questions_decided_three_ways_previewed_submitted_and_approved_without_javascript() throws Exception {
        String reference = DashboardPages.openCase(kafka, "How many bins did the council empty in 2025?",
                "Where is the council's waste strategy?", "Every email about bin collections since 2010.");
        as("officer").body("{\"officer\": \"officer\"}").post("/api/cases/" + reference + "/assignment").then()
                .statusCode(200);

        browser.manage().deleteAllCookies();
        browser.get(dashboard.toString());
        signIn("officer", "test-officer-pw");
        waitForTitle("Cases");
        browser.findElement(By.cssSelector("label[for='mine']")).click();
        browser.findElement(By.xpath("//button[normalize-space()='Apply filters']")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("mine=yes"));
        browser.findElement(By.linkText(reference)).click();
        waitForTitle(reference);
        BROWSERS.assertAxeClean(browser, "the case page");

        // Question 1: provided.
        new Select(browser.findElement(By.id("outcome-1"))).selectByValue("INFORMATION_PROVIDED");
        browser.findElement(By.id("answer-1")).sendKeys("We emptied 1.2 million bins in 2025.");
        // Question 2: withheld under s.21, picked from the catalogue; the page then asks for what s.21 needs.
        new Select(browser.findElement(By.id("outcome-2"))).selectByValue("EXEMPT");
        browser.findElement(By.id("answer-2")).sendKeys("The strategy is already published.");
        summary("Exemptions cited for question 2").click();
        new Select(browser.findElement(By.id("provision-2-0"))).selectByValue("FOIA s.21");
        press("refresh");
        waitFor("reason-2-0");
        assertThat(browser.findElement(By.id("availableAt-2-0")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.id("piFor-2-0"))).as("no public interest test for s.21").isEmpty();
        assertThat(browser.findElement(By.id("answer-1")).getAttribute("value"))
                .isEqualTo("We emptied 1.2 million bins in 2025.");
        browser.findElement(By.id("reason-2-0")).sendKeys("It is reasonably accessible to the requester.");
        browser.findElement(By.id("availableAt-2-0")).sendKeys("https://example.gov.uk/waste-strategy");
        // Question 3: refused on cost, two lines worked out over the limit, with advice.
        new Select(browser.findElement(By.id("outcome-3"))).selectByValue("COST_LIMIT");
        browser.findElement(By.id("answer-3")).sendKeys("Finding every email would cost more than the limit.");
        browser.findElement(By.id("advice-3")).sendKeys("Ask for the emails of one year, from one team.");
        summary("Cost estimate for question 3").click();
        new Select(browser.findElement(By.id("activity-3-0"))).selectByValue("LOCATING");
        browser.findElement(By.id("units-3-0")).sendKeys("400");
        browser.findElement(By.id("minutes-3-0")).sendKeys("3");
        browser.findElement(By.id("explanation-3-0")).sendKeys("400 mailboxes searched, 3 minutes each.");
        press("add-cost-3");
        waitFor("activity-3-1");
        new Select(browser.findElement(By.id("activity-3-1"))).selectByValue("EXTRACTING");
        browser.findElement(By.id("units-3-1")).sendKeys("1000");
        browser.findElement(By.id("minutes-3-1")).sendKeys("0.3");
        browser.findElement(By.id("explanation-3-1")).sendKeys("Reading 1,000 emails.");
        press("total");
        waitFor("total-3");
        assertThat(browser.findElement(By.id("total-3")).getText()).contains("25 hours (£625.00)",
                "18 hours (£450.00)", "Over the limit");
        BROWSERS.assertAxeClean(browser, "the case page with the cost estimate worked out");

        // The preview and its findings; then the submission.
        press("preview");
        waitFor("letter-preview");
        assertThat(browser.findElement(By.id("findings")).getText()).contains("Check",
                "Question 2's answer is long: <b>shorten</b> it");
        assertThat(browser.findElement(By.id("availableAt-2-0")).getAttribute("value"))
                .isEqualTo("https://example.gov.uk/waste-strategy");
        BROWSERS.assertAxeClean(browser, "the case page with the letter preview");
        BROWSERS.screenshot(browser, "dashboard-case.png");
        press("submit");
        waitFor("notice");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Awaiting approval");
        BROWSERS.assertAxeClean(browser, "the case page after submitting");
        as("officer").get("/api/cases/" + reference).then().body("status", equalTo("AWAITING_APPROVAL"))
                .body("questions[1].exemptions[0].provision", equalTo("FOIA s.21"))
                .body("questions[2].costEstimate.hours", equalTo(25));
        browser.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("signed-out"));

        // The approver previews the draft and approves it.
        browser.get(dashboard.toString() + "/cases/" + reference);
        signIn("approver", "test-approver-pw");
        waitForTitle(reference);
        browser.findElement(By.linkText("Preview the letter")).click();
        waitFor("letter-preview");
        assertThat(browser.findElement(By.id("findings")).getText()).contains("Question 2's answer is long");
        BROWSERS.assertAxeClean(browser, "the approver's preview");
        browser.findElement(By.xpath("//button[normalize-space()='Approve the decision']")).click();
        waitFor("notice");
        assertThat(browser.findElement(By.id("notice")).getText()).contains("The decision is approved");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Decision approved");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Decision approved");
        BROWSERS.assertAxeClean(browser, "the approved case");
        as("officer").get("/api/cases/" + reference).then().body("status", equalTo("DECISION_APPROVED"))
                .body("approvedBy", equalTo("approver"));

        // response-service issues the letter and notification-service emails it (their events, as they publish
        // them): the case page shows the response issued and the email sent.
        TopicReader.produce(kafka, org.foiplatform.contracts.Topics.RESPONSE, reference,
                GoldenSamples.forReference(org.foiplatform.contracts.EventType.RESPONSE_ISSUED_V2, reference));
        TopicReader.produce(kafka, org.foiplatform.contracts.Topics.NOTIFICATION, reference,
                GoldenSamples.forReference(org.foiplatform.contracts.EventType.NOTIFICATION_SENT, reference));
        org.awaitility.Awaitility.await().atMost(WAIT).untilAsserted(() -> as("officer").get("/api/cases/" + reference)
                .then().body("status", equalTo("RESPONDED"))
                .body("timeline.what", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("Email sent"))));
        browser.navigate().refresh();
        waitFor("timeline");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Responded");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Response issued", "Email sent");
        BROWSERS.assertAxeClean(browser, "the answered case");
    }

    private void signIn(String username, String password) {
        signIn(browser, username, password);
    }

    private void signIn(WebDriver driver, String username, String password) {
        if (!driver.getCurrentUrl().contains("/dashboard/sign-in")) {
            driver.get(dashboard.toString() + "/sign-in");
        }
        driver.findElement(By.id("username")).clear();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.xpath("//button[normalize-space()='Sign in']")).click();
    }

    private WebElement summary(String text) {
        return summary(browser, text);
    }

    private static WebElement summary(WebDriver driver, String text) {
        return driver.findElement(By.xpath("//summary[contains(normalize-space(), '" + text + "')]"));
    }

    private void press(String action) {
        press(browser, action);
    }

    /** Presses the decision form's (first visible) button with this action, and waits for the page that answers. */
    private static void press(WebDriver driver, String action) {
        WebElement button = driver.findElements(By.cssSelector("#decision-form button[value='" + action + "']"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
        button.click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(button));
    }

    private void waitFor(String id) {
        waitFor(browser, id);
    }

    private static void waitFor(WebDriver driver, String id) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    private void waitForTitle(String part) {
        waitForTitle(browser, part);
    }

    private static void waitForTitle(WebDriver driver, String part) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.titleContains(part));
    }
}
