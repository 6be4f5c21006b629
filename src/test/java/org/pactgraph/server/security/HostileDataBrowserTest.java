package org.pactgraph.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pactgraph.TestData;
import org.pactgraph.load.LoadSettings;
import org.pactgraph.load.Loader;
import org.pactgraph.server.HeadlessChromium;
import org.pactgraph.server.RunningServer;

/**
 * Data that holds markup stays text. A reference file in a copy of data/ names an organisation
 * with a label that is a script and an image with an onerror handler; it is loaded by the real
 * loader, served by the real server and read in Debian's headless Chromium, on its resource page
 * and in the query page's result table. Each payload, had it run, would mark the page's body.
 */
class HostileDataBrowserTest {
    private static final String LABEL = "<script>document.body.setAttribute('data-pwned','script')</script>"
            + "<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">";
    private static final String IRI = "https://w3id.org/pactgraph/id/org/hostile-lab";
    private static RunningServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Path project = TestData.copyOfProject();
        Files.writeString(project.resolve("data/reference/hostile.ttl"), """
                @prefix pact: <https://w3id.org/pactgraph/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <%s> a pact:University ;
                    rdfs:label "%s"@en ;
                    pact:locatedIn <https://w3id.org/pactgraph/id/place/japan> ;
                    <http://purl.org/dc/terms/source> <https://example.org/hostile-source> .
                """.formatted(IRI, LABEL.replace("\"", "\\\"")));
        Path store = project.resolve("store");
        new Loader().load(new LoadSettings(project.resolve("data"), project.resolve("ontology"), store));
        server = RunningServer.over(store, RunningServer.loopback());
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    @Test
    void theResourcePageShowsAScriptLabelAsTextAndRunsNothing() {
        browser.get(server.baseUrl() + "/id/org/hostile-lab.html");
        WebElement title = browser.findElement(By.id("title"));
        assertEquals(LABEL, title.getText());
        assertTrue(title.findElements(By.xpath(".//*")).isEmpty(), "the title holds no element");
        assertNull(browser.findElement(By.tagName("body")).getDomAttribute("data-pwned"), "a script of the data ran");
        assertTrue(browser.findElements(By.tagName("script")).isEmpty(), "the page holds a script element");
        HeadlessChromium.screenshot(browser, "hostile-resource-page");
    }

    @Test
    void theQueryPageShowsAScriptLabelInItsTableAsTextAndRunsNothing() {
        browser.get(server.baseUrl() + "/");
        WebDriverWait waiting = new WebDriverWait(browser, Duration.ofSeconds(20));
        waiting.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        // The page runs its editor's query once it is ready; the button is back when that is done.
        waiting.until(d -> d.findElement(By.id("run")).isEnabled());
        browser.executeScript("window.pactgraph.page.yasqe.setValue(arguments[0])",
                "SELECT ?label WHERE { <" + IRI + "> <http://www.w3.org/2000/01/rdf-schema#label> ?label }");
        browser.findElement(By.id("run")).click();
        waiting.until(d -> d.findElement(By.id("status")).getText().startsWith("1 row"));
        List<WebElement> cells = browser.findElements(By.cssSelector("#results table.results tbody td"));
        assertEquals(1, cells.size());
        assertTrue(cells.get(0).getText().startsWith(LABEL), cells.get(0).getText());
        assertTrue(cells.get(0).findElements(By.cssSelector("script, img")).isEmpty(), "the cell holds markup");
        assertNull(browser.findElement(By.tagName("body")).getDomAttribute("data-pwned"), "a script of the data ran");
        HeadlessChromium.screenshot(browser, "hostile-query-page");
    }
}
