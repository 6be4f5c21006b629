package org.pactgraph.docs;

import java.util.List;
import java.util.Map;

/**
 * What a class diagram shows of an ontology, by IRI: the named classes, their datatype
 * properties, the subclass and equivalence links between named classes, and one association
 * per object property and pair of named domain and range classes.
 *
 * @param classes every named class, sorted by IRI
 * @param attributes the datatype properties whose domain is the class, by class IRI
 * @param superclasses a class and a named superclass ({@code from} is the subclass)
 * @param equivalents two named classes declared equivalent
 * @param associations object properties from a domain class to a range class
 */
public record ModelShape(List<String> classes, Map<String, List<Attribute>> attributes, List<Link> superclasses,
                         List<Link> equivalents, List<Association> associations) {
    public ModelShape {
        classes = List.copyOf(classes);
        attributes = Map.copyOf(attributes);
        superclasses = List.copyOf(superclasses);
        equivalents = List.copyOf(equivalents);
        associations = List.copyOf(associations);
    }

    /** A datatype property of a class: its datatype's IRI, or the literals it is one of. */
    public record Attribute(String property, String datatype, List<String> oneOf) {
        public Attribute {
            oneOf = List.copyOf(oneOf);
        }
    }

    /** A link between two named classes. */
    public record Link(String from, String to) {}

    /** An object property drawn from one named class to another. */
    public record Association(String domain, String property, String range) {}

    /** The class's datatype properties, none when it has none. */
    public List<Attribute> attributesOf(String classIri) {
        return attributes.getOrDefault(classIri, List.of());
    }
}
