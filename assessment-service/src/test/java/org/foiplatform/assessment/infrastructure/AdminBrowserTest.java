package org.foiplatform.assessment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The admin pages in a real browser, as {@link DashboardBrowserTest}: an admin follows the "Admin" link, adds an
 * account (first with a mistake, then with a password made for it), opens the audit trail, the teams, the
 * authority profile (without response-service) and the bank-holiday page. axe-core checks every page (no serious or critical violation); the accounts page is
 * docs/screenshots/dashboard-admin.png.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "assessment_test"))
class AdminBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final HeadlessBrowsers BROWSERS = new HeadlessBrowsers(HeadlessBrowsers.module());

    private static WebDriver browser;

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
    void an_admin_adds_an_account_and_reads_the_audit_trail_and_the_calendar() throws Exception {
        String name = "browser" + System.nanoTime() % 1_000_000;
        browser.manage().deleteAllCookies();
        browser.get(dashboard.toString() + "/sign-in");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("test-admin-pw");
        browser.findElement(By.xpath("//button[normalize-space()='Sign in']")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.linkText("Admin")));
        browser.findElement(By.linkText("Admin")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.titleContains("Accounts"));
        assertThat(browser.findElement(By.id("accounts")).getText()).contains("approver2", "Officer, Approver");
        BROWSERS.assertAxeClean(browser, "the accounts");
        BROWSERS.screenshot(browser, "dashboard-admin.png");

        // A mistake first: the error summary links to the field.
        browser.findElement(By.linkText("Add an account")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.titleContains("Add an account"));
        BROWSERS.assertAxeClean(browser, "the new account form");
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys("short");
        browser.findElement(By.xpath("//button[normalize-space()='Add the account']")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.titleContains("Error:"));
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Use at least 12 characters");
        BROWSERS.assertAxeClean(browser, "the new account form with an error");

        // Again, without a password: one is made and shown once.
        browser.findElement(By.cssSelector("label[for='roles-approver']")).click();
        browser.findElement(By.id("password")).clear();
        browser.findElement(By.xpath("//button[normalize-space()='Add the account']")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("new-password")));
        assertThat(browser.findElement(By.id("account-summary")).getText()).contains("Officer, Approver");
        BROWSERS.assertAxeClean(browser, "the account just added");

        browser.findElement(By.linkText("What this account did, and what was done to it")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.titleContains("Audit trail"));
        assertThat(browser.findElement(By.id("audit")).getText()).contains("Account added", name);
        BROWSERS.assertAxeClean(browser, "the audit trail");

        browser.findElement(By.linkText("Teams")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.titleContains("Teams"));
        browser.findElement(By.xpath("//button[normalize-space()='Add the team']")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.titleContains("Error:"));
        BROWSERS.assertAxeClean(browser, "the teams with an error");

        // No response-service in this test: the profile page says it cannot be shown.
        browser.findElement(By.linkText("Authority profile")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.titleContains("Authority profile"));
        assertThat(browser.findElement(By.id("unavailable")).getText()).contains("cannot be shown");
        BROWSERS.assertAxeClean(browser, "the authority profile without response-service");

        browser.findElement(By.linkText("Bank holidays")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.titleContains("Bank holidays"));
        browser.findElement(By.id("file")).sendKeys("not json");
        browser.findElement(By.xpath("//button[normalize-space()='Import the bank holidays']")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.titleContains("Error:"));
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("This is not JSON");
        BROWSERS.assertAxeClean(browser, "the bank holidays with an error");
    }
}
