package org.pactgraph.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.pactgraph.TestData;
import org.pactgraph.model.Iris;
import org.pactgraph.server.PactServer;
import org.pactgraph.server.ServerSettings;
import org.pactgraph.server.ontology.OntologyModule;
import org.pactgraph.store.TdbStore;

/**
 * Resource pages as a reader sees them, in Debian's headless Chromium (Japanese preferred):
 * follow an IRI, read the title and the evidence, go to the sentence in the document, and make
 * sure labels that hold markup stay text. Screenshots go to target/screenshots/.
 */
class ResourcePageBrowserTest {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";
    private static DatasetGraph data;
    private static PactServer server;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute(),
                "Debian's chromium and chromium-driver are missing (./pactgraph test installs them: apt-get install chromium chromium-driver)");
        // The project's store, copied into memory with one hostile resource added.
        data = DatasetGraphFactory.createTxnMem();
        DatasetGraph store = TdbStore.at(TestData.loadedStore()).open();
        Txn.executeRead(store, () -> store.find().forEachRemaining(data::add));
        Txn.executeWrite(data, () -> RDFDataMgr.read(data, "src/test/resources/linkeddata/hostile-labels.trig"));
        server = PactServer.builder(new ServerSettings("127.0.0.1", 0), data)
                .module(new LinkedDataModule(data, LinkedDataSettings.defaults()))
                .module(new OntologyModule(data))
                .start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + org.pactgraph.TestData.scratchFolder("pactgraph-chromium-"), "--window-size=1280,1400", "--lang=ja");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ja,en"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build(), options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    private static void screenshot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String japaneseLabel(String iri) {
        return Txn.calculateRead(data, () -> org.apache.jena.atlas.iterator.Iter.toList(
                data.find(Node.ANY, NodeFactory.createURI(iri), RDFS.label.asNode(), Node.ANY)).stream()
                .map(q -> q.getObject()).filter(o -> o.getLiteralLanguage().equals("ja")).findFirst().orElseThrow().getLiteralLexicalForm());
    }

    @Test
    void aReaderFollowsAnIriReadsTheJapaneseTitleAndGoesToTheEvidenceSentence() throws Exception {
        String partnership = Iris.ID_BASE + "partnership/uw-tsukuba-ai-2024";
        browser.get(server.baseUrl() + "/id/partnership/uw-tsukuba-ai-2024");
        assertTrue(browser.getCurrentUrl().endsWith("/id/partnership/uw-tsukuba-ai-2024.html"), browser.getCurrentUrl());
        assertEquals("ja", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals(japaneseLabel(partnership), browser.findElement(By.id("title")).getText());
        List<WebElement> evidence = browser.findElements(By.cssSelector("blockquote.evidence"));
        assertFalse(evidence.isEmpty(), "extracted statements show their sentences");
        assertFalse(browser.findElements(By.cssSelector("a.badge.inferred")).isEmpty(), "inferred statements are marked");
        screenshot("resource-page");

        WebElement toDocument = evidence.get(0).findElement(By.tagName("a"));
        String sentence = evidence.get(0).getText();
        String fragment = toDocument.getDomAttribute("href").substring(toDocument.getDomAttribute("href").indexOf('#') + 1);
        toDocument.click();
        assertTrue(browser.getCurrentUrl().contains("/id/document/") && browser.getCurrentUrl().endsWith("#" + fragment), browser.getCurrentUrl());
        WebElement span = browser.findElement(By.id(fragment));
        assertTrue(sentence.contains(span.getText().split(" #char=")[0].strip()), "the page's sentence is the span: " + span.getText());
        assertTrue(span.getCssValue("background-color").startsWith("rgba(255, 245, 204"), "the target sentence is highlighted: " + span.getCssValue("background-color"));
        screenshot("document-page");
    }

    @Test
    void labelsHoldingMarkupStayTextAndOddIrisAreNoLinks() throws Exception {
        browser.get(server.baseUrl() + "/id/org/hostile-labels.html");
        WebElement title = browser.findElement(By.id("title"));
        assertEquals(japaneseLabel(Iris.ID_BASE + "org/hostile-labels"), title.getText());
        assertNull(browser.findElement(By.tagName("body")).getDomAttribute("data-pwned"), "no script of the data ran");
        assertTrue(title.findElements(By.xpath(".//*")).isEmpty(), "the title holds no element");
        for (WebElement a : browser.findElements(By.tagName("a"))) {
            String href = a.getDomAttribute("href");
            assertFalse(href != null && href.toLowerCase().startsWith("javascript:"), "a javascript: link: " + a.getText());
        }
        screenshot("hostile-labels");
    }

    @Test
    void theOntologyDocumentationShowsTheHierarchyAndBothLanguages() throws Exception {
        browser.get(server.baseUrl() + "/ontology");
        assertTrue(browser.getCurrentUrl().endsWith("/ontology.html"), browser.getCurrentUrl());
        WebElement partnerOf = browser.findElement(By.id("partnerOf"));
        assertTrue(partnerOf.getText().contains(japaneseLabel(org.pactgraph.model.Pact.partnerOf.getURI())), partnerOf.getText());
        assertFalse(browser.findElements(By.cssSelector("#hierarchy + ul.tree li ul li")).isEmpty(), "the hierarchy has levels");
        screenshot("ontology-page");
    }
}
