package org.pactgraph.server.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pactgraph.export.JsonLdContext;
import org.pactgraph.export.JsonLdStreamWriter;
import org.pactgraph.export.RdfXmlStreamWriter;

/**
 * One small RDF document (a resource's description, the ontology, the VoID) written in a
 * representation, the same way wherever PactGraph serves one. TriG and N-Quads keep each
 * statement's graph; every other format holds the triples, the union of the graphs, so that a
 * client reading it into one graph (rdflib's {@code Graph()}, rapper, Jena's {@code Model}) gets
 * the same triples whichever it asked for: JSON-LD too is written as plain node objects, not
 * one {@code @graph} per named graph. Turtle and TriG are written pretty, with {@code @prefix}
 * directives (an N3 reader, which a client asking {@code text/n3} has, does not know Turtle
 * 1.1's {@code PREFIX}); JSON-LD with PactGraph's context embedded.
 */
public final class RdfDocument {
    private final DatasetGraph quads;

    /** The document of the given quads; the caller keeps them unchanged while it is written. */
    public RdfDocument(DatasetGraph quads) {
        this.quads = quads;
    }

    /** The document of one graph, named {@code name} in TriG and N-Quads (null: the default graph). */
    public static RdfDocument ofGraph(Graph graph, Node name) {
        DatasetGraph d = DatasetGraphFactory.createGeneral();
        d.prefixes().putAll(Prefixes.adapt(graph.getPrefixMapping()));
        Graph target = name == null ? d.getDefaultGraph() : d.getGraph(name);
        graph.find().forEachRemaining(target::add);
        return new RdfDocument(d);
    }

    /** Sends the document as a 200 in the representation, labelled with its type and charset. */
    public void send(HttpServletResponse response, Representation r) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(r.contentType());
        response.setHeader("Access-Control-Allow-Origin", "*");
        write(r, response.getOutputStream());
    }

    /** The 406 for an Accept header that takes none of the offered representations, listing them. */
    public static void notAcceptable(HttpServletResponse response, String what, List<Representation> offered) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
        response.setContentType("text/plain; charset=utf-8");
        response.getWriter().println("None of the Accept header's types is offered; " + what + " is available as: "
                + String.join(", ", offered.stream().map(Representation::mediaType).toList()));
    }

    /** Writes the document in the representation (not HTML). */
    public void write(Representation r, OutputStream out) {
        switch (r) {
            case TRIG -> RDFWriter.source(quads).format(RDFFormat.TRIG_PRETTY).set(RIOT.symTurtleDirectiveStyle, "at").output(out);
            case NQ -> RDFWriter.source(quads).format(RDFFormat.NQUADS).output(out);
            case TTL -> RDFWriter.source(triples()).format(RDFFormat.TURTLE_PRETTY).set(RIOT.symTurtleDirectiveStyle, "at").output(out);
            case NT -> RDFWriter.source(triples()).format(RDFFormat.NTRIPLES).output(out);
            case JSONLD -> stream(new JsonLdStreamWriter(out, JsonLdContext.of(quads.prefixes())));
            case RDFXML -> stream(new RdfXmlStreamWriter(out, quads.prefixes()));
            case HTML -> throw new IllegalArgumentException("an HTML page is rendered from a template, not written as RDF");
        }
    }

    /** The union of the graphs, with the document's prefixes. */
    private Graph triples() {
        Graph g = GraphFactory.createDefaultGraph();
        quads.find().forEachRemaining(q -> g.add(q.asTriple()));
        g.getPrefixMapping().setNsPrefixes(Prefixes.adapt(quads.prefixes()));
        return g;
    }

    /** The triples by subject, as the streaming writers group them. */
    private void stream(StreamRDF sink) {
        List<Triple> sorted = Iter.toList(triples().find());
        sorted.sort(Comparator.comparing((Triple t) -> t.getSubject().toString()).thenComparing(t -> t.getPredicate().toString())
                .thenComparing(t -> t.getObject().toString()));
        PrefixMap prefixes = quads.prefixes();
        sink.start();
        prefixes.forEach(sink::prefix);
        sorted.forEach(sink::triple);
        sink.finish();
    }
}
