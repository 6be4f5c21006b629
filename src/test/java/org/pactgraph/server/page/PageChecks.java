package org.pactgraph.server.page;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

/** What the page tests check of what Chromium lays out: labels on screen and apart, no sideways scrolling. */
final class PageChecks {
    /** The shown, non-empty text elements under a selector, with their boxes on screen and font size. */
    private static final String TEXTS = """
            return [...document.querySelectorAll(arguments[0])]
              .filter(t => t.getClientRects().length > 0 && getComputedStyle(t).display !== 'none' && t.textContent.trim() !== '')
              .map(t => { const r = t.getBoundingClientRect();
                return { text: t.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom,
                         size: parseFloat(getComputedStyle(t).fontSize) }; });""";

    private PageChecks() {}

    static List<Map<String, Object>> texts(PageSession session, String selector) {
        return session.jsList(TEXTS, selector);
    }

    /** Every label under the selector lies within the window's width and has a font of at least 10 px. */
    static List<Map<String, Object>> assertLabelsOnScreen(PageSession session, String selector) {
        long width = (Long) session.js("return window.innerWidth");
        List<Map<String, Object>> texts = texts(session, selector);
        assertTrue(!texts.isEmpty(), "labels are shown under " + selector);
        for (Map<String, Object> t : texts) {
            assertTrue(number(t, "left") >= -0.5 && number(t, "right") <= width + 0.5,
                    "label '" + t.get("text") + "' lies within the window's " + width + " px: " + t);
            assertTrue(number(t, "size") >= 10, "label '" + t.get("text") + "' is readable: " + t);
        }
        return texts;
    }

    /** No two of the labels cover one another (a pixel of touching allowed). */
    static void assertLabelsApart(List<Map<String, Object>> texts) {
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                Map<String, Object> a = texts.get(i), b = texts.get(j);
                boolean overlap = number(a, "left") < number(b, "right") - 1 && number(b, "left") < number(a, "right") - 1
                        && number(a, "top") < number(b, "bottom") - 1 && number(b, "top") < number(a, "bottom") - 1;
                assertTrue(!overlap, "labels '" + a.get("text") + "' and '" + b.get("text") + "' cover each other");
            }
        }
    }

    /** The page is no wider than the window: nothing makes it scroll sideways. */
    static void assertNoSidewaysScroll(PageSession session) {
        long scroll = (Long) session.js("return document.documentElement.scrollWidth");
        long width = (Long) session.js("return window.innerWidth");
        assertTrue(scroll <= width, "the page is " + scroll + " px wide in a window of " + width + " px");
    }

    static double number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }
}
