package org.pactgraph.server.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pactgraph.server.page.PageChecks.assertLabelsApart;
import static org.pactgraph.server.page.PageChecks.assertLabelsOnScreen;
import static org.pactgraph.server.page.PageChecks.number;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pactgraph.server.RunningServer;

/**
 * The map, timeline and bar chart views of a result, in headless Chromium at a desktop width:
 * each catalogue query with a #defaultView opens on that view, shows one mark per row of its
 * golden answer where the answer puts it, and keeps its labels on screen. Screenshots:
 * target/screenshots/view-*.png.
 */
class ResultViewsTest {
    static final String MAP = "where-partner-organisations-are.rq";
    static final String TIMELINE = "when-initiatives-and-events-took-place.rq";
    static final String BARS = "money-stated-for-each-partnership.rq";
    private static PageSession session;

    @BeforeAll
    static void start() {
        session = new PageSession(RunningServer.loopback());
        session.viewport(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (session != null) session.close();
    }

    private static String view() {
        return session.browser.findElement(By.id("results")).getDomAttribute("data-view");
    }

    /** The golden answer's rows split into fields (these answers have no quoted commas). */
    private static List<String[]> golden(String file) {
        return PageSession.goldenRows(file).stream().map(r -> r.split(",", -1)).toList();
    }

    /** Opens the catalogue query from its link, waits for its answer and returns the golden rows. */
    private static List<String[]> openedFromItsLink(String file) {
        List<String[]> golden = golden(file);
        session.open(PageSession.linkTo(PageSession.catalogueQuery(file), true));
        session.waitForRows(golden.size());
        return golden;
    }

    @Test
    void theMapQueryShowsEachPlaceOfItsRowsWhereItLies() {
        List<String[]> golden = openedFromItsLink(MAP);
        assertEquals("map", view());
        List<Map<String, Object>> points = session.jsList("""
                return [...document.querySelectorAll('#results svg.map .map-point')].map(p => {
                  const r = p.querySelector('circle').getBoundingClientRect();
                  return { lat: Number(p.dataset.lat), long: Number(p.dataset.long), rows: Number(p.dataset.rows),
                           x: r.left + r.width / 2, y: r.top + r.height / 2 }; });""");
        Set<String> expected = golden.stream().map(f -> Double.parseDouble(f[3]) + "," + Double.parseDouble(f[4]))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, points.stream().map(p -> number(p, "lat") + "," + number(p, "long"))
                .collect(Collectors.toCollection(TreeSet::new)), "one point per place");
        assertEquals(golden.size(), points.stream().mapToInt(p -> (int) number(p, "rows")).sum(), "every row is on a point");
        assertEquals(golden.size(), session.browser.findElements(By.cssSelector("#results .map-list a")).size());

        // Across the Pacific: Tokyo west of Seattle, Seattle north-west of Pittsburgh.
        Map<String, Object> tokyo = at(points, 35.69), seattle = at(points, 47.61), pittsburgh = at(points, 40.44);
        assertTrue(number(tokyo, "x") < number(seattle, "x") && number(seattle, "x") < number(pittsburgh, "x"), points.toString());
        assertTrue(number(seattle, "y") < number(pittsburgh, "y") && number(pittsburgh, "y") < number(tokyo, "y"), points.toString());
        session.waiting().until(d -> session.js("return document.querySelector('#results svg.map').dataset.land || null") != null);
        assertTrue(Integer.parseInt((String) session.js("return document.querySelector('#results svg.map').dataset.land")) > 0,
                "the land of Natural Earth is drawn under the points");
        assertLabelsOnScreen(session, "#results svg.map text");
        assertLabelsApart(PageChecks.texts(session, "#results svg.map text.place"));
        session.screenshotOf("#result-views", "view-map");
    }

    private static Map<String, Object> at(List<Map<String, Object>> points, double lat) {
        return points.stream().filter(p -> number(p, "lat") == lat).findFirst().orElseThrow(() -> new AssertionError("no point at " + lat));
    }

