package org.pactgraph.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.pactgraph.model.Iris;
import org.pactgraph.reason.Schema;

/**
 * Random instance data over whatever ontology is given, the same for the same seed: named
 * individuals of its classes with a label each, and links by its object properties between
 * individuals that fit each property's shape (see {@link PropertyShape}), so that the data is
 * consistent with the ontology by construction. Links of transitive properties always go down a
 * random rank of five levels, as places nest in larger places, so that closures stay finite in
 * size the way real hierarchies do. About a sixth of the triples are types, a sixth labels, the
 * rest links.
 */
public final class InstanceGenerator {
    /** Where generated individuals are named. */
    public static final String BASE = Iris.ID_BASE + "generated/";
    private static final int RANKS = 5;

    private final Graph ontology;
    private final Schema schema;
    private final List<Node> classes;
    private final List<PropertyShape> shapes;

    /** A generator over the ontology; probing its properties takes a moment, so reuse it. */
    public InstanceGenerator(Graph ontology) {
        this.ontology = ontology;
        this.schema = Schema.of(ontology);
        this.classes = sorted(ontology.find(Node.ANY, RDF.type.asNode(), OWL2.Class.asNode()).mapWith(Triple::getSubject).toList().stream()
                .filter(Node::isURI).filter(c -> !c.equals(OWL2.Thing.asNode()) && !c.equals(OWL2.Nothing.asNode())).toList());
        List<Node> properties = sorted(ontology.find(Node.ANY, RDF.type.asNode(), OWL2.ObjectProperty.asNode()).mapWith(Triple::getSubject).toList());
        this.shapes = PropertyShape.probe(ontology, schema, properties).stream()
                .filter(shape -> !(shape.subjectClasses().isEmpty() && shape.objectClasses().isEmpty())).toList();
    }

    /** The object properties the generator links with. */
    public List<Node> properties() {
        return shapes.stream().map(PropertyShape::property).toList();
    }

    /** About {@code triples} triples of instance data (never more), from the seed. */
    public Graph generate(long triples, long seed) {
        Random random = new Random(seed);
        Graph g = GraphFactory.createDefaultGraph();
        int individuals = (int) Math.max(classes.size(), triples / 6);
        List<Node> kinds = new ArrayList<>();
        List<Set<Node>> classesOf = new ArrayList<>();
        int[] ranks = new int[individuals];
        for (int i = 0; i < individuals && g.size() + 2 <= triples; i++) {
            Node cls = classes.get(random.nextInt(classes.size()));
            Node x = NodeFactory.createURI(BASE + localName(cls) + "-" + i);
            kinds.add(x);
            Set<Node> all = new HashSet<>(schema.superClassesOf(cls));
            all.add(cls);
            classesOf.add(all);
            ranks[i] = random.nextInt(RANKS);
            g.add(Triple.create(x, RDF.type.asNode(), cls));
            g.add(Triple.create(x, RDFS.label.asNode(), NodeFactory.createLiteralLang(localName(cls) + " " + i, "en")));
        }
        List<int[]> candidates = candidates(classesOf);
        int attempts = 0;
        while (g.size() < triples && attempts++ < triples * 20 && !shapes.isEmpty()) {
            int k = random.nextInt(shapes.size());
            int[] subjects = candidates.get(2 * k);
            int[] objects = candidates.get(2 * k + 1);
            if (subjects.length == 0 || objects.length == 0) continue;
            int s = subjects[random.nextInt(subjects.length)];
            int o = objects[random.nextInt(objects.length)];
            if (s == o) continue;
            if (shapes.get(k).transitive()) {
                // Down the ranks only, and one link per subject: a forest, as places are.
                if (ranks[o] >= ranks[s] || g.contains(kinds.get(s), shapes.get(k).property(), Node.ANY)) continue;
            }
            g.add(Triple.create(kinds.get(s), shapes.get(k).property(), kinds.get(o)));
        }
        return g;
    }

    /** For each property, the individuals that fit as its subject and as its object. */
    private List<int[]> candidates(List<Set<Node>> classesOf) {
        List<int[]> out = new ArrayList<>();
        for (PropertyShape shape : shapes) {
            List<Integer> subjects = new ArrayList<>();
            List<Integer> objects = new ArrayList<>();
            for (int i = 0; i < classesOf.size(); i++) {
                if (shape.fitsSubject(classesOf.get(i))) subjects.add(i);
                if (shape.fitsObject(classesOf.get(i))) objects.add(i);
            }
            out.add(subjects.stream().mapToInt(Integer::intValue).toArray());
            out.add(objects.stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }

    private static String localName(Node cls) {
        String iri = cls.getURI();
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return Iris.slug(iri.substring(cut + 1));
    }

    private static List<Node> sorted(List<Node> nodes) {
        return new ArrayList<>(new LinkedHashSet<>(nodes)).stream().filter(Node::isURI).sorted(Comparator.comparing(Node::getURI)).toList();
    }
}
