package org.pactgraph.server.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.pactgraph.server.RunningServer;

/**
 * The query in the address and the page's states, in headless Chromium against a server whose
 * anonymous row cap is small: a question's query goes into the address, which reopens it; a
 * link without run=1 only fills the editor; the Wikidata form of a link is read; an answer cut
 * by the row cap says so on the page; after an error nothing stale can be downloaded.
 */
class QueryLinkAndStatesTest {
    private static final int CAP = 20;
    private static PageSession session;

    @BeforeAll
    static void start() {
        session = new PageSession(RunningServer.loopback().withAnonymousRowLimit(CAP));
        session.viewport(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (session != null) session.close();
    }

    private static String editorText() {
        return (String) session.js("return window.pactgraph.page.yasqe.getValue()");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> linkInAddress() {
        return (Map<String, Object>) session.js("return window.pactgraphLink.read()");
    }

    @Test
    void aQuestionsQueryGoesIntoTheAddressAndTheAddressReopensIt() {
        String file = "institutions-partnering-with-keio.rq";
        int rows = PageSession.goldenRows(file).size();
        session.open("/");
        session.browser.findElement(By.cssSelector("#questions button[data-file='" + file + "']")).click();
        session.waitForRows(rows);
        Map<String, Object> link = linkInAddress();
        assertEquals(PageSession.catalogueQuery(file), link.get("query"));
        assertEquals(true, link.get("run"));
        String shared = session.browser.findElement(By.id("share-link")).getDomProperty("value");
        assertEquals(session.browser.getCurrentUrl(), shared, "the link to copy is the address");

        session.browser.get("about:blank");
        session.browser.get(shared);
        session.waitForRows(rows);
        assertEquals(PageSession.catalogueQuery(file), editorText());
        assertEquals(rows, session.browser.findElements(By.cssSelector("#results table.results tbody tr")).size());
    }

    @Test
    void aLinkWithoutRunFillsTheEditorAndWaitsForThePerson() {
        String query = "SELECT ?name WHERE { ?p a pact:Partnership ; rdfs:label ?name } LIMIT 2";
        session.open(PageSession.linkTo(query, false));
        assertEquals(query, editorText());
        assertTrue(session.browser.findElement(By.id("status")).getText().contains("press Run"));
        assertEquals(0, session.browser.findElements(By.cssSelector("#results *")).size(), "nothing ran");
        session.browser.findElement(By.id("run")).click();
        session.waitForRows(2);
        assertEquals(true, linkInAddress().get("run"), "once run, the address says so: " + session.browser.getCurrentUrl());
    }

    @Test
    void theWikidataFormOfALinkAndTheQueryParameterAreReadToo() {
        String query = "SELECT ?x WHERE { ?x a pact:University } # a + b / c?";
        session.open("/#" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
        assertEquals(query, editorText());
        session.open("/?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertEquals(query, editorText());
    }

    @Test
    void anAnswerCutByTheRowCapSaysSoOnThePage() {
        session.open(PageSession.linkTo("SELECT ?s ?p ?o WHERE { ?s ?p ?o }", true));
        session.waitForRows(CAP);
        WebElement notice = session.browser.findElement(By.id("notice"));
        assertTrue(notice.isDisplayed(), "the cap is shown, not only sent as a header");
        assertTrue(notice.getText().startsWith("Only the first " + CAP + " rows are shown"), notice.getText());
        session.screenshotOf("#status", "row-cap-notice");

        session.open(PageSession.linkTo("SELECT ?s WHERE { ?s ?p ?o } LIMIT 5", true));
        session.waitForRows(5);
        assertFalse(session.browser.findElement(By.id("notice")).isDisplayed(), "an answer within its own LIMIT is whole");
    }

    @Test
    void afterAnErrorNothingStaleCanBeDownloadedOrViewed() {
        session.open(PageSession.linkTo(PageSession.catalogueQuery(ResultViewsTest.BARS), true));
        session.waitForRows(PageSession.goldenRows(ResultViewsTest.BARS).size());
        assertTrue(session.browser.findElement(By.id("download-csv")).isEnabled());

        session.js("window.pactgraph.page.yasqe.setValue('SELECT ?x WHERE { ?x ?y }')");
        session.browser.findElement(By.id("run")).click();
        session.waiting().until(d -> d.findElement(By.id("status")).getText().startsWith("400"));
        assertFalse(session.browser.findElement(By.id("download-csv")).isEnabled(), "CSV download off after an error");
        assertFalse(session.browser.findElement(By.id("download-json")).isEnabled(), "JSON download off after an error");
        assertFalse(session.browser.findElement(By.id("result-views")).isDisplayed(), "no views of a result that is gone");
        assertEquals(0, session.browser.findElements(By.cssSelector("#results *")).size(), "the old answer is gone");
        assertFalse(session.browser.findElement(By.id("notice")).isDisplayed());
        session.screenshotOf("#editor", "query-error");
    }
}
