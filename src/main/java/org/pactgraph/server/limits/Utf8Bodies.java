package org.pactgraph.server.limits;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.pactgraph.server.http.PlainRefusal;

/**
 * Bodies that are text are UTF-8, or the request is refused with 400 before anything runs: a
 * SPARQL query body, held in memory by {@link BodyReads}, is checked here where it lies; a form is parsed by
 * Jetty here, so that its bad percent-encoded bytes give 400 rather than an error deep in
 * Fuseki (500); RDF a writer sends to the Graph Store Protocol in a text syntax has been received whole
 * ({@link SpooledBody}) and is checked whole here; any other RDF in a text syntax is checked as it
 * streams, so a bad byte aborts a write whole. RDF/XML and TriX declare
 * their own encoding and their parser checks it; binary syntaxes are not text. SPARQL Update
 * bodies are decoded strictly by the update endpoint itself, which checks the text it runs.
 * Runs after {@link RequestSizeLimit}, so a query body read whole here is small.
 */
final class Utf8Bodies implements Filter {
    private static final Set<Lang> NOT_UTF8_TEXT = Set.of(Lang.RDFXML, Lang.TRIX, Lang.RDFTHRIFT, Lang.RDFPROTO);

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        String method = http.getMethod();
        if (!method.equals("POST") && !method.equals("PUT")) {
            chain.doFilter(request, response);
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            try {
                request.getParameterMap();
            } catch (RuntimeException e) {
                refuse((HttpServletResponse) response, "The form cannot be read (" + e.getMessage()
                        + "); send its fields percent-encoded as UTF-8, as browsers do");
                return;
            }
            chain.doFilter(request, response);
        } else if (type.startsWith("application/sparql-query")) {
            // BodyReads holds the body of every request that has one and is not RDF or a form.
            var held = HeldBody.in(request);
            if (held.isPresent()) {
                try {
                    StrictUtf8.check(held.get().bytes());
                } catch (StrictUtf8.MalformedException e) {
                    refuse((HttpServletResponse) response, e.getMessage());
                    return;
                }
            }
            chain.doFilter(request, response);
        } else if (isUtf8Rdf(type) && SpooledBody.in(request).isPresent()) {
            // A writer's body, received whole: checked whole before anything parses it. Checked as it streamed, a bad byte in
            // the parser's first read (any body under 64 KiB) was answered 500, Fuseki's message naming the exception's class.
            SpooledBody received = SpooledBody.in(request).get();
            try (InputStream checked = StrictUtf8.checking(received.open())) {
                checked.transferTo(OutputStream.nullOutputStream());
            } catch (StrictUtf8.MalformedException e) {
                refuse((HttpServletResponse) response, e.getMessage());
                return;
            }
            chain.doFilter(new ReplacedBody(http, received.open(), request.getContentLengthLong()), response);
        } else if (isUtf8Rdf(type)) {
            chain.doFilter(new ReplacedBody(http, StrictUtf8.checking(request.getInputStream()), request.getContentLengthLong()),
                    response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static boolean isUtf8Rdf(String type) {
        Lang lang = type.isEmpty() ? null : RDFLanguages.contentTypeToLang(type.split(";", 2)[0].strip());
        return lang != null && !NOT_UTF8_TEXT.contains(lang);
    }

    private static void refuse(HttpServletResponse r, String message) throws IOException {
        PlainRefusal.of(HttpServletResponse.SC_BAD_REQUEST, message).send(r);
    }
}
