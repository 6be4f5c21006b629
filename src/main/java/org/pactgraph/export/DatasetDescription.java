package org.pactgraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Namespaces;

/**
 * The VoID and DCAT description of the dataset, computed from the store: sizes of the whole and
 * of each named graph, class and property partitions, vocabularies, example resources and the
 * licence come from the CONSTRUCT queries in {@code void/*.rq} beside this class; the SPARQL
 * endpoint and the dump URLs, which depend on where the data is served, are added here.
 */
public final class DatasetDescription {
    /** The dataset's IRI. */
    public static final String DATASET = "https://w3id.org/pactgraph/dataset";
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final List<String> QUERIES = List.of("totals", "graphs", "classes", "properties", "vocabularies", "examples", "license");

    /**
     * Where the data is served.
     *
     * @param sparqlEndpoint the SPARQL endpoint's URL
     * @param dumps the URL of the dumps folder, ending in "/"
     */
    public record Access(String sparqlEndpoint, String dumps) {}

    /** The description of the store as it is now, in one read transaction. */
    public Graph describe(DatasetGraph store, Access access) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Namespaces.standard());
        g.getPrefixMapping().setNsPrefix("void", VOID);
        g.getPrefixMapping().setNsPrefix("dcat", DCAT.getURI());
        g.getPrefixMapping().setNsPrefix("sd", "http://www.w3.org/ns/sparql-service-description#");
        Node dataset = NodeFactory.createURI(DATASET);
        Txn.executeRead(store, () -> {
            for (String name : QUERIES) {
                Query query = QueryFactory.create(resource("void/" + name + ".rq"));
                QueryExec.dataset(store).query(query).substitution("dataset", dataset).construct().find().forEachRemaining(g::add);
            }
            for (String graph : Exporter.graphNames(store)) {
                add(g, NodeFactory.createURI(graph), uri(VOID + "dataDump"), uri(access.dumps() + DumpNames.graphFile(graph, ExportFormat.NQ, true)));
            }
        });
        add(g, dataset, RDF.type.asNode(), uri(VOID + "Dataset"));
        add(g, dataset, RDF.type.asNode(), DCAT.Dataset.asNode());
        add(g, dataset, DCTerms.title.asNode(), NodeFactory.createLiteralLang("PactGraph: research partnerships between governments, universities and companies", "en"));
        add(g, dataset, DCTerms.description.asNode(), NodeFactory.createLiteralLang(
                "Partnerships, funders, funding amounts, officials, research themes, events and places extracted from announcements, "
                        + "each extracted fact with the sentence it rests on, with curated reference data, the PactGraph ontology "
                        + "and the triples an OWL reasoner inferred.", "en"));
        add(g, dataset, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(Iris.ID_BASE));
        add(g, dataset, uri(VOID + "sparqlEndpoint"), uri(access.sparqlEndpoint()));
        Node service = NodeFactory.createBlankNode();
        add(g, dataset, DCAT.accessService.asNode(), service);
        add(g, service, RDF.type.asNode(), DCAT.DataService.asNode());
        add(g, service, DCAT.endpointURL.asNode(), uri(access.sparqlEndpoint()));
        add(g, service, DCTerms.conformsTo.asNode(), uri("https://www.w3.org/TR/sparql11-protocol/"));
        add(g, dataset, uri(VOID + "rootResource"), uri(Iris.ID_BASE));
        for (ExportFormat format : ExportFormat.values()) {
            String url = access.dumps() + DumpNames.allFile(format, format.keepsGraphs());
            add(g, dataset, uri(VOID + "dataDump"), uri(url));
            add(g, dataset, uri(VOID + "feature"), uri(FORMATS + feature(format)));
            Node distribution = NodeFactory.createBlankNode();
            add(g, dataset, DCAT.distribution.asNode(), distribution);
            add(g, distribution, RDF.type.asNode(), DCAT.Distribution.asNode());
            add(g, distribution, DCAT.downloadURL.asNode(), uri(url));
            add(g, distribution, DCAT.mediaType.asNode(), uri("https://www.iana.org/assignments/media-types/" + format.mediaType()));
            add(g, distribution, DCTerms.format.asNode(), NodeFactory.createLiteralString(format.title()));
            if (format.keepsGraphs()) add(g, distribution, DCAT.compressFormat.asNode(), uri("https://www.iana.org/assignments/media-types/application/gzip"));
        }
        return g;
    }

    private static String feature(ExportFormat format) {
        return switch (format) {
            case TTL -> "Turtle";
            case NT -> "N-Triples";
            case NQ -> "N-Quads";
            case TRIG -> "TriG";
            case JSONLD -> "JSON-LD";
            case RDFXML -> "RDF_XML";
        };
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(s, p, o);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static String resource(String name) {
        try (InputStream in = DatasetDescription.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing beside " + DatasetDescription.class.getName());
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
