package org.pactgraph.server.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.pactgraph.server.RunningServer;

/** The explanation page as a person sees it, in Debian's headless Chromium. Screenshot in target/screenshots/. */
class ExplanationPageTest {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";
    private static RunningServer server;
    private static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute(),
                "Debian's chromium and chromium-driver are missing (.ci/run installs them: apt-get install chromium chromium-driver)");
        server = RunningServer.overSharedStore(RunningServer.loopback());
        profile = Files.createTempDirectory("pactgraph-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1400,1000");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build(), options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    @Test
    void showsEachStepWithItsRuleAndEachLeafWithItsSource() throws Exception {
        browser.get(server.baseUrl() + ExplainModule.PATH + "?s=person:gina-raimondo&p=a&o=pact:Official");
        assertEquals("Why person:gina-raimondo a pact:Official holds", browser.findElement(By.tagName("h1")).getText());
        List<String> rules = browser.findElements(By.cssSelector("span.rule")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("cax-eqc2", "cls-int1", "asserted", "cls-svf1", "asserted", "asserted"), rules);
        String axiom = browser.findElement(By.cssSelector("span.axiom")).getText();
        assertEquals("pact:Official owl:equivalentClass (pact:Person and (pact:holdsPost some pact:Post))", axiom);
        WebElement leaf = browser.findElements(By.cssSelector("div.source")).get(0);
        assertTrue(leaf.getText().startsWith("in graph https://w3id.org/pactgraph/graph/reference"), leaf.getText());
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve("explanation.png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
