package org.pactgraph.server.review;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.pactgraph.review.Candidate;
import org.pactgraph.review.Decision;
import org.pactgraph.review.QueuePage;
import org.pactgraph.review.QueueText;
import org.pactgraph.review.ReviewException;
import org.pactgraph.review.ReviewQueue;
import org.pactgraph.review.Reviewer;
import org.pactgraph.server.search.JsonResponses;
import org.pactgraph.server.security.Role;
import org.pactgraph.server.security.SecurityModule;

/**
 * {@code GET /review}: the page; {@code GET /review/queue}: the queue as JSON (or as
 * {@code pactgraph review list} prints it with {@code ?format=text}); {@code POST /review/decide}
 * with the form fields {@code action} (approve, reject, edit, merge), {@code key}, and for an edit
 * {@code subject} and/or {@code object}, for a merge {@code from} and {@code into}, and optionally
 * {@code graph}, the item's document graph as the queue gave it (the item is looked for there
 * first, so that a decision costs that graph, not the whole queue);
 * {@code POST /review/undo} with {@code key}: the decision it printed is undone. The queue comes
 * a page at a time ({@code ?offset=&limit=}, {@link QueuePage#DEFAULT_LIMIT} items unless told,
 * at most {@link QueuePage#MAX_LIMIT}), with the whole queue's size and the next and previous pages. Writers
 * only: without credentials 401, with the read role 403, on a server without a password file 403.
 * A decision sent by a page of another site is refused before it gets here, by the server's one
 * rule for writes ({@link SecurityModule#crossSiteWrites()}, mapped by {@link ReviewModule}).
 */
final class ReviewServlet extends HttpServlet {
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final DatasetGraph dataset;
    private final boolean writable;
    /** One for the server's life, so that decisions on one generation share its curated closure. */
    private final org.pactgraph.load.InferenceAfterReview inference;

