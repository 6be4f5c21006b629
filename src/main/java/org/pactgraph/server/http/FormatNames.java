package org.pactgraph.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names SPARQL clients give a format in {@code format=}, {@code output=} or
 * {@code results=} that Fuseki does not know, turned into the media types it does: Python's
 * SPARQLWrapper asks a CONSTRUCT for {@code format=rdf+xml} (Fuseki answered 400 "Can't
 * determine output content type"), others {@code n-triples}, {@code n3}, {@code jsonld},
 * {@code nquads}. N3 is answered as N-Triples, which every N3 reader reads (Fuseki's Turtle
 * opens with Turtle 1.1's {@code PREFIX}, which N3 readers such as rdflib's refuse). The names
 * Fuseki knows ({@code json}, {@code xml}, {@code json-ld}, {@code turtle}, {@code csv} ...) pass
 * unchanged, since their meaning depends on the query form.
 */
final class FormatNames implements Filter {
    /** The parameters Fuseki reads a format from. */
    static final Set<String> PARAMETERS = Set.of("format", "output", "results");
    /** Client names Fuseki lacks, and the media type each means. */
    static final Map<String, String> NAMES = Map.of(
            "rdf+xml", "application/rdf+xml",
            "rdf", "application/rdf+xml",
            "n-triples", "application/n-triples",
            "ntriples", "application/n-triples",
            "n3", "application/n-triples",
            "jsonld", "application/ld+json",
            "nquads", "application/n-quads",
            "nq", "application/n-quads");

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        chain.doFilter(new RewrittenParameters((HttpServletRequest) req, (name, values) -> PARAMETERS.contains(name)
                ? Arrays.stream(values).map(v -> NAMES.getOrDefault(v.strip().toLowerCase(Locale.ROOT), v)).toArray(String[]::new)
                : values), res);
    }
}
