package org.pactgraph.server.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pactgraph.server.HeadlessChromium;
import org.pactgraph.server.RunningServer;

/** The explanation page as a person sees it, in Debian's headless Chromium. Screenshot in target/screenshots/. */
class ExplanationPageTest {
    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass();

    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
    }

    @Test
    void showsEachStepWithItsRuleAndEachLeafWithItsSource() {
        browser.get(server.baseUrl() + ExplainModule.PATH + "?s=person:gina-raimondo&p=a&o=pact:Official");
        assertEquals("Why person:gina-raimondo a pact:Official holds", browser.findElement(By.tagName("h1")).getText());
        List<String> rules = browser.findElements(By.cssSelector("span.rule")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("cax-eqc2", "cls-int1", "asserted", "cls-svf1", "asserted", "asserted"), rules);
        String axiom = browser.findElement(By.cssSelector("span.axiom")).getText();
        assertEquals("pact:Official owl:equivalentClass (pact:Person and (pact:holdsPost some pact:Post))", axiom);
        WebElement leaf = browser.findElements(By.cssSelector("div.source")).get(0);
        assertTrue(leaf.getText().startsWith("in graph https://w3id.org/pactgraph/graph/reference"), leaf.getText());
        HeadlessChromium.screenshot(browser, "explanation");
    }

    @Test
    void itsStyleIsAllowedByItsOwnPolicy() {
        browser.get(server.baseUrl() + ExplainModule.PATH + "?s=person:gina-raimondo&p=a&o=pact:Official");
        assertEquals("rgba(232, 238, 252, 1)", browser.findElement(By.cssSelector("span.rule")).getCssValue("background-color"),
                "the page's inline style was blocked");
    }
}