    ReviewServlet(DatasetGraph dataset, boolean writable, org.pactgraph.load.InferenceAfterReview inference) {
        this.dataset = dataset;
        this.writable = writable;
        this.inference = inference;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!writer(req, resp)) return;
        String info = req.getPathInfo() == null ? "" : req.getPathInfo();
        resp.setHeader("Cache-Control", "no-store");
        switch (info) {
            case "", "/" -> page(resp);
            case "/queue" -> {
                QueuePage page;
                try {
                    int offset = QueuePage.parse("offset", req.getParameter("offset"), 0);
                    int limit = QueuePage.parse("limit", req.getParameter("limit"), QueuePage.DEFAULT_LIMIT);
                    page = Txn.calculateRead(dataset, () -> ReviewQueue.page(dataset, offset, limit));
                } catch (ReviewException e) {
                    JsonResponses.error(resp, HttpServletResponse.SC_BAD_REQUEST, e.oneLine());
                    return;
                }
                if ("text".equals(req.getParameter("format"))) {
                    resp.setContentType("text/plain; charset=utf-8");
                    resp.getOutputStream().write(QueueText.of(page).getBytes(StandardCharsets.UTF_8));
                } else {
                    JsonResponses.ok(resp, Txn.calculateRead(dataset, () -> json(page)));
                }
            }
            default -> resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!writer(req, resp)) return;
        String agent = req.getUserPrincipal().getName();
        Reviewer reviewer = new Reviewer(dataset, Clock.systemUTC()).following(inference).within(blankAsNull(req.getParameter("graph")));
        if (ReviewModule.UNDO.equals(req.getPathInfo())) {
            undo(req, resp, reviewer, agent);
            return;
        }
        if (!ReviewModule.DECIDE.equals(req.getPathInfo())) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String action = req.getParameter("action");
        Decision d;
        try {
            d = switch (action == null ? "" : action) {
                case "approve" -> reviewer.approve(required(req, "key"), agent);
                case "reject" -> reviewer.reject(required(req, "key"), agent);
                case "edit" -> reviewer.edit(required(req, "key"), blankAsNull(req.getParameter("subject")), blankAsNull(req.getParameter("object")), agent);
                case "merge" -> reviewer.merge(required(req, "from"), required(req, "into"), agent);
                default -> throw new ReviewException("action=" + action + " is not one of approve, reject, edit, merge", "give one of them");
            };
        } catch (ReviewException e) {
            JsonResponses.error(resp, HttpServletResponse.SC_BAD_REQUEST, e.oneLine());
            return;
        }
        JsonObject o = new JsonObject();
        o.put("key", d.key());
        o.put("decision", d.verdict().word());
        o.put("by", d.agent());
        o.put("at", d.at().toString());
        o.put("iri", reviewer.standingActivity(d.key()).orElse(org.pactgraph.review.Decisions.iri(d.key())).getURI());
        JsonResponses.ok(resp, o);
    }

    private static void undo(HttpServletRequest req, HttpServletResponse resp, Reviewer reviewer, String agent) throws IOException {
        List<String> undone;
        String key;
        try {
            key = required(req, "key");
            undone = reviewer.undo(key, agent);
        } catch (ReviewException e) {
            JsonResponses.error(resp, HttpServletResponse.SC_BAD_REQUEST, e.oneLine());
            return;
        }
        JsonObject o = new JsonObject();
        o.put("key", key);
        o.put("decision", "undo");
        o.put("by", agent);
        JsonArray keys = new JsonArray();
        undone.forEach(keys::add);
        o.put("undone", keys);
        JsonResponses.ok(resp, o);
    }

    private boolean writer(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!writable) {
            JsonResponses.error(resp, HttpServletResponse.SC_FORBIDDEN, "The review queue is for writers; this server has none (start it with --auth FILE)");
            return false;
        }
        if (req.getUserPrincipal() == null) {
            resp.setHeader("WWW-Authenticate", "Basic realm=\"" + SecurityModule.REALM + "\", charset=\"UTF-8\"");
            JsonResponses.error(resp, HttpServletResponse.SC_UNAUTHORIZED, "The review queue needs the credentials of a user with the write role");
            return false;
        }
        if (!req.isUserInRole(Role.WRITE.word())) {
            JsonResponses.error(resp, HttpServletResponse.SC_FORBIDDEN, "The review queue needs the write role; " + req.getUserPrincipal().getName() + " has read only");
            return false;
        }
        return true;
    }

    private static String required(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        if (v == null || v.isBlank()) throw new ReviewException("The form field '" + name + "' is missing", "give " + name + "=...");
        return v.strip();
    }

    private static String blankAsNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void page(HttpServletResponse resp) throws IOException {
        try (InputStream in = ReviewServlet.class.getResourceAsStream("/org/pactgraph/server/review/review.html")) {
            resp.setContentType("text/html; charset=utf-8");
            resp.setHeader("Content-Security-Policy", CSP);
            in.transferTo(resp.getOutputStream());
        }
    }

    private JsonObject json(QueuePage page) {
        JsonArray items = new JsonArray();
        for (Candidate c : page.items()) {
            JsonObject o = new JsonObject();
            o.put("key", c.key());
            o.put("kind", c.kind().word());
            o.put("graph", c.graph());
            o.put("about", c.about().getURI());
            if (c.confidence() != null) o.put("confidence", org.apache.jena.atlas.json.JsonNumber.value(c.confidence()));
            if (c.rule() != null) o.put("rule", c.rule());
            o.put("subject", term(c.statement().getSubject()));
            o.put("predicate", term(c.statement().getPredicate()));
            o.put("object", term(c.statement().getObject()));
            o.put("entity", term(c.about()));
            JsonArray facts = new JsonArray();
            c.facts().values().forEach(t -> facts.add(QueueText.statement(t)));
            o.put("facts", facts);
            o.put("sentence", c.sentence());
            o.put("before", c.before());
            o.put("after", c.after());
            if (c.span() != null) o.put("span", c.span());
            JsonArray adds = new JsonArray();
            for (Triple t : c.adds()) adds.add(QueueText.statement(t));
            o.put("adds", adds);
            o.put("asserted", c.asserted());
            if (!c.reason().isEmpty()) o.put("reason", c.reason());
            items.add(o);
        }
        JsonObject out = new JsonObject();
        out.put("items", items);
        out.put("offset", page.offset());
        out.put("limit", page.limit());
        out.put("total", page.total());
        if (page.next() >= 0) out.put("next", "/review/queue?offset=" + page.next() + "&limit=" + page.limit());
        if (page.previous() >= 0) out.put("previous", "/review/queue?offset=" + page.previous() + "&limit=" + page.limit());
        return out;
    }

    /** A term with its short form and, for a resource, its label. */
    private JsonObject term(Node n) {
        JsonObject o = new JsonObject();
        o.put("short", QueueText.term(n));
        if (n.isURI()) {
            o.put("iri", n.getURI());
            var it = dataset.find(Node.ANY, n, RDFS.label.asNode(), Node.ANY);
            if (it.hasNext()) o.put("label", it.next().getObject().getLiteralLexicalForm());
        } else if (n.isLiteral()) {
            o.put("value", n.getLiteralLexicalForm());
        }
        return o;
    }
}
