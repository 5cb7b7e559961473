package id.aduan.local;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.aduan.testkit.SamTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One staff member's headless Chromium on the console, driven the way they would use it: the sign-in
 * page, the inbox rows, the action buttons and their forms, the reply box. Debian's {@code chromium} and
 * {@code chromium-driver}; nothing is downloaded.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final URI console;
    private final WebDriverWait wait;

    ConsoleBrowser(URI console, Path profile) {
        this.console = console;
        var options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1366,900", "--lang=id");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, PATIENCE);
        desktop();
    }

    /**
     * Skips the calling test unless Chromium, its driver and the built console are here, saying what is
     * missing; on CI their absence fails it instead, since .ci/run installs and builds them.
     */
    static void assumeReady(SamTemplate template) {
        var missing = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER) ? Optional.<String>empty()
                : Optional.of("Chromium and its driver (apt-get install -y chromium chromium-driver)");
        if (missing.isEmpty() && !new ConsoleAssets(ConsoleAssets.besideTemplate(template.file()), Set.of()).built()) {
            missing = Optional.of("the built console (mvn -B -pl console package)");
        }
        if (missing.isPresent()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("the browser tests need " + missing.get() + "; .ci/run installs and builds them");
            }
            assumeTrue(false, "skipped: the browser tests need " + missing.get());
        }
    }

    void desktop() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1366, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    }

    void phone() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    /** The local sign-in page: role, unit, name, then the inbox. */
    ConsoleBrowser signIn(String role, String unit, String name) {
        return signIn(null, role, unit, name);
    }

    /** The same, first choosing the government (a local run serving several), unless it is null. */
    ConsoleBrowser signIn(String tenant, String role, String unit, String name) {
        driver.get(console.resolve("/masuk").toString());
        if (tenant != null) {
            new Select(waitFor(By.name("tenant"))).selectByValue(tenant);
        }
        var roleSelect = new Select(waitFor(By.name("role")));
        roleSelect.selectByValue(role);
        if (unit != null) {
            wait.until(d -> !d.findElements(By.cssSelector("select[name=unit] option[value='" + unit + "']")).isEmpty());
            new Select(driver.findElement(By.name("unit"))).selectByValue(unit);
        }
        var nameField = driver.findElement(By.name("name"));
        nameField.clear();
        nameField.sendKeys(name);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(By.cssSelector(".topbar"));
        return this;
    }

    void signOut() {
        driver.findElements(By.cssSelector(".user button")).stream()
                .filter(button -> button.getText().equals("Keluar")).findFirst().orElseThrow().click();
        waitFor(By.name("role"));
    }

    void open(String path) {
        driver.get(console.resolve(path).toString());
    }

    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** The inbox row of a complaint, waiting for it to be listed (the inbox polls for new ones). */
    WebElement row(String trackingCode) {
        return waitFor(By.cssSelector(".rows a[href^='/aduan/" + trackingCode + "']"));
    }

    void openComplaint(String trackingCode) {
        row(trackingCode).click();
        waitFor(By.cssSelector(".complaint-head h1"));
    }

    String status() {
        return waitFor(By.cssSelector(".complaint-head .status")).getText();
    }

    void waitForStatus(String label) {
        waitForText(By.cssSelector(".complaint-head .status"), label);
    }

    void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBe(by, text));
    }

    List<String> actionButtons() {
        return driver.findElements(By.cssSelector(".action-bar button[data-action]")).stream()
                .map(button -> button.getAttribute("data-action")).toList();
    }

    /** Clicks an action's button and fills its form: selects by value, text fields by name. */
    void act(String action, Map<String, String> fields) {
        waitFor(By.cssSelector(".action-bar button[data-action='" + action + "']")).click();
        var form = waitFor(By.cssSelector("form[data-form='" + action + "']"));
        fields.forEach((name, value) -> fill(form.findElement(By.name(name)), value));
        form.findElement(By.cssSelector("button[type=submit]")).click();
    }

    void fill(WebElement control, String value) {
        if (control.getTagName().equals("select")) {
            new Select(control).selectByValue(value);
        } else {
            control.clear();
            control.sendKeys(value);
        }
    }

    void replyWithTemplate(String method, String template) {
        var form = waitFor(By.cssSelector("form[data-form='reply']"));
        new Select(form.findElement(By.name("method"))).selectByValue(method);
        new Select(form.findElement(By.name("template"))).selectByValue(template);
        form.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /** Waits for a timeline entry of this type (the view follows a queued reply until its fate is known). */
    WebElement timelineEntry(String type) {
        return waitFor(By.cssSelector(".timeline li[data-type='" + type + "']"));
    }

    String notice() {
        return waitFor(By.cssSelector(".notices .notice")).getText();
    }

    void typeNote(String text) {
        fill(waitFor(By.id("note-text")), text);
    }

    String noteDraft() {
        return waitFor(By.id("note-text")).getAttribute("value");
    }

    boolean shows(By by) {
        return !driver.findElements(by).isEmpty();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** axe-core's violations of these impacts on the page as it is now, as "rule: help (n nodes)". */
    List<String> accessibilityViolations(Path axeScript, List<String> impacts) {
        try {
            driver.executeScript(Files.readString(axeScript));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        @SuppressWarnings("unchecked")
        var violations = (List<Map<String, Object>>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then(result => done(result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                     nodes: v.nodes.length, targets: v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')}))))
                  .catch(error => done([{id: 'axe-error', impact: 'critical', help: String(error), nodes: 0, targets: ''}]));
                """);
        return violations.stream().filter(v -> impacts.contains(String.valueOf(v.get("impact"))))
                .map(v -> v.get("id") + ": " + v.get("help") + " (" + v.get("nodes") + " nodes: " + v.get("targets") + ")")
                .toList();
    }

    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