    @Test
    void theTimelineQueryShowsItsRowsInTimeOrderAlongTheAxis() {
        List<String[]> golden = openedFromItsLink(TIMELINE);
        assertEquals("timeline", view());
        List<Map<String, Object>> items = session.jsList("""
                return [...document.querySelectorAll('#results svg.timeline .timeline-item')].map(g => {
                  const r = g.querySelector('circle').getBoundingClientRect();
                  return { date: g.dataset.date, x: r.left + r.width / 2 }; });""");
        assertEquals(golden.stream().map(f -> f[2]).toList(), items.stream().map(i -> i.get("date")).toList());
        for (int i = 1; i < items.size(); i++) {
            int order = ((String) items.get(i).get("date")).compareTo((String) items.get(i - 1).get("date"));
            double step = number(items.get(i), "x") - number(items.get(i - 1), "x");
            assertTrue(order == 0 ? Math.abs(step) < 0.5 : step > 1, "later dates lie further right: " + items);
        }
        assertLabelsOnScreen(session, "#results svg.timeline text");
        assertLabelsApart(PageChecks.texts(session, "#results svg.timeline .timeline-item text"));
        session.screenshotOf("#result-views", "view-timeline");
    }

    @Test
    void theBarChartQueryDrawsBarsInProportionToItsNumbers() {
        List<String[]> golden = openedFromItsLink(BARS);
        assertEquals("barchart", view());
        List<Map<String, Object>> bars = session.jsList("""
                return [...document.querySelectorAll('#results svg.barchart .bar')].map(g => ({
                  value: Number(g.dataset.value), width: g.querySelector('rect').getBoundingClientRect().width,
                  label: g.querySelector('.bar-label').textContent }));""");
        assertEquals(golden.stream().map(f -> Double.parseDouble(f[2])).toList(), bars.stream().map(b -> number(b, "value")).toList());
        double perUnit = number(bars.get(0), "width") / number(bars.get(0), "value");
        bars.forEach(b -> assertEquals(number(b, "value") * perUnit, number(b, "width"), 1.0, "bar in proportion: " + b));
        assertTrue(((String) bars.get(0).get("label")).startsWith(golden.get(0)[1].substring(0, 10)), bars.get(0).toString());
        assertLabelsOnScreen(session, "#results svg.barchart text");
        session.screenshotOf("#result-views", "view-barchart");
    }

    @Test
    void theViewButtonsSwitchViewsAndOfferOnlyWhatTheColumnsAllow() {
        List<String[]> golden = openedFromItsLink(TIMELINE);
        assertFalse(session.browser.findElement(By.cssSelector("#result-views [data-view='map']")).isEnabled(), "no coordinates, no map");
        assertFalse(session.browser.findElement(By.cssSelector("#result-views [data-view='barchart']")).isEnabled(), "no numbers, no bars");
        session.browser.findElement(By.cssSelector("#result-views [data-view='table']")).click();
        assertEquals("table", view());
        assertEquals(golden.size(), session.browser.findElements(By.cssSelector("#results table.results tbody tr")).size());
        session.browser.findElement(By.cssSelector("#result-views [data-view='timeline']")).click();
        assertEquals(golden.size(), session.browser.findElements(By.cssSelector("#results .timeline-item")).size());
        assertEquals("Timeline", session.browser.findElement(By.cssSelector("#questions button[data-file='" + TIMELINE + "'] .view-tag")).getText(),
                "the catalogue tells which questions open on a view");
    }

    @Test
    void aDefaultViewThatTheResultCannotFillFallsBackToTheTableWithANotice() {
        session.open(PageSession.linkTo("#defaultView:Map\nSELECT ?name WHERE { ?p a pact:Partnership ; rdfs:label ?name } LIMIT 3", true));
        session.waitForRows(3);
        assertEquals("table", view());
        String notice = session.browser.findElement(By.id("notice")).getText();
        assertTrue(notice.contains("#defaultView:Map") && notice.contains("coordinates"), notice);
    }
}
