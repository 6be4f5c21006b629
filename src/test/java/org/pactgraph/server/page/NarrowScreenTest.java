package org.pactgraph.server.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pactgraph.server.page.PageChecks.assertLabelsApart;
import static org.pactgraph.server.page.PageChecks.assertLabelsOnScreen;
import static org.pactgraph.server.page.PageChecks.assertNoSidewaysScroll;
import static org.pactgraph.server.page.PageChecks.number;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.pactgraph.server.RunningServer;

/**
 * The query page on a 360 px wide phone screen, and the network view on a phone and a desktop,
 * in headless Chromium: nothing scrolls sideways, the editor takes the screen's width, every
 * view keeps its labels on screen (the timeline's whole, on lines of their own), the network
 * fits the window. Screenshots:
 * target/screenshots/narrow-*.png and network-*.png.
 */
class NarrowScreenTest {
    private static final int PHONE = 360;
    private static PageSession session;

    @BeforeAll
    static void start() {
        session = new PageSession(RunningServer.loopback());
    }

    @AfterAll
    static void stop() {
        if (session != null) session.close();
    }

    @ParameterizedTest(name = "{0} px")
    @CsvSource({ "360", "420" })
    void theQueryPageFitsAPhoneScreen(int width) {
        session.viewport(width, 740);
        session.open("/");
        session.waiting().until(d -> d.findElement(By.id("status")).getText().contains(" in "));
        assertNoSidewaysScroll(session);
        double editor = ((Number) session.js("return document.getElementById('editor').getBoundingClientRect().width")).doubleValue();
        assertTrue(editor >= width - 40, "the editor takes the screen's width, not a sliver: " + editor + " px");
        session.screenshot("narrow-query-page-" + width);

        // The widest answer of the catalogue: ten columns scroll inside their box, not the page.
        String file = "funding-totals-and-their-parts.rq";
        session.browser.findElement(By.cssSelector("#catalogue summary")).click();
        session.browser.findElement(By.cssSelector("#questions button[data-file='" + file + "']")).click();
        session.waitForRows(PageSession.goldenRows(file).size());
        assertNoSidewaysScroll(session);
        double table = ((Number) session.js("return document.querySelector('#results table').scrollWidth")).doubleValue();
        assertTrue(table > width, "the table is wider than the screen (" + table + " px) and scrolls in its box");
        session.screenshotOf("#status", "narrow-table-" + width);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({ ResultViewsTest.MAP + ",map", ResultViewsTest.TIMELINE + ",timeline", ResultViewsTest.BARS + ",barchart" })
    void eachViewFitsA360PixelScreenWithItsLabelsOnIt(String file, String view) {
        session.viewport(PHONE, 740);
        session.open(PageSession.linkTo(PageSession.catalogueQuery(file), true));
        session.waitForRows(PageSession.goldenRows(file).size());
        assertEquals(view, session.browser.findElement(By.id("results")).getDomAttribute("data-view"));
        assertNoSidewaysScroll(session);
        assertLabelsOnScreen(session, "#results svg text");
        if (view.equals("timeline")) assertTimelineLabelsWhole(file);
        if (view.equals("map")) {
            session.waiting().until(d -> session.js("return document.querySelector('#results svg.map').dataset.land || null") != null);
        }
        session.screenshotOf("#result-views", "narrow-view-" + view);
    }

    /**
     * On a phone each timeline label wraps onto lines of its own under its point: every row's
     * date and name are shown whole (they were cut with an ellipsis at 360 px), and no label
     * covers the next.
     */
    private static void assertTimelineLabelsWhole(String file) {
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) session.js("""
                return [...document.querySelectorAll('#results svg.timeline .timeline-item > text')]
                  .map(t => [...t.querySelectorAll('tspan')].map(s => s.textContent).join(' '));""");
        List<String> expected = PageSession.goldenRows(file).stream().map(r -> r.split(",", -1)).map(f -> f[2] + " " + f[1]).toList();
        assertEquals(expected, shown, "each row's date and name, whole");
        assertLabelsApart(PageChecks.texts(session, "#results svg.timeline .timeline-item > text"));
    }

    @ParameterizedTest(name = "{0} px")
    @CsvSource({ "360,740", "1280,900" })
    void theNetworkFitsTheWindowAndKeepsItsLabelsReadable(int width, int height) {
        session.viewport(width, height);
        session.open("/");
        session.browser.findElement(By.cssSelector("nav .tab[data-tab='network-view']")).click();
        session.waiting().until(d -> d.findElement(By.id("network")).getDomAttribute("data-nodes") != null);
        assertNoSidewaysScroll(session);
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) session.js("""
                const svg = document.getElementById('network');
                if (svg.getBoundingClientRect().bottom > window.innerHeight) svg.scrollIntoView({ block: 'end' });
                const r = svg.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };""");
        assertTrue(number(box, "left") >= 0 && number(box, "right") <= width && number(box, "top") >= 0 && number(box, "bottom") <= height,
                "the whole network fits in the " + width + "x" + height + " window: " + box);
        List<Map<String, Object>> nodes = session.jsList("""
                return [...document.querySelectorAll('#network g.node')].map(g => { const r = g.firstElementChild.getBoundingClientRect();
                  return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }; });""");
        for (Map<String, Object> n : nodes) {
            assertTrue(number(n, "left") >= number(box, "left") && number(n, "right") <= number(box, "right")
                    && number(n, "top") >= number(box, "top") && number(n, "bottom") <= number(box, "bottom"), "node inside the picture: " + n);
        }
        List<Map<String, Object>> labels = assertLabelsOnScreen(session, "#network text");
        for (Map<String, Object> l : labels) {
            assertTrue(number(l, "left") >= number(box, "left") && number(l, "right") <= number(box, "right"), "label inside the picture: " + l);
        }
        assertLabelsApart(labels);
        assertTrue(labels.size() >= nodes.size() / 3, labels.size() + " of " + nodes.size() + " labels shown without hovering");
        session.screenshot("network-" + width);
    }
}
