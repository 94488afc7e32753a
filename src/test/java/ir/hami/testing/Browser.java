package ir.hami.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's), driven as a person would: open a page, type into labelled fields, click,
 * read the screen. Never reaches beyond loopback: the host-resolver rule maps every other name to nothing.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final Path profile;
    private final String base;

    public Browser() {
        this(PortalServer.baseUrl());
    }

    public Browser(String baseUrl) {
        this(baseUrl, null);
    }

    /**
     * A phone's screen: Chromium's device emulation at this size in CSS pixels (a window cannot be narrower than
     * 500 px in headless Chromium), with the viewport meta tag honoured and touch input, as on a phone.
     *
     * @param width  the screen's width, e.g. 390
     * @param height the screen's height, e.g. 844
     */
    public static Browser phone(int width, int height) {
        return new Browser(PortalServer.baseUrl(), new int[] {width, height});
    }

    private Browser(String baseUrl, int[] phone) {
        this.base = baseUrl;
        try {
            Path tmp = Path.of(System.getProperty("hami.target", "target"), "tmp");
            Files.createDirectories(tmp);
            profile = Files.createTempDirectory(tmp, "chromium-profile-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,1000", "--lang=fa",
                "--user-data-dir=" + profile,
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1");
        if (phone != null) {
            options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics", java.util.Map.of(
                    "width", phone[0], "height", phone[1], "pixelRatio", 1.0, "touch", true)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(base + path);
        waitForLoad();
        return this;
    }

    /** Waits for the document and PrimeFaces' widgets, so a click reaches a live component. */
    public void waitForLoad() {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.JavascriptException.class)
                .until(d -> Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return document.readyState === 'complete' && (!window.jQuery || jQuery.active === 0);")));
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public WebElement find(String id) {
        return waitFor(By.id(id));
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Clears the field with this id and types into it, as a person would. */
    public Browser type(String id, String text) {
        // an Ajax update that lands meanwhile replaces the field: find it again and type it all anew
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement field = find(id);
                field.clear();
                field.sendKeys(text);
                return this;
            } catch (StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Clicks, then waits until any Ajax request the click started has finished and updated the page. */
    public Browser click(String id) {
        // an Ajax update that redraws the element between finding and clicking it: find it again and click that
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    WebElement e = ExpectedConditions.elementToBeClickable(By.id(id)).apply(d);
                    if (e == null) {
                        return null;
                    }
                    e.click();
                    return Boolean.TRUE;
                });
        waitForLoad();
        return this;
    }

    /**
     * Chooses an option of a PrimeFaces select one menu by its visible label, and waits until the menu shows it
     * (a click that lands while the panel is still opening is tried again).
     */
    public Browser choose(String menuId, String label) {
        // PrimeFaces 15: div#<menu>_items > ul > li
        By item = By.xpath("//*[@id='" + menuId + "_items']//li[normalize-space(.)='" + label + "']");
        By shown = By.id(menuId + "_label");
        new WebDriverWait(driver, Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(400))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(ElementClickInterceptedException.class)
                .ignoring(ElementNotInteractableException.class)
                .until(d -> {
                    if (label.equals(d.findElement(shown).getText().strip())) {
                        return true;
                    }
                    List<WebElement> items = d.findElements(item);
                    if (!items.isEmpty() && items.get(0).isDisplayed()) {
                        items.get(0).click();
                    } else {
                        d.findElement(By.id(menuId)).click();
                    }
                    return false;
                });
        return this;
    }

    /** Waits until the page shows this text somewhere, and returns the page text. */
    public String waitForText(String text) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> {
                    String body = pageText();
                    return body.contains(text) ? body : null;
                });
    }

    /** The visible text of the page. */
    public String pageText() {
        return readAgainIfReplaced(() -> driver.findElement(By.tagName("body")).getText());
    }

    /** The text of the element with this id; read again if an Ajax update replaced the element meanwhile. */
    public String text(String id) {
        return readAgainIfReplaced(() -> find(id).getText());
    }

    /**
     * A navigation or an Ajax update can replace an element between finding it and reading it; Chrome then
     * reports a stale element or, when the old document is already gone, an "unknown error: Node with given
     * id does not belong to the document". Either way the element is found and read again.
     */
    private static <T> T readAgainIfReplaced(Supplier<T> read) {
        WebDriverException last = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                return read.get();
            } catch (StaleElementReferenceException e) {
                last = e;
            } catch (WebDriverException e) {
                if (!String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    throw e;
                }
                last = e;
            }
            pause(100);
        }
        throw last;
    }

    /** Waits for the browser to arrive at a path (without query). */
    public Browser waitForPath(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().startsWith(base + path));
        return this;
    }

    public Path screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("hami.target", "target"), "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover profile under target/ is harmless
            }
        }
    }
}
