package org.hausdesk.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver (nothing is downloaded), with the
 * steps the browser tests share: open a page, fill a field, press a button, take a screenshot, run
 * the axe-core accessibility scan.
 * <p>
 * Without Chromium installed the browser tests are skipped with a notice, unless
 * {@code HAUSDESK_REQUIRE_BROWSER} is set (as {@code .ci/run} does), when they fail instead.
 */
public final class Browser implements AutoCloseable {

    public static final Dimension PHONE = new Dimension(390, 844);
    public static final Dimension DESKTOP = new Dimension(1280, 900);

    private static final Path SCREENSHOTS = Path.of(System.getProperty("hausdesk.it.screenshots", "target/screenshots"));

    private final ChromeDriver driver;
    private final URL base;
    private final Path profile;

    public Browser(URL base) {
        var chromium = Path.of(System.getProperty("hausdesk.it.chromium", "/usr/bin/chromium"));
        var chromedriver = Path.of(System.getProperty("hausdesk.it.chromedriver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            var message = "Browser tests need Debian's chromium and chromium-driver (" + chromium + ", " + chromedriver
                    + "): apt-get install -y chromium chromium-driver";
            if (System.getenv("HAUSDESK_REQUIRE_BROWSER") != null) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        try {
            profile = Files.createTempDirectory("hausdesk-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--disable-quic", "--lang=de-DE", "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        this.base = base;
        size(PHONE);
    }

    /**
     * As a browser just started: no cookies, scripts on, the screen's media, a blank page in the phone's size (a test
     * may have switched scripts off or emulated print).
     */
    public void reset() {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", false));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        driver.get("about:blank");
        size(PHONE);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void size(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /** Opens a path of Hausdesk, e.g. {@code "hilfe"} or {@code "/anfrage/2026-0001?zugang=..."}. */
    public void open(String path) {
        var root = base.toString().endsWith("/") ? base.toString() : base + "/";
        driver.get(root + (path.startsWith("/") ? path.substring(1) : path));
    }

    public WebElement find(String css) {
        return wait(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public void type(String id, String text) {
        var field = find("#" + id);
        field.clear();
        field.sendKeys(text);
    }

    public void choose(String id, String value) {
        new Select(find("#" + id)).selectByValue(value);
    }

    /** Presses a button and waits for the next page. */
    public void press(String id) {
        var old = find("html");
        find("#" + id).click();
        // the old document is gone once its element cannot be asked any more (Chromium says so either as
        // "stale element" or as "node does not belong to the document")
        wait(Duration.ofSeconds(30)).until(d -> {
            try {
                old.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String page() {
        return driver.getPageSource();
    }

    public WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            var png = driver.getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe-core (WCAG 2.1 A and AA rules) on the page; fails on any serious or critical violation. On the
     * PostgreSQL run only the sideways check: the markup does not depend on the database.
     */
    public void assertAccessible(String page) {
        if (org.hausdesk.it.arquillian.TestRun.onPostgreSQL()) {
            // what axe checks is the same page on either database: the H2 run scans it, this one saves the time
            assertNoSidewaysScrolling(page);
            return;
        }
        var results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        var serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .toList();
        assertTrue(serious.isEmpty(), page + ": " + String.join("\n", serious));
        assertTrue(results.getPasses().size() > 10, page + ": axe ran only " + results.getPasses().size() + " checks");
        assertNoSidewaysScrolling(page);
    }

    /** WCAG 1.4.10 (reflow), which axe does not check: nothing on the page may need scrolling sideways. */
    public void assertNoSidewaysScrolling(String page) {
        var overflow = driver.executeScript("var wide = [];"
                + "document.querySelectorAll('body *').forEach(function (e) {"
                + "  var r = e.getBoundingClientRect();"
                + "  if (r.right > document.documentElement.clientWidth + 1 && r.width > 0) {"
                + "    wide.push(e.tagName + (e.id ? '#' + e.id : '') + ' ' + Math.round(r.right)); } });"
                + "return document.documentElement.scrollWidth > document.documentElement.clientWidth ? wide.join(', ') : '';");
        assertTrue(overflow == null || overflow.toString().isEmpty(),
                page + " scrolls sideways at " + driver.manage().window().getSize() + ": " + overflow);
    }

    /** Whether the element is on the first screen, without scrolling (its top and most of it visible). */
    public boolean onFirstScreen(String selector) {
        driver.executeScript("window.scrollTo(0, 0)");
        var bottom = ((Number) driver.executeScript("var r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + "return r.top + Math.min(r.height, 60);", selector)).doubleValue();
        var screen = ((Number) driver.executeScript("return window.innerHeight")).doubleValue();
        return bottom <= screen;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary profile: left for the system to clean
        }
    }
}
