package org.pactgraph.docs;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.pactgraph.docs.ModelShape.Association;
import org.pactgraph.docs.ModelShape.Attribute;
import org.pactgraph.docs.ModelShape.Link;

/**
 * Writes one area of a {@link ModelShape} as a Mermaid {@code classDiagram}: the area's classes
 * with their datatype properties, their subclass links ({@code <|--}), equivalences (dotted)
 * and associations labelled with the property's name; the classes they lead to are declared
 * first so that reused terms keep their prefixed names.
 */
final class MermaidClassDiagram {
    private final ModelShape shape;
    private final TermNames names;

    MermaidClassDiagram(ModelShape shape, TermNames names) {
        this.shape = shape;
        this.names = names;
    }

    /** The diagram of the classes in {@code own}, without the Markdown fence. */
    String write(Set<String> own) {
        List<Link> superclasses = shape.superclasses().stream().filter(l -> own.contains(l.from())).toList();
        List<Link> equivalents = shape.equivalents().stream().filter(l -> own.contains(l.from())).toList();
        List<Association> associations = shape.associations().stream().filter(a -> own.contains(a.domain())).toList();
        Set<String> shown = new TreeSet<>(own);
        superclasses.forEach(l -> shown.add(l.to()));
        equivalents.forEach(l -> shown.add(l.to()));
        associations.forEach(a -> shown.add(a.range()));

        StringBuilder out = new StringBuilder("classDiagram\n");
        for (String c : shown) {
            declare(c, own.contains(c) ? shape.attributesOf(c) : List.of(), out);
        }
        for (Link l : superclasses) {
            out.append("  ").append(names.id(l.to())).append(" <|-- ").append(names.id(l.from())).append('\n');
        }
        for (Link l : equivalents) {
            out.append("  ").append(names.id(l.from())).append(" .. ").append(names.id(l.to())).append(" : equivalent\n");
        }
        for (Association a : associations) {
            out.append("  ").append(names.id(a.domain())).append(" --> ").append(names.id(a.range()))
                    .append(" : ").append(names.display(a.property())).append('\n');
        }
        return out.toString();
    }

    private void declare(String c, List<Attribute> attributes, StringBuilder out) {
        out.append("  class ").append(names.id(c));
        if (names.needsLabel(c)) out.append("[\"").append(names.display(c)).append("\"]");
        if (attributes.isEmpty()) {
            out.append('\n');
            return;
        }
        out.append(" {\n");
        for (Attribute a : attributes) {
            out.append("    ").append(type(a)).append(' ').append(names.display(a.property())).append('\n');
        }
        out.append("  }\n");
    }

    private String type(Attribute a) {
        return a.datatype() != null ? names.display(a.datatype()) : String.join("|", a.oneOf());
    }
}
