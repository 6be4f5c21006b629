package org.pactgraph.server.linkeddata;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.pactgraph.export.DatasetDescription;
import org.pactgraph.export.Exporter;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Namespaces;

/**
 * The SPARQL 1.1 Service Description of a query endpoint (W3C, "SPARQL 1.1 Service
 * Description"): the endpoint, the query language, the result formats it writes, its features
 * (the default graph is the union of the named graphs), and its default dataset with each named
 * graph. The default dataset is the VoID dataset itself, so that the counts, vocabularies and
 * dumps of {@code /.well-known/void} describe it, and each named graph is the resource the VoID
 * describes by the graph's IRI.
 */
final class ServiceDescription {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final String VOID = "http://rdfs.org/ns/void#";
    /** What the endpoint writes: results for SELECT and ASK, RDF for CONSTRUCT and DESCRIBE. */
    static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
            "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML", "JSON-LD", "TriG", "N-Quads");

    private ServiceDescription() {}

    /**
     * The description of the endpoint at {@code endpoint}; with {@code inferred} false, of the
     * asserted-only view, whose dataset lacks the inferred graph. Call inside a read transaction.
     */
    static Graph of(DatasetGraph store, String endpoint, boolean inferred, String voidUrl) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Namespaces.standard());
        g.getPrefixMapping().setNsPrefix("sd", SD);
        g.getPrefixMapping().setNsPrefix("void", VOID);
        g.getPrefixMapping().setNsPrefix("formats", FORMATS);
        Node service = uri(endpoint);
        g.add(service, RDF.type.asNode(), uri(SD + "Service"));
        g.add(service, uri(SD + "endpoint"), service);
        g.add(service, uri(SD + "supportedLanguage"), uri(SD + "SPARQL11Query"));
        g.add(service, uri(SD + "feature"), uri(SD + "UnionDefaultGraph"));
        for (String f : RESULT_FORMATS) g.add(service, uri(SD + "resultFormat"), uri(FORMATS + f));
        g.add(service, RDFS.label.asNode(), NodeFactory.createLiteralLang(inferred
                ? "PactGraph SPARQL endpoint: the asserted and the inferred triples"
                : "PactGraph SPARQL endpoint: the asserted triples only", "en"));
        g.add(service, RDFS.seeAlso.asNode(), uri(voidUrl));

        Node dataset = inferred ? uri(DatasetDescription.DATASET) : NodeFactory.createBlankNode();
        g.add(service, uri(SD + "defaultDataset"), dataset);
        g.add(dataset, RDF.type.asNode(), uri(SD + "Dataset"));
        if (inferred) g.add(dataset, RDF.type.asNode(), uri(VOID + "Dataset"));
        g.add(dataset, uri(VOID + "sparqlEndpoint"), service);
        Node defaultGraph = NodeFactory.createBlankNode();
        g.add(dataset, uri(SD + "defaultGraph"), defaultGraph);
        g.add(defaultGraph, RDF.type.asNode(), uri(SD + "Graph"));
        g.add(defaultGraph, RDFS.comment.asNode(), NodeFactory.createLiteralLang("The union of the named graphs", "en"));
        for (String name : Exporter.graphNames(store)) {
            if (!inferred && name.equals(Iris.INFERRED_GRAPH)) continue;
            Node named = NodeFactory.createBlankNode();
            g.add(dataset, uri(SD + "namedGraph"), named);
            g.add(named, RDF.type.asNode(), uri(SD + "NamedGraph"));
            g.add(named, uri(SD + "name"), uri(name));
            g.add(named, uri(SD + "graph"), uri(name));
            g.add(uri(name), RDF.type.asNode(), uri(SD + "Graph"));
        }
        return g;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
