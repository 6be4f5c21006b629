package org.pactgraph.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Selenium, for the tests of web pages. Fails clearly when
 * CI did not install it. Screenshots go to target/screenshots/.
 */
public final class HeadlessChromium {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";

    private HeadlessChromium() {}

    /** A fresh browser with a profile of its own; quit it when done. */
    public static ChromeDriver start() {
        assertTrue(new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute(),
                "Debian's chromium and chromium-driver are missing (./pactgraph test installs them: apt-get install chromium chromium-driver)");
        Path profile = org.pactgraph.TestData.scratchFolder("pactgraph-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // This machine's network is closed: everything Chromium would fetch by itself stays off.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Saves what the browser shows as target/screenshots/NAME.png. */
    public static void screenshot(ChromeDriver browser, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target/screenshots"));
            File shot = browser.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
