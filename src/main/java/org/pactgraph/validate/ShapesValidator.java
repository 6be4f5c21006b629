package org.pactgraph.validate;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.constraint.MaxCount;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * Checks data against the SHACL shapes of {@code ontology/shapes.ttl} with jena-shacl before
 * anything is written to the store. Violations are reported with the file each offending
 * resource came from and the shape it broke; warnings and infos do not stop a load.
 */
public final class ShapesValidator {
    private final Graph shapesGraph;
    private final Shapes shapes;
    private final PrefixMapping prefixes;
    private final PrefixMap prefixMap;

    /**
     * @param shapesGraph the shapes, as read from their file (its prefixes name the shapes)
     * @param prefixes the prefixes to write resources and paths with
     */
    public ShapesValidator(Graph shapesGraph, PrefixMapping prefixes) {
        this.shapesGraph = shapesGraph;
        this.shapes = Shapes.parse(shapesGraph);
        this.prefixes = PrefixMapping.Factory.create()
                .setNsPrefixes(shapesGraph.getPrefixMapping())
                .setNsPrefixes(prefixes)
                .lock();
        this.prefixMap = PrefixMapFactory.create(this.prefixes);
    }

    /**
     * Validates the data graph (instance data plus the ontology, so that subclass targets work).
     *
     * @param sources for each resource IRI, the file it was read from
     * @throws ValidationException when any shape is violated
     */
    public void validate(Graph data, Map<String, String> sources) {
        List<Violation> violations = violations(data, sources);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** The violations of the data graph, in a stable order; empty when it conforms. */
    public List<Violation> violations(Graph data, Map<String, String> sources) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        return report.getEntries().stream()
                .filter(e -> e.severity() == Severity.Violation)
                .map(e -> toViolation(e, sources))
                .distinct()
                .sorted(Comparator.comparing(Violation::toString))
                .toList();
    }

    /**
     * The violations of the given focus nodes only, each validated against every shape that
     * targets it in the data graph.
     */
    public List<Violation> violations(Graph data, Collection<Node> focus, Map<String, String> sources) {
        return focus.stream()
                .flatMap(n -> ShaclValidator.get().validate(shapes, data, n).getEntries().stream())
                .filter(e -> e.severity() == Severity.Violation)
                .map(e -> toViolation(e, sources))
                .distinct()
                .sorted(Comparator.comparing(Violation::toString))
                .toList();
    }

    /**
     * The violations of the given focus nodes, as {@link #violations(Graph, Collection, Map)}
     * gives them, each with the statements of the data behind it ({@link Breach}).
     */
    public List<Breach> breaches(Graph data, Collection<Node> focus, Map<String, String> sources) {
        return focus.stream()
                .flatMap(n -> ShaclValidator.get().validate(shapes, data, n).getEntries().stream())
                .filter(e -> e.severity() == Severity.Violation)
                .map(e -> new Breach(toViolation(e, sources), e.focusNode(), BreachStatements.of(data, e),
                        e.constraint() instanceof MaxCount max ? max.getMaxCount() : -1))
                .distinct()
                .sorted(Comparator.comparing((Breach b) -> b.violation().toString()))
                .toList();
    }

    /**
     * The focus nodes that break a shape in the data graph, among the given ones, or among all
     * when {@code focus} is null. For a bulk load that validates part of the data at a time and
     * checks these nodes again on the whole.
     */
    public Set<Node> nodesInViolation(Graph data, Collection<Node> focus) {
        Set<Node> out = new HashSet<>();
        if (focus == null) {
            collect(ShaclValidator.get().validate(shapes, data), out);
        } else {
            for (Node n : focus) collect(ShaclValidator.get().validate(shapes, data, n), out);
        }
        return out;
    }

    private static void collect(ValidationReport report, Set<Node> out) {
        for (ReportEntry e : report.getEntries()) {
            if (e.severity() == Severity.Violation) out.add(e.focusNode());
        }
    }

    private Violation toViolation(ReportEntry e, Map<String, String> sources) {
        Node focus = e.focusNode();
        String source = focus.isURI() ? sources.getOrDefault(focus.getURI(), "(unknown file)") : "(blank node)";
        String path = e.resultPath() == null ? "" : e.resultPath().toString(new Prologue(prefixes));
        String message = e.message() == null ? "breaks a constraint" : e.message();
        return new Violation(source, NodeFmtLib.str(focus, prefixMap), path, message, shapeName(e.source()));
    }

    /** The named node shape that a result comes from: a property shape's owner, or the shape itself. */
    private String shapeName(Node source) {
        Node named = source;
        if (source != null && source.isBlank()) {
            ExtendedIterator<Triple> owners = shapesGraph.find(Node.ANY, SHACL.property, source);
            try {
                if (owners.hasNext()) named = owners.next().getSubject();
            } finally {
                owners.close();
            }
        }
        return named != null && named.isURI() ? NodeFmtLib.str(named, prefixMap) : "an unnamed shape";
    }
}
