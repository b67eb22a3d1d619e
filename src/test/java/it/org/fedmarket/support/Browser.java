package it.org.fedmarket.support;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Headless Chromium from the machine's packages (never downloaded), with a fresh profile. */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String baseUrl;

    public Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        try {
            Path profile = Files.createTempDirectory(Path.of("target"), "chromium-profile-");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(System.getProperty("fedmarket.it.chromium", "/usr/bin/chromium"))
                    .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-quic", "--no-first-run", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                            "--user-data-dir=" + profile.toAbsolutePath());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("fedmarket.it.chromedriver", "/usr/bin/chromedriver")))
                    .build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A phone's viewport (390 × 844 CSS pixels) from now on. */
    public Browser phone() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        return this;
    }

    /** Whether the page is wider than the viewport, i.e. scrolls sideways. */
    public boolean scrollsSideways() {
        return (Boolean) script("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
    }

    /**
     * Runs axe-core (target/axe, installed by src/test/install-test-tools) on the page shown and returns its serious and
     * critical violations, each as "rule: help (selectors)"; empty when the page has none.
     */
    @SuppressWarnings("unchecked")
    public java.util.List<String> seriousAccessibilityViolations() {
        try {
            String axe = Files.readString(Path.of(System.getProperty("fedmarket.it.axe", "target/axe/node_modules/axe-core/axe.min.js")));
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(axe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object result = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ': ' + v.help + ' (' + v.nodes.map(n => n.target.join(' ')).join(', ') + ')')));
                """);
        return (java.util.List<String>) result;
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** Opens a page of another node (another origin) in the same browser. */
    public Browser visit(String url) {
        driver.get(url);
        return this;
    }

    /** The whole address of the page shown. */
    public String url() {
        return driver.getCurrentUrl();
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    public WebElement find(String cssSelector) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cssSelector)));
    }

    public String text(String cssSelector) {
        return find(cssSelector).getText();
    }

    public Browser type(String cssSelector, String text) {
        WebElement field = find(cssSelector);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Clicks and waits for the page that the click loads. */
    public Browser click(String cssSelector) {
        WebElement element = find(cssSelector);
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> gone(element));
        return this;
    }

    /**
     * Whether the page that held {@code element} has been replaced. Chromium answers a check that falls into the moment
     * its document is swapped with "does not belong to the document" instead of a stale element: that is gone too.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Clicks a button that asks for confirmation, confirms, and waits for the page that follows. */
    /** Clicks a destructive action's button, then "Yes" on the question the server asks before it does anything. */
    public Browser clickAndConfirm(String cssSelector) {
        click(cssSelector);
        click("#confirmation\\:yes");
        return this;
    }

    /** The value of a cookie the browser holds for this node, or null. */
    public String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    public int count(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector)).size();
    }

    /** Runs {@code javaScript} in the page and returns what it returns (a String, Long, Boolean, List or Map). */
    public Object script(String javaScript) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(javaScript);
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
