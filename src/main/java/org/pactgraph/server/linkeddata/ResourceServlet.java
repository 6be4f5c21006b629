package org.pactgraph.server.linkeddata;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.pactgraph.server.ServerSettings;
import org.pactgraph.server.linkeddata.PageModel.Link;
import org.pactgraph.server.pages.Labels;
import org.pactgraph.server.pages.LanguagePreference;
import org.pactgraph.server.pages.PageTemplates;
import org.pactgraph.server.pages.RdfDocument;
import org.pactgraph.server.pages.Representation;

/**
 * Answers {@code /id/{kind}/{slug}}: the IRI of a thing (an organisation, a partnership) is
 * answered 303 See Other to the document that describes it, in the format the Accept header
 * prefers ({@code /id/org/nvidia.ttl}, {@code .html} ...), and each such document is served as
 * it is. Unknown resources get 404 with a page that says where to look.
 */
final class ResourceServlet extends HttpServlet {
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._~%!$&'()*+,;=:@/-]+");

    private final transient DatasetGraph store;
    private final transient LinkedDataSettings settings;
    private final transient PageLinks links;
    private final transient PageTemplates templates = new PageTemplates();

    ResourceServlet(DatasetGraph store, LinkedDataSettings settings) {
        this.store = store;
        this.settings = settings;
        this.links = new PageLinks(settings.idBase(), settings.explainPath());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        Representation fixed = null;
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/')) {
            Optional<Representation> bySuffix = Representation.bySuffix(path.substring(dot + 1));
            if (bySuffix.isPresent()) {
                fixed = bySuffix.get();
                path = path.substring(0, dot);
            }
        }
        String iri = settings.idBase() + path;
        LanguagePreference language = LanguagePreference.of(req.getHeader("Accept-Language"));
        Representation wanted = fixed != null ? fixed : Representation.negotiate(req.getHeader("Accept")).orElse(null);
        if (path.isEmpty() || !SAFE_PATH.matcher(path).matches() || path.contains("..")) {
            notFound(resp, wanted, iri, path, language);
            return;
        }
        String resource = path;
        Representation chosen = fixed;
        Txn.executeRead(store, () -> {
            try {
                DatasetGraph description = new ResourceDescriber(store).describe(iri);
                if (description.isEmpty()) {
                    notFound(resp, wanted, iri, resource, language);
                } else if (chosen == null) {
                    seeOther(resp, wanted, resource);
                } else if (chosen == Representation.HTML) {
                    Labels labels = new Labels(store, language);
                    resp.setHeader("Content-Language", language.primary());
                    resp.setHeader("Vary", "Accept-Language");
                    resp.setHeader("Link", alternates(resource));
                    templates.send(resp, 200, "resource", new ResourcePage(store, links, labels)
                            .build(iri, description, formats(resource), ServerSettings.DATASET + "/sparql"));
                } else {
                    resp.setHeader("Link", alternates(resource));
                    new RdfDocument(description).send(resp, chosen);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The IRI names a thing, not a document: send the client on to the document in the format it asked for. */
    private static void seeOther(HttpServletResponse resp, Representation wanted, String path) throws IOException {
        resp.setHeader("Vary", "Accept");
        if (wanted == null) {
            resp.setStatus(406);
            resp.setContentType("text/plain; charset=utf-8");
            resp.getWriter().println("None of the Accept header's types is offered; this resource is available as: " + Representation.offered());
            return;
        }
        String location = PageLinks.ID_PATH + path + "." + wanted.suffix();
        resp.setStatus(303);
        resp.setHeader("Location", location);
        resp.setHeader("Cache-Control", "max-age=3600");
        resp.setContentType("text/plain; charset=utf-8");
        resp.getWriter().println("303 See Other: the description of this resource as " + wanted.mediaType() + " is at " + location);
    }

    private void notFound(HttpServletResponse resp, Representation wanted, String iri, String path, LanguagePreference language)
            throws IOException {
        if (wanted == Representation.HTML) {
            List<Link> suggestions = Txn.calculateRead(store, () -> new Suggestions(store, settings.idBase(), links,
                    new Labels(store, language)).near(path));
            templates.send(resp, 404, "notfound", new PageModel.NotFound(language.primary(), "Not found", PageTemplates.CSS, iri,
                    path, suggestions, ServerSettings.DATASET + "/sparql"));
            return;
        }
        resp.setStatus(404);
        resp.setContentType("text/plain; charset=utf-8");
        byte[] body = ("No resource <" + iri + "> is described in this dataset. Browse /dumps/, query "
                + ServerSettings.DATASET + "/sparql, or open " + PageLinks.ID_PATH + path + ".html in a browser for suggestions.\n")
                .getBytes(StandardCharsets.UTF_8);
        resp.getOutputStream().write(body);
    }

    private static List<Link> formats(String path) {
        List<Link> out = new ArrayList<>();
        for (Representation r : Representation.values()) {
            if (r != Representation.HTML) out.add(new Link(PageLinks.ID_PATH + path + "." + r.suffix(), r.format().title(), r.mediaType()));
        }
        return out;
    }

    private static String alternates(String path) {
        List<String> out = new ArrayList<>();
        for (Representation r : Representation.values()) {
            out.add("<" + PageLinks.ID_PATH + path + "." + r.suffix() + ">; rel=\"alternate\"; type=\"" + r.mediaType() + "\"");
        }
        return String.join(", ", out);
    }
}
