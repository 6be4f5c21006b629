package org.pactgraph.docs;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;

/** The fixture ontology of {@code src/test/resources/docs/fixture/} and the two areas it is split into. */
final class FixtureModel {
    static final String NS = "http://example.org/fixture#";
    static final String FOLDER = "src/test/resources/docs/fixture/";

    private FixtureModel() {}

    static Model ontology() {
        return RDFDataMgr.loadModel(FOLDER + "model.ttl");
    }

    static DiagramAreas areas() {
        return new DiagramAreas(List.of(
                new DiagramAreas.Area("People and companies", List.of(NS + "Agent", NS + "Person")),
                new DiagramAreas.Area("Projects", List.of(NS + "Project", NS + "Grant", OWL2.Thing.getURI()))));
    }

    static String markdown(Model ontology, DiagramAreas areas) {
        return ModelDiagram.markdown(ontology.getGraph(), ontology, NS, areas);
    }
}
