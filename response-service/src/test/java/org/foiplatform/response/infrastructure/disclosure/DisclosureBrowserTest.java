package org.foiplatform.response.infrastructure.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foiplatform.response.infrastructure.disclosure.DisclosureFixtures.candidate;
import static org.foiplatform.response.infrastructure.disclosure.DisclosureFixtures.question;
import static org.foiplatform.response.infrastructure.disclosure.DisclosureFixtures.word;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.foiplatform.localstack.testsupport.HeadlessBrowsers;
import org.foiplatform.localstack.testsupport.JwtKeys;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TestReferences;
import org.foiplatform.response.application.PublishDueEntries;
import org.foiplatform.response.application.ScheduleDisclosure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The disclosure log's pages in a real browser (Debian's headless Chromium, driven by Selenium) with JavaScript off,
 * as some of the public browse: search, results, an entry, an error and a missing page, each checked with axe-core
 * (no serious or critical violation). Like assessment-service's browser tests, it takes Chromium, its driver and
 * axe-core from FOI_CHROMIUM, FOI_CHROMEDRIVER and FOI_AXE_JS (./foi test installs them), and fails without them
 * unless FOI_SKIP_BROWSER_TESTS=true. Screenshots go to docs/screenshots/.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "prefix", value = "response_test"))
@WithTestResource(JwtKeys.class)
class DisclosureBrowserTest {

    private static final HeadlessBrowsers BROWSERS = new HeadlessBrowsers(HeadlessBrowsers.module());

    private static WebDriver browser;

    @TestHTTPResource("/disclosure-log")
    URL log;

    @Inject
    ScheduleDisclosure schedule;

    @Inject
    PublishDueEntries publish;

    @BeforeAll
    static void startTheBrowser() throws IOException {
        if (BROWSERS.available()) {
            browser = BROWSERS.start(true);
        }
    }

    @BeforeEach
    void skipWithoutABrowser() {
        assumeTrue(BROWSERS.skipped() == null, () -> "FOI_SKIP_BROWSER_TESTS=true: " + BROWSERS.skipped());
    }

    @AfterAll
    static void stopTheBrowser() throws IOException {
        BROWSERS.stopAll();
        browser = null;
    }

    @Test
    void a_member_of_the_public_searches_reads_an_entry_and_every_page_is_accessible_without_javascript()
            throws IOException {
        String word = word();
        String reference = TestReferences.next();
        schedule.schedule(candidate(reference, "FOIA", LocalDate.of(2024, 4, 18), true, "Sam Taylor", List.of(
                question(1, "How much was spent on repairing potholes near the " + word + " junction?",
                        "INFORMATION_PROVIDED", "We spent £12,400 repairing 31 potholes near the " + word
                                + " junction in 2023."),
                question(2, "Who decided the contractor?", "EXEMPT", "The information is withheld.",
                        "FOIA s.40(2)"))));
        publish.publishAllDue();

        browser.get(log.toString());
        assertThat(browser.getTitle()).isEqualTo("Search published responses – Disclosure log – Example City Council");
        assertThat(browser.findElement(By.tagName("body")).getDomAttribute("class")).doesNotContain("js-enabled");
        assertThat(browser.findElement(By.cssSelector("header .govuk-header")).getText())
                .isEqualTo("Example City Council");
        assertAxeClean("the search page");

        browser.findElement(By.id("q")).sendKeys("pothole repairs " + word);
        browser.findElement(By.id("from-day")).sendKeys("1");
        browser.findElement(By.id("from-month")).sendKeys("4");
        browser.findElement(By.id("from-year")).sendKeys("2024");
        browser.findElement(By.xpath("//button[normalize-space()='Search']")).click();
        // The click returns before the next page has loaded on a busy machine: wait for it (failing after 10 s).
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getTitle().startsWith("Search results"));
        assertThat(browser.getTitle()).startsWith("Search results for ‘pothole repairs " + word + "’");
        assertThat(browser.findElement(By.id("results-heading")).getText()).isEqualTo("1 published response");
        assertThat(browser.findElements(By.cssSelector(".disclosure-snippet mark"))).isNotEmpty();
        assertAxeClean("the results");
        screenshot("disclosure-log-results.png");

        browser.findElement(By.linkText("How much was spent on repairing potholes near the " + word + " junction?"))
                .click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getTitle().startsWith(reference));
        assertThat(browser.getTitle()).startsWith(reference + ": How much was spent");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("18 April 2024",
                "Information withheld", "FOIA s.40(2)").doesNotContain("Sam Taylor");
        assertAxeClean("an entry");
        screenshot("disclosure-log-entry.png");

        browser.get(log + "?from-day=31&from-month=2&from-year=2025");
        assertThat(browser.getTitle()).startsWith("Error: ");
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary__list a[href='#from-day']")).getText())
                .startsWith("Enter a real date");
        screenshot("disclosure-log-error.png");
        assertAxeClean("a search with a wrong date");

        browser.get(log + "/FOI-2026-999999999");
        assertThat(browser.getTitle()).startsWith("Page not found");
        assertAxeClean("a missing entry");
    }

    private static void screenshot(String name) throws IOException {
        BROWSERS.screenshot(browser, name);
    }

    private static void assertAxeClean(String what) {
        BROWSERS.assertAxeClean(browser, what);
    }

}
