package org.pactgraph.validate;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;

/**
 * Checks data against the SHACL shapes of {@code ontology/shapes.ttl} with jena-shacl before
 * anything is written to the store. Violations are reported with the file each offending
 * resource came from; warnings and infos do not stop a load.
 */
public final class ShapesValidator {
    private final Shapes shapes;
    private final PrefixMapping prefixes;
    private final PrefixMap prefixMap;

    public ShapesValidator(Graph shapesGraph, PrefixMapping prefixes) {
        this.shapes = Shapes.parse(shapesGraph);
        this.prefixes = prefixes;
        this.prefixMap = PrefixMapFactory.create(prefixes);
    }

    /**
     * Validates the data graph (instance data plus the ontology, so that subclass targets work).
     *
     * @param sources for each resource IRI, the file it was read from
     * @throws ValidationException when any shape is violated
     */
    public void validate(Graph data, Map<String, String> sources) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Violation> violations = report.getEntries().stream()
                .filter(e -> e.severity() == Severity.Violation)
                .map(e -> toViolation(e, sources))
                .sorted(Comparator.comparing(Violation::toString))
                .toList();
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    private Violation toViolation(ReportEntry e, Map<String, String> sources) {
        Node focus = e.focusNode();
        String source = focus.isURI() ? sources.getOrDefault(focus.getURI(), "(unknown file)") : "(blank node)";
        String path = e.resultPath() == null ? "" : e.resultPath().toString(new Prologue(prefixes));
        String message = e.message() == null ? "breaks shape " + e.source() : e.message();
        return new Violation(source, NodeFmtLib.str(focus, prefixMap), path, message);
    }
}
