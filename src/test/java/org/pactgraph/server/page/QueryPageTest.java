package org.pactgraph.server.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pactgraph.TestData;
import org.pactgraph.model.Iris;
import org.pactgraph.server.HeadlessChromium;
import org.pactgraph.server.RunningServer;
import org.pactgraph.store.TdbStore;

/**
 * The query page as a person uses it, in Debian's headless Chromium driven by Selenium: open
 * the page, pick a question of the catalogue, read the answer's first row, follow its resource
 * link, and look at the network. Screenshots go to target/screenshots/.
 */
class QueryPageTest {
    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass();

    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.quit();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private static void screenshot(String name) {
        HeadlessChromium.screenshot(browser, name);
    }

    private static void open() {
        browser.get(server.baseUrl() + "/");
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    @Test
    void aCatalogueQuestionRunsWithOneClickAndItsRowLinksToTheResourcePage() throws Exception {
        open();
        String file = "institutions-in-ai-and-semiconductor.rq";
        List<String> golden = Files.readAllLines(Path.of("src/test/resources/queries", file.replace(".rq", ".csv")));
        String[] expected = golden.get(1).split(",", 2);

        WebElement question = browser.findElement(By.cssSelector("#questions button[data-file='" + file + "']"));
        assertTrue(question.getText().startsWith("Which institutions take part in both the AI and the semiconductor initiatives?"),
                question.getText());
        question.click();
        waiting().until(d -> d.findElement(By.id("status")).getText().startsWith((golden.size() - 1) + " row"));
        List<WebElement> cells = browser.findElements(By.cssSelector("#results table.results tbody tr:first-child td"));
        assertEquals(2, cells.size());
        WebElement link = cells.get(0).findElement(By.tagName("a"));
        assertEquals(server.baseUrl() + "/id/" + expected[0].substring(Iris.ID_BASE.length()), link.getDomProperty("href"));
        assertEquals(expected[0], link.getDomAttribute("title"));
        assertTrue(cells.get(1).getText().startsWith(expected[1]), cells.get(1).getText());
        // The editor's text, not its rendered lines: CodeMirror draws only the lines in view, and
        // the question's comment may fill them.
        assertTrue(String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.pactgraph.page.yasqe.getValue()"))
                .contains("SELECT DISTINCT ?institution ?name"), "the editor holds the question's query");
        assertTrue(browser.findElement(By.id("download-csv")).isEnabled() && browser.findElement(By.id("download-json")).isEnabled());
        screenshot("query-page");
    }

    @Test
    void aBadQueryShowsTheParserMessage() {
        open();
        ((ChromeDriver) browser).executeScript("window.pactgraph.page.yasqe.setValue('SELECT ?x WHERE { ?x ?y }')");
        browser.findElement(By.id("run")).click();
        waiting().until(d -> d.findElement(By.id("status")).getText().startsWith("400"));
        assertTrue(browser.findElement(By.id("status")).getText().contains("line 1"), browser.findElement(By.id("status")).getText());
    }

    @Test
    void theNetworkViewDrawsEveryPartnershipInstitutionFunderAndOfficial() throws Exception {
        open();
        browser.findElement(By.cssSelector("nav .tab[data-tab='network-view']")).click();
        waiting().until(d -> d.findElement(By.id("network")).getDomAttribute("data-nodes") != null);
        Set<String> drawn = new HashSet<>();
        browser.findElements(By.cssSelector("#network g.node")).forEach(g -> drawn.add(g.getDomAttribute("data-iri")));
        assertEquals(expectedNetworkNodes(), drawn);
        assertTrue(browser.findElements(By.cssSelector("#network g.node[data-kind='Partnership']")).size() >= 3);
        assertTrue(browser.findElements(By.cssSelector("#network g.node[data-kind='Official']")).size() >= 1);
        assertTrue(browser.findElements(By.cssSelector("#network line")).size() >= drawn.size() - 1);
        screenshot("network-view");
    }

    /** What network.rq gives in-process on the same store: every subject is one node. */
    private static Set<String> expectedNetworkNodes() throws Exception {
        String query = new String(PageModule.class.getResourceAsStream(PageFiles.ROOT + "network.rq").readAllBytes());
        DatasetGraph ds = TdbStore.at(TestData.loadedStore()).open();
        Graph g = Txn.calculateRead(ds, () -> QueryExec.dataset(ds).query(query).construct());
        Set<String> out = new HashSet<>();
        g.find().forEachRemaining(t -> out.add(t.getSubject().getURI()));
        assertTrue(out.size() > 10, "the network has nodes: " + out.size());
        return out;
    }
}
