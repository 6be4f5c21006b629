package org.pactgraph.server.page;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pactgraph.server.HeadlessChromium;
import org.pactgraph.server.RunningServer;
import org.pactgraph.server.ServerSettings;

/**
 * A real PactGraph server over the shared test store and Debian's headless Chromium looking at its
 * query page, with the few moves the page tests make: open an address, wait for an answer, read
 * the page through JavaScript, take a screenshot.
 */
final class PageSession implements AutoCloseable {
    final RunningServer server;
    final ChromeDriver browser;

    PageSession(ServerSettings settings) {
        server = RunningServer.overSharedStore(settings);
        ChromeDriver started = null;
        try {
            started = HeadlessChromium.start();
        } finally {
            if (started == null) server.close();
        }
        browser = started;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    /** The viewport (the page's own width and height, without the browser's frame) made this size. */
    void viewport(int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
        long inner = (Long) js("return window.innerWidth");
        browser.manage().window().setSize(new Dimension(width + (int) (width - inner), height));
        waiting().until(d -> ((Long) js("return window.innerWidth")) == width);
    }

    /** Opens a path of the server and waits until the page has started. */
    void open(String path) {
        // A fresh page each time: an address that differs only after "#" would not load one.
        browser.get("about:blank");
        browser.get(server.baseUrl() + path);
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    /** The address that opens the page with this query, running it at once when run is true. */
    static String linkTo(String query, boolean run) {
        return "/#query=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20") + (run ? "&run=1" : "");
    }

    /** Waits until the status line reports this many rows. */
    void waitForRows(int rows) {
        waiting().until(d -> d.findElement(By.id("status")).getText().startsWith(rows + (rows == 1 ? " row " : " rows ")));
    }

    Object js(String script, Object... args) {
        return browser.executeScript(script, args);
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> jsList(String script, Object... args) {
        return (List<Map<String, Object>>) js(script, args);
    }

    /** The text of a catalogue query. */
    static String catalogueQuery(String file) {
        return read(Path.of("queries", file));
    }

    /** The rows of a query's golden answer (the CSV without its header). */
    static List<String> goldenRows(String file) {
        List<String> lines = read(Path.of("src/test/resources/queries", file.replace(".rq", ".csv"))).lines().toList();
        assertTrue(lines.size() > 1, "the golden answer of " + file + " has rows");
        return lines.subList(1, lines.size());
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void screenshot(String name) {
        HeadlessChromium.screenshot(browser, name);
    }

    /** A screenshot with the element's top at the top of the window. */
    void screenshotOf(String selector, String name) {
        js("document.querySelector(arguments[0]).scrollIntoView({block: 'start'})", selector);
        screenshot(name);
    }

    @Override
    public void close() {
        try {
            browser.quit();
        } finally {
            server.close();
        }
    }
}
