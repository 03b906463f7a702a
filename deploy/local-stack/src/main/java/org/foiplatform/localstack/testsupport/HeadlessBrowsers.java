package org.foiplatform.localstack.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The headless Chromium of a browser test class: finds Chromium, ChromeDriver and axe-core ({@code FOI_CHROMIUM},
 * {@code FOI_CHROMEDRIVER}, {@code FOI_AXE_JS}, which ./foi test installs), starts browsers with the page's scripts on
 * or off, checks a page with axe-core, saves a whole-page screenshot into docs/screenshots, and cleans up. Without
 * them a test fails, unless {@code FOI_SKIP_BROWSER_TESTS=true}: then {@link #skipped()} says why, for the test to
 * skip itself.
 */
public final class HeadlessBrowsers {

    public static final int WIDTH = 1280;
    public static final int HEIGHT = 1400;

    private final Path module;
    private final Path screenshots;
    private final List<Path> profiles = new ArrayList<>();
    /** Each started browser and whether its page scripts are off. */
    private final Map<WebDriver, Boolean> scriptsOff = new IdentityHashMap<>();
    private String axeSource;
    private Path chromium;
    private Path chromedriver;
    private String skipped;

    /** {@code module}: the test's module directory (the repository's docs/ and .foi/ are beside it). */
    public HeadlessBrowsers(Path module) {
        this.module = module;
        this.screenshots = module.resolve("../docs/screenshots").normalize();
    }

    /** The browser tests' module: Maven's basedir, else the working directory. */
    public static Path module() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    }

    /**
     * Whether the browser and axe-core are here. If not, fails (throws) unless FOI_SKIP_BROWSER_TESTS=true, in which
     * case it returns false and {@link #skipped()} says why.
     */
    public boolean available() throws IOException {
        chromium = Path.of(env("FOI_CHROMIUM", "/usr/bin/chromium"));
        chromedriver = Path.of(env("FOI_CHROMEDRIVER", "/usr/bin/chromedriver"));
        Path axe = Path.of(env("FOI_AXE_JS",
                module.resolve("../.foi/axe/node_modules/axe-core/axe.min.js").normalize().toString()));
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(chromium)) {
            missing.add("Chromium (" + chromium + ", FOI_CHROMIUM)");
        }
        if (!Files.isExecutable(chromedriver)) {
            missing.add("ChromeDriver (" + chromedriver + ", FOI_CHROMEDRIVER)");
        }
        if (!Files.isRegularFile(axe)) {
            missing.add("axe-core 4.14.1 (" + axe + ", FOI_AXE_JS)");
        }
        if (!missing.isEmpty()) {
            String message = "The browser tests need " + String.join(", ", missing)
                    + ". Run ./foi test, which installs them (apt-get install chromium chromium-driver; npm install"
                    + " axe-core@4.14.1 into .foi/axe), or set FOI_SKIP_BROWSER_TESTS=true to skip these tests.";
            if (!"true".equalsIgnoreCase(System.getenv("FOI_SKIP_BROWSER_TESTS"))) {
                throw new AssertionError(message);
            }
            skipped = message;
            return false;
        }
        axeSource = Files.readString(axe);
        skipped = null;
        return true;
    }

    /** Why the tests are skipped, or null. */
    public String skipped() {
        return skipped;
    }

    /** A new headless Chromium, {@link #WIDTH} by {@link #HEIGHT}, with the page's scripts on or off. */
    public WebDriver start(boolean pageScriptsOff) throws IOException {
        Path profile = Files.createTempDirectory("chromium-profile-");
        profiles.add(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                "--window-size=" + WIDTH + "," + HEIGHT, "--hide-scrollbars", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile);
        if (pageScriptsOff) {
            options.addArguments("--blink-settings=scriptEnabled=false");
        }
        // The driver's own path, so that Selenium Manager never looks for (or downloads) one.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30)).pageLoadTimeout(Duration.ofSeconds(30));
        scriptsOff.put(driver, pageScriptsOff);
        return driver;
    }

    /** Quits every browser started and deletes their profiles. */
    public void stopAll() throws IOException {
        scriptsOff.keySet().forEach(WebDriver::quit);
        scriptsOff.clear();
        for (Path profile : profiles) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        profiles.clear();
    }

    /** Fails, listing them, if axe-core finds any serious or critical violation on the page {@code driver} shows. */
    public void assertAxeClean(WebDriver driver, String what) {
        List<Map<String, Object>> violations = axe(driver);
        List<String> bad = violations.stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " at " + v.get("targets"))
                .toList();
        violations.stream().filter(v -> !List.of("serious", "critical").contains(v.get("impact")))
                .forEach(v -> System.out.println("axe-core, " + v.get("impact") + " (not failing the test) on " + what
                        + ": " + v.get("id") + ": " + v.get("help") + " at " + v.get("targets")));
        if (!bad.isEmpty()) {
            throw new AssertionError("axe-core found " + bad.size() + " serious or critical violation(s) on " + what
                    + " (" + driver.getCurrentUrl() + "):\n  " + String.join("\n  ", bad));
        }
    }

    /** axe-core's violations on the current page: id, impact, help and the CSS targets of each node. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> axe(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axeSource);
        if (Boolean.TRUE.equals(scriptsOff.get(driver))) {
            // With the page's scripts off, WebDriver's scripts and promises still run but no timer ever fires, and
            // axe.run settles each rule with setTimeout(fn, 0): it would never finish. So run zero-delay timers as
            // microtasks; longer ones (axe's time limits for frames and preloading) are dropped, as they would be.
            js.executeScript("""
                    window.setTimeout = function (fn, ms) {
                      const args = Array.prototype.slice.call(arguments, 2);
                      if (!ms) { Promise.resolve().then(() => fn.apply(null, args)); }
                      return 0;
                    };
                    """);
        }
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then(r => done({ violations: r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                      targets: v.nodes.map(n => n.target.join(' ')) })) }))
                  .catch(e => done({ error: String(e) }));
                """);
        Map<String, Object> answer = (Map<String, Object>) result;
        if (answer.containsKey("error")) {
            throw new AssertionError("axe-core could not run: " + answer.get("error"));
        }
        return (List<Map<String, Object>>) answer.get("violations");
    }

    /** The whole page, as tall as it is, into docs/screenshots/{name}: the window grows until it fits, then goes back. */
    public void screenshot(WebDriver driver, String name) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Dimension before = driver.manage().window().getSize();
        try {
            for (int i = 0; i < 3; i++) {
                // The window is taller than its viewport, and the page may reflow when it grows.
                long missing = (Long) js.executeScript("return Math.max(document.documentElement.scrollHeight,"
                        + " document.body.scrollHeight) - window.innerHeight;");
                if (missing <= 0) {
                    break;
                }
                Dimension now = driver.manage().window().getSize();
                driver.manage().window().setSize(new Dimension(WIDTH, now.getHeight() + (int) missing));
            }
            Files.createDirectories(screenshots);
            Files.write(screenshots.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
