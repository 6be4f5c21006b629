package org.pactgraph.docs;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;
import org.pactgraph.model.Namespaces;
import org.pactgraph.model.Pact;

/**
 * The data model as Mermaid class diagrams in Markdown, one per {@link DiagramAreas area}, each
 * under its title in bold and in a {@code mermaid} fence (which GitHub draws). Generated from
 * the ontology graph, so that the README's picture of the model is the model.
 */
public final class ModelDiagram {
    private ModelDiagram() {}

    /**
     * PactGraph's diagrams of the ontologies in a folder, split by {@link DiagramAreas#pactgraph()},
     * reused terms named with the files' prefixes and PactGraph's standard ones.
     */
    public static String ofFolder(Path ontologyFolder) {
        Model model = OntologyFolder.read(ontologyFolder);
        PrefixMapping prefixes = Namespaces.standard().setNsPrefixes(model.getNsPrefixMap());
        return markdown(model.getGraph(), prefixes, Pact.NS, DiagramAreas.pactgraph());
    }

    /**
     * The Markdown of every area's diagram, in the areas' order.
     *
     * @param ontology the ontology, with whatever it imports merged in
     * @param prefixes the prefixes reused terms are shown with
     * @param homeNamespace the ontology's own namespace, whose terms are shown by local name
     */
    public static String markdown(Graph ontology, PrefixMapping prefixes, String homeNamespace, DiagramAreas areas) {
        ModelShape shape = ModelShapeReader.read(ontology);
        TermNames names = new TermNames(prefixes, homeNamespace);
        areas.checkCovers(shape, names);
        MermaidClassDiagram writer = new MermaidClassDiagram(shape, names);
        StringBuilder out = new StringBuilder();
        for (DiagramAreas.Area area : areas.areas()) {
            Set<String> own = new LinkedHashSet<>();
            for (String c : shape.classes()) {
                if (areas.areaOf(c, shape).filter(area::equals).isPresent()) own.add(c);
            }
            if (!out.isEmpty()) out.append('\n');
            out.append("**").append(area.title()).append("**\n\n```mermaid\n").append(writer.write(own)).append("```\n");
        }
        return out.toString();
    }
}
