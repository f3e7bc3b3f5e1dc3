package dev.techkg.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Starts Debian's headless chromium through chromium-driver, as the browser tests use it. */
public final class Chromium {
    /** Debian's chromium and chromium-driver, as .ci/run installs them. */
    public static final Path BINARY = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** Where the browser tests write their screenshots (the README's tour is copied from there). */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {
    }

    /**
     * A fresh headless browser with its own profile folder and a window of this size. Its {@code quit()} also
     * deletes that folder, once the browser has exited.
     */
    public static ChromeDriver headless(Path chromium, Path chromeDriver, int width, int height) throws IOException {
        Path folder = Files.createTempDirectory("techkg-chromium");
        Path profile = Files.createDirectory(folder.resolve("profile"));
        // Chromium also writes files of its own under TMPDIR (.org.chromium.Chromium.*); keep them in the folder too.
        Path tmp = Files.createDirectory(folder.resolve("tmp"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromeDriver.toFile())
                .withEnvironment(Map.of("TMPDIR", tmp.toString())).build();
        ChromeDriver browser;
        try {
            browser = new FolderDeletingChrome(service, options, folder);
        } catch (RuntimeException e) {
            TempFolders.delete(folder);
            throw e;
        }
        try {
            browser.manage().window().setSize(new Dimension(width, height));
        } catch (RuntimeException e) {
            try {
                browser.quit();
            } catch (RuntimeException quit) {
                e.addSuppressed(quit);
            }
            throw e;
        }
        return browser;
    }

    /** A browser that deletes its profile folder when it quits (after chromedriver has ended the browser). */
    private static final class FolderDeletingChrome extends ChromeDriver {
        private final Path folder;

        FolderDeletingChrome(ChromeDriverService service, ChromeOptions options, Path folder) {
            super(service, options);
            this.folder = folder;
        }

        @Override
        public void quit() {
            try {
                super.quit();
            } finally {
                if (folder != null) { // null when a failed start quits from within the super constructor
                    TempFolders.delete(folder);
                }
            }
        }
    }

    /**
     * The wait the browser tests give a page: 30 s, as a loaded CI machine may need. A page that re-renders a table
     * while the condition reads it makes the element stale; that is a reason to look again, not a failure.
     */
    public static WebDriverWait patiently(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Quits the browser, then closes the server it was pointed at; either may be null (the test was skipped). */
    public static void quit(WebDriver browser, AutoCloseable server) throws Exception {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /** A screenshot of the whole page, not only the window (at most 1 800 pixels high), written to SCREENSHOTS/name.png. */
    @SuppressWarnings("unchecked")
    public static void fullPage(WebDriver browser, String name) throws IOException {
        ChromeDriver chrome = (ChromeDriver) browser;
        Map<String, Object> size = (Map<String, Object>) chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", ((Number) size.get("width")).doubleValue(),
                "height", Math.min(1800, ((Number) size.get("height")).doubleValue()), "scale", 1);
        Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot", Map.of("captureBeyondViewport", true, "clip", clip));
        Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }
}
