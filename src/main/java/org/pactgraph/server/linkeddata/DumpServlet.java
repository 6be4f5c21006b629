package org.pactgraph.server.linkeddata;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pactgraph.export.DumpNames;
import org.pactgraph.export.ExportFormat;
import org.pactgraph.export.Exporter;
import org.pactgraph.server.ServerSettings;
import org.pactgraph.server.linkeddata.PageModel.Link;
import org.pactgraph.server.pages.LanguagePreference;
import org.pactgraph.server.pages.PageTemplates;
import org.pactgraph.server.pages.Representation;

/**
 * {@code /dumps/}: a page listing every dump, and the dumps themselves, written on request
 * straight from the store as the client reads them (the same streaming export as
 * {@code pactgraph export}), so that a dump is never held in memory or left stale on disk.
 * {@code void.ttl} is the dataset's VoID and DCAT description.
 */
final class DumpServlet extends HttpServlet {
    static final String PATH = "/dumps/";
    static final String VOID_FILE = "void.ttl";

    private final transient DatasetGraph store;
    private final transient PageTemplates templates = new PageTemplates();

    DumpServlet(DatasetGraph store) {
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String file = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        if (req.getPathInfo() == null) {
            resp.setStatus(301);
            resp.setHeader("Location", PATH);
            return;
        }
        List<String> graphs = Exporter.graphNames(store);
        if (file.isEmpty()) {
            listing(req, resp, graphs);
            return;
        }
        if (file.equals(VOID_FILE)) {
            VoidServlet.document(store, req).send(resp, Representation.TTL);
            return;
        }
        Optional<DumpNames.Dump> dump = DumpNames.parse(file, graphs);
        if (dump.isEmpty()) {
            resp.setStatus(404);
            resp.setContentType("text/plain; charset=utf-8");
            resp.getWriter().println("There is no dump " + file + "; the list is at " + PATH);
            return;
        }
        DumpNames.Dump d = dump.get();
        resp.setStatus(200);
        resp.setContentType(d.gzip() ? "application/gzip" : d.format().mediaType() + "; charset=utf-8");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + d.name() + "\"");
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Cache-Control", "no-cache");
        OutputStream body = resp.getOutputStream();
        OutputStream out = d.gzip() ? new GZIPOutputStream(body, 1 << 16) : body;
        new Exporter().export(store, d.format(), d.scope(), out);
        if (out instanceof GZIPOutputStream gz) gz.finish();
    }

    private void listing(HttpServletRequest req, HttpServletResponse resp, List<String> graphs) throws IOException {
        List<Row> rows = new ArrayList<>();
        rows.add(row("Everything: every named graph, inferred triples included", null, DumpNames::allFile));
        rows.add(row("Asserted only: without the inferred graph", null, DumpNames::assertedFile));
        for (String g : graphs) {
            rows.add(row("Graph " + g, g, (f, gz) -> DumpNames.graphFile(g, f, gz)));
        }
        LanguagePreference language = LanguagePreference.of(req.getHeader("Accept-Language"));
        resp.setHeader("Vary", "Accept-Language");
        templates.send(resp, 200, "dumps", new Listing(language.primary(), "Dumps", PageTemplates.CSS, rows,
                ServerSettings.DATASET + "/sparql"));
    }

    private interface FileName {
        String of(ExportFormat format, boolean gzip);
    }

    private static Row row(String title, String graph, FileName name) {
        List<Link> files = new ArrayList<>();
        for (ExportFormat f : ExportFormat.values()) {
            files.add(new Link(PATH + name.of(f, false), f.title(), f.mediaType()));
            files.add(new Link(PATH + name.of(f, true), f.title() + " (gzip)", "application/gzip"));
        }
        return new Row(title, graph, files);
    }

    record Row(String title, String graph, List<Link> files) {}

    record Listing(String lang, String title, String css, List<Row> rows, String sparql) {}
}
