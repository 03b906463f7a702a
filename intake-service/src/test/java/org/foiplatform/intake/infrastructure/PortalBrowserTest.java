package org.foiplatform.intake.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.GoldenSamples;
import org.foiplatform.contracts.Topics;
import org.foiplatform.contracts.events.ResponsePublished;
import org.foiplatform.localstack.testsupport.HeadlessBrowsers;
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
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The portal in a real browser (Debian's headless Chromium driven by Selenium), as a person uses it: the start page,
 * the form filled in with a mistake, the error summary, the correction, check your answers, the confirmation, and
 * the tracking page through the private link, where a clarification the council asks for is answered. Every page is
 * checked with axe-core (no serious or critical violation) and photographed into docs/screenshots/. The journey is
 * run with JavaScript on and off. ./foi test installs Chromium, its driver and axe-core (FOI_CHROMIUM,
 * FOI_CHROMEDRIVER, FOI_AXE_JS); without them these tests fail, unless FOI_SKIP_BROWSER_TESTS=true.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "prefix", value = "intake_test"))
class PortalBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final HeadlessBrowsers BROWSERS = new HeadlessBrowsers(HeadlessBrowsers.module());

    private static String skipped;
    private static WebDriver browser;
    private static WebDriver noScript;

    @TestHTTPResource("/")
    URL start;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    private static final String PUBLISHED = "FOI-2025-000417";

    @BeforeAll
    static void startBrowsers() throws IOException {
        if (BROWSERS.available()) {
            browser = BROWSERS.start(false);
            noScript = BROWSERS.start(true);
        }
    }

    @BeforeEach
    void skipWithoutABrowser() {
        assumeTrue(BROWSERS.skipped() == null, () -> "FOI_SKIP_BROWSER_TESTS=true: " + BROWSERS.skipped());
    }

    @AfterAll
    static void stopBrowsers() throws IOException {
        BROWSERS.stopAll();
        browser = null;
        noScript = null;
    }

    @Test
    void a_person_makes_a_request_corrects_a_mistake_follows_it_and_answers_a_clarification() throws IOException {
        String reference = journey(browser, true);

        // The council asks for clarification; the tracking page offers the form.
        String trackingUrl = browser.getCurrentUrl();
        TopicReader.produce(kafka, Topics.CASE, reference,
                GoldenSamples.forReference(EventType.CASE_OPENED, reference, UUID.randomUUID()));
        TopicReader.produce(kafka, Topics.CASE, reference,
                GoldenSamples.forReference(EventType.CLARIFICATION_REQUESTED, reference, UUID.randomUUID()));
        new WebDriverWait(browser, WAIT).until(d -> {
            d.get(trackingUrl);
            return !d.findElements(By.id("clarification-question")).isEmpty();
        });
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Waiting for you");
        assertThat(browser.findElement(By.id("due-date")).getText()).isEqualTo("13 May 2026");
        assertAxeClean(browser, "the tracking page with a clarification asked");
        screenshot(browser, "portal-tracking-clarification.png");

        // Sent empty first: the error summary links to the box.
        browser.findElement(By.xpath("//button[normalize-space()='Send your answer']")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.titleContains("Error:"));
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary__list a")).getDomAttribute("href"))
                .isEqualTo("#text");
        assertAxeClean(browser, "the clarification left empty");
        browser.findElement(By.id("text")).sendKeys("The stretch of Mill Lane by the school.");
        browser.findElement(By.xpath("//button[normalize-space()='Send your answer']")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".govuk-notification-banner--success")));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Being answered");
        assertThat(texts(browser, "#timeline li")).anySatisfy(t -> assertThat(t).contains("You made your request clearer"));
        assertAxeClean(browser, "the tracking page after the answer");
        screenshot(browser, "portal-tracking.png");
    }

    @Test
    void the_same_journey_works_with_javascript_off() throws IOException {
        journey(noScript, false);
        assertThat(noScript.findElement(By.tagName("body")).getDomAttribute("class")).doesNotContain("js-enabled");
    }

    /** From the start page to the tracking page; returns the reference. */
    /** A response on the disclosure log like the journey's request, for check your answers to suggest. */
    private void publishedBefore() {
        EventCodec codec = new EventCodec();
        TopicReader.produce(kafka, Topics.RESPONSE, PUBLISHED, codec.write(codec.wrap(EventType.RESPONSE_PUBLISHED,
                PUBLISHED, new ResponsePublished(PUBLISHED, UUID.randomUUID(), "FOIA", "GRANTED",
                        java.time.LocalDate.of(2025, 5, 2), java.time.Instant.parse("2025-06-02T09:00:00Z"),
                        "Potholes reported on Mill Lane", "/disclosure-log/" + PUBLISHED, List.of(),
                        List.of(new ResponsePublished.Question(1,
                                "How many potholes were reported on Mill Lane in 2024?", "Information given"))),
                java.time.Instant.now(), null, null)));
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> {
            try (var c = dataSource.getConnection(); var st = c.createStatement();
                    var rows = st.executeQuery("select count(*) from published_response where reference = '"
                            + PUBLISHED + "'")) {
                rows.next();
                return rows.getLong(1) == 1;
            }
        });
    }

    private String journey(WebDriver driver, boolean photograph) throws IOException {
        publishedBefore();
        driver.get(start.toString());
        assertThat(driver.getTitle()).isEqualTo(
                "Make a Freedom of Information request – Make a Freedom of Information request – Example City Council");
        WebElement header = driver.findElement(By.cssSelector("header .govuk-header"));
        assertThat(header.getText()).isEqualTo("Example City Council");
        assertThat(header.findElements(By.cssSelector("svg, img, .govuk-header__logotype"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector("h1")).getCssValue("font-family")).startsWith("arial");
        assertAxeClean(driver, "the start page");
        if (photograph) {
            screenshot(driver, "portal-start.png");
        }
        driver.findElement(By.linkText("Start now")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.titleContains("Your request"));

        // A person fills in the form, with a mistake in the email address and no choice of format.
        type(driver, "name", "Jane Citizen");
        type(driver, "email", "jane.example.org");
        // The answer by post, to the address typed below the choice.
        driver.findElement(By.cssSelector("label[for='replyBy-2']")).click();
        type(driver, "postalAddress", "12 Mill Lane\nExampleton\nEX1 2MP");
        type(driver, "title", "Potholes on Mill Lane");
        type(driver, "question-1", "How many potholes were reported on Mill Lane in 2025?");
        driver.findElement(By.xpath("//button[normalize-space()='Add another question']")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("question-2")));
        type(driver, "question-2", "How much did the council spend repairing them?");
        driver.findElement(By.cssSelector("label[for='consent']")).click();
        continueButton(driver).click();

        new WebDriverWait(driver, WAIT).until(ExpectedConditions.titleContains("Error:"));
        assertThat(driver.getTitle()).startsWith("Error: Your request");
        WebElement summary = driver.findElement(By.cssSelector(".govuk-error-summary"));
        assertThat(summary.findElements(By.cssSelector("a"))).extracting(a -> a.getDomAttribute("href"))
                .containsExactly("#email", "#preferredFormat");
        assertThat(driver.findElement(By.id("email-error")).getText()).contains("Enter an email address");
        assertThat(driver.findElement(By.id("question-2")).getDomProperty("value"))
                .isEqualTo("How much did the council spend repairing them?");
        assertThat(driver.findElement(By.id("postalAddress")).getDomProperty("value"))
                .isEqualTo("12 Mill Lane\nExampleton\nEX1 2MP");
        assertAxeClean(driver, "the form with mistakes");
        if (photograph) {
            screenshot(driver, "portal-form-errors.png");
        }

        // Corrected.
        type(driver, "email", "jane@example.org");
        driver.findElement(By.cssSelector("label[for='preferredFormat']")).click();
        continueButton(driver).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.titleContains("Check your answers"));
        assertThat(texts(driver, "#checked-questions li")).containsExactly(
                "How many potholes were reported on Mill Lane in 2025?", "How much did the council spend repairing them?");
        assertThat(driver.findElement(By.id("reply-by")).getText())
                .isEqualTo("By post to:\n12 Mill Lane\nExampleton\nEX1 2MP");
        WebElement suggested = driver.findElement(By.cssSelector("#suggestions a"));
        assertThat(suggested.getText()).isEqualTo("Potholes reported on Mill Lane");
        assertThat(suggested.getDomAttribute("href")).isEqualTo("http://127.0.0.1:8083/disclosure-log/" + PUBLISHED);
        assertAxeClean(driver, "check your answers, with a published response suggested");
        if (photograph) {
            screenshot(driver, "portal-check-answers.png");
        }
        driver.findElement(By.xpath("//button[normalize-space()='Send request']")).click();

        new WebDriverWait(driver, WAIT).until(ExpectedConditions.titleContains("Request sent"));
        String reference = driver.findElement(By.id("reference")).getText();
        assertThat(reference).matches("FOI-\\d{4}-\\d{6,}");
        assertThat(driver.findElement(By.id("due-on")).getText()).contains("We will email you the date");
        assertAxeClean(driver, "the confirmation");
        if (photograph) {
            screenshot(driver, "portal-confirmation.png");
        }
        driver.findElement(By.id("tracking-link")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.titleContains("Your request " + reference));
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Received");
        assertThat(driver.findElement(By.id("reply-by")).getText()).startsWith("By post to:\n12 Mill Lane");
        assertAxeClean(driver, "the tracking page");
        return reference;
    }

    private static WebElement continueButton(WebDriver driver) {
        return driver.findElement(By.cssSelector("button.govuk-button[value='continue']"));
    }

    private static void type(WebDriver driver, String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static List<String> texts(WebDriver driver, String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static void assertAxeClean(WebDriver driver, String what) {
        BROWSERS.assertAxeClean(driver, what);
    }

    private static void screenshot(WebDriver driver, String name) throws IOException {
        BROWSERS.screenshot(driver, name);
    }

}
