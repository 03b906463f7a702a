package org.foiplatform.assessment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.foiplatform.localstack.testsupport.HeadlessBrowsers;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The calculator page in a real browser (Debian's headless Chromium, driven by Selenium): the journey a member of
 * the public takes, with JavaScript on and off, each page checked with axe-core (no serious or critical
 * violations). ./foi test installs Chromium, its driver and axe-core, and passes their paths as FOI_CHROMIUM,
 * FOI_CHROMEDRIVER and FOI_AXE_JS. Without them these tests fail, unless FOI_SKIP_BROWSER_TESTS=true.
 * Screenshots of the answer and of the error state go to docs/screenshots/.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "assessment_test"))
class CalculatorBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private static final HeadlessBrowsers BROWSERS = new HeadlessBrowsers(HeadlessBrowsers.module());

    /** JavaScript on. */
    private static WebDriver browser;
    /** JavaScript off (page scripts only: WebDriver's own scripts still run). */
    private static WebDriver noScript;

    @TestHTTPResource("/calendar/deadline")
    URL page;

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
    void a_date_gives_the_deadline_with_the_days_left_out_and_the_page_is_accessible() throws IOException {
        browser.get(page.toString());
        assertThat(browser.getTitle()).isEqualTo("Work out a response deadline – Example City Council");
        assertThat(browser.findElement(By.tagName("body")).getDomAttribute("class")).contains("js-enabled");
        // A council's page, not GOV.UK's: its own name in the header, no crown, Arial (the GDS font never loads).
        WebElement header = browser.findElement(By.cssSelector("header .govuk-header"));
        assertThat(header.getText()).isEqualTo("Example City Council");
        assertThat(header.findElements(By.cssSelector("svg, img, .govuk-header__logotype"))).isEmpty();
        for (String css : new String[] { "body", "h1", ".council-name", "button", "input" }) {
            assertThat(browser.findElement(By.cssSelector(css)).getCssValue("font-family")).as(css)
                    .startsWith("arial");
        }
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return [...document.fonts].filter(f => f.status !== 'unloaded').map(f => f.family);"))
                .asList().isEmpty();
        assertAxeClean(browser, "the empty form");

        askForFoiaReceived12March2026(browser);

        assertThat(browser.findElement(By.cssSelector("p.deadline-answer")).getText())
                .isEqualTo("Tuesday 14 April 2026");
        assertThat(browser.getCurrentUrl()).contains("regime=FOIA").contains("received-day=12");
        assertThat(texts(browser, "#not-counted li"))
                .anySatisfy(day -> assertThat(day).contains("St Patrick’s Day (Northern Ireland)"))
                .contains("Saturday 14 March 2026: weekend");
        // The form is shown again, filled in, under the answer.
        assertThat(browser.findElement(By.id("regime-FOIA")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("received-year")).getDomProperty("value")).isEqualTo("2026");
        assertAxeClean(browser, "the answer");
        screenshot(browser, "calculator-answer.png");
    }

    @Test
    void mistakes_are_summarised_with_links_to_the_fields_and_the_page_is_accessible() throws IOException {
        browser.get(page.toString());
        enterDate(browser, "received", "30", "2", "2026");
        submit(browser);
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.titleContains("Error:"));

        assertThat(browser.getTitle()).isEqualTo("Error: Work out a response deadline – Example City Council");
        WebElement summary = browser.findElement(By.cssSelector(".govuk-error-summary"));
        assertThat(summary.isDisplayed()).isTrue();
        assertThat(summary.getText()).contains("There is a problem");
        // GOV.UK Frontend's error summary takes the focus when the page loads, so a screen reader reads it first.
        new WebDriverWait(browser, WAIT).until(d -> summary.equals(activeElement(d)));
        // Every mistake at once, in the order of the fields on the page.
        List<WebElement> links = summary.findElements(By.cssSelector(".govuk-error-summary__list a"));
        assertThat(links).extracting(a -> a.getDomAttribute("href")).containsExactly("#regime-FOIA", "#received-day");
        assertThat(links.get(0).getText()).startsWith("Choose the law");
        assertThat(links.get(1).getText()).isEqualTo("Enter a real date, with a day, a month and a 4-digit year");
        // The field carries its own message, tied to it for assistive technology.
        assertThat(browser.findElement(By.id("received-error")).getText()).contains("Enter a real date");
        assertThat(browser.findElement(By.cssSelector("fieldset[aria-describedby~='received-error']")).isDisplayed())
                .isTrue();
        assertThat(browser.findElements(By.cssSelector("#received-day.govuk-input--error"))).hasSize(1);
        // What was typed is kept.
        assertThat(browser.findElement(By.id("received-day")).getDomProperty("value")).isEqualTo("30");
        assertAxeClean(browser, "the error state");
        screenshot(browser, "calculator-errors.png");

        // The link moves the focus to the day.
        links.get(1).click();
        new WebDriverWait(browser, WAIT).until(d -> "received-day".equals(activeElement(d).getDomAttribute("id")));

        // A real date, still no law: the law is asked for again, and its link focuses the first radio.
        type(browser, "received-day", "27");
        submit(browser);
        new WebDriverWait(browser, WAIT).until(ExpectedConditions
                .presenceOfElementLocated(By.cssSelector(".govuk-error-summary__list a[href='#regime-FOIA']")));
        WebElement law = browser.findElement(By.cssSelector(".govuk-error-summary__list a[href='#regime-FOIA']"));
        assertThat(law.getText()).startsWith("Choose the law");
        assertThat(browser.findElement(By.id("regime-error")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("fieldset[aria-describedby~='regime-error']")).isDisplayed())
                .isTrue();
        assertAxeClean(browser, "the missing law");
        law.click();
        new WebDriverWait(browser, WAIT).until(d -> "regime-FOIA".equals(activeElement(d).getDomAttribute("id")));
    }

    @Test
    void the_same_journey_works_with_javascript_off() {
        noScript.get(page.toString());
        // The layout's inline script would have added js-enabled: it has not run.
        assertThat(noScript.findElement(By.tagName("body")).getDomAttribute("class")).doesNotContain("js-enabled");

        askForFoiaReceived12March2026(noScript);

        assertThat(noScript.findElement(By.cssSelector("p.deadline-answer")).getText())
                .isEqualTo("Tuesday 14 April 2026");
        assertThat(texts(noScript, "#not-counted li"))
                .anySatisfy(day -> assertThat(day).contains("St Patrick’s Day (Northern Ireland)"));
        assertThat(noScript.findElement(By.tagName("body")).getDomAttribute("class")).doesNotContain("js-enabled");
        // --blink-settings=scriptEnabled=false stops the page's scripts, not WebDriver's: axe still runs (see axe()).
        assertAxeClean(noScript, "the answer with JavaScript off");
    }

    @Test
    void the_accessibility_check_fails_on_an_input_without_a_label() {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><title>No label</title></head><body><main>"
                + "<h1>No label</h1><input type=\"text\" name=\"x\"></main></body></html>";
        browser.get("data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20"));

        assertThat(axe(browser)).anySatisfy(v -> {
            assertThat(v.get("id")).isEqualTo("label");
            assertThat(v.get("impact")).isEqualTo("critical");
        });
        assertThatThrownBy(() -> assertAxeClean(browser, "a page without a label"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("label (critical)");
    }

    // The journey

    private static void askForFoiaReceived12March2026(WebDriver driver) {
        // GOV.UK radios hide the input itself (opacity 0) behind a drawn circle: a person clicks the label.
        driver.findElement(By.cssSelector("label[for='regime-FOIA']")).click();
        assertThat(driver.findElement(By.id("regime-FOIA")).isSelected()).isTrue();
        enterDate(driver, "received", "12", "3", "2026");
        submit(driver);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.deadline-answer")));
    }

    private static void enterDate(WebDriver driver, String name, String day, String month, String year) {
        type(driver, name + "-day", day);
        type(driver, name + "-month", month);
        type(driver, name + "-year", year);
    }

    private static void type(WebDriver driver, String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static void submit(WebDriver driver) {
        driver.findElement(By.xpath("//button[normalize-space()='Work out the deadline']")).click();
    }

    private static List<String> texts(WebDriver driver, String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static WebElement activeElement(WebDriver driver) {
        return driver.switchTo().activeElement();
    }

    // axe-core

    private static void assertAxeClean(WebDriver driver, String what) {
        BROWSERS.assertAxeClean(driver, what);
    }

    private static List<Map<String, Object>> axe(WebDriver driver) {
        return BROWSERS.axe(driver);
    }

    // The browser

    private static void screenshot(WebDriver driver, String name) throws IOException {
        BROWSERS.screenshot(driver, name);
    }

}
