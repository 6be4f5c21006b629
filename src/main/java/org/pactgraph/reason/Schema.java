package org.pactgraph.reason;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL2;

/**
 * The axioms of whatever ontologies are loaded, read from their triples: the class and property
 * links that OWL 2 RL's rules follow (each with the axiom it comes from and the rule that uses
 * it), declarations, property characteristics, chains, class expressions and restrictions,
 * disjointness and keys. The materialiser compiles it to ints; the explainer and the
 * consistency report read it as it is.
 */
public final class Schema {
    /** {@code sub} is a subclass of {@code sup} by the axiom, used by the named rule. */
    public record ClassLink(Node sub, Node sup, String rule, Triple axiom, String entailedBy) {}

    /** {@code sub} is a subproperty of {@code sup} by the axiom. */
    public record PropertyLink(Node sub, Node sup, String rule, Triple axiom) {}

    /** A domain, range or inverse of a property, with its axiom. */
    public record Declaration(Node property, Node value, Triple axiom) {}

    /** The kinds of property restriction that OWL 2 RL reasons with. */
    public enum RestrictionKind { SOME, ALL, VALUE, MAX }

    /**
     * A property restriction: {@code filler} is the class of SOME and ALL, the value of VALUE;
     * {@code max} and {@code onClass} (null when unqualified) belong to MAX (0 or 1).
     */
    public record Restriction(Node node, RestrictionKind kind, Node property, Node filler, int max, Node onClass, Triple axiom) {}

    /** A property chain: following {@code steps} in order implies {@code property}. */
    public record Chain(Node property, List<Node> steps, Triple axiom) {}

    /** A class defined by a list: an intersection, a union or an enumeration. */
    public record ClassList(Node cls, List<Node> members, Triple axiom) {}

    /** Two classes or properties that may not share an instance or a pair, by the axiom. */
    public record Disjoint(Node first, Node second, Triple axiom) {}

    /** A key: no two named instances of the class share values for all the properties. */
    public record Key(Node cls, List<Node> properties, Triple axiom) {}

    final Map<Node, List<ClassLink>> classLinksBySub = new HashMap<>();
    final Map<Node, List<ClassLink>> classLinksBySup = new HashMap<>();
    final Map<Node, List<PropertyLink>> propertyLinksBySub = new HashMap<>();
    final Map<Node, List<PropertyLink>> propertyLinksBySup = new HashMap<>();
    final Map<Node, Set<Node>> superClasses = new HashMap<>();
    final Map<Node, Set<Node>> superProperties = new HashMap<>();
    final Map<Node, List<Declaration>> domains = new LinkedHashMap<>();
    final Map<Node, List<Declaration>> ranges = new LinkedHashMap<>();
    final Map<Node, List<Declaration>> inverses = new LinkedHashMap<>();
    /** Property characteristic (owl:TransitiveProperty ...) to the properties that have it and their axioms. */
    final Map<Node, Map<Node, Triple>> characteristics = new HashMap<>();
    final List<Chain> chains = new ArrayList<>();
    final Map<Node, ClassList> intersections = new LinkedHashMap<>();
    final Map<Node, ClassList> unions = new LinkedHashMap<>();
    final Map<Node, ClassList> enumerations = new LinkedHashMap<>();
    final Map<Node, Disjoint> complements = new LinkedHashMap<>();
    final Map<Node, Restriction> restrictions = new LinkedHashMap<>();
    final List<Disjoint> disjointClasses = new ArrayList<>();
    final List<Disjoint> disjointProperties = new ArrayList<>();
    final List<Key> keys = new ArrayList<>();
    /** Every RDF list the axioms use, by its head, as read before any reasoning. */
    final Map<Node, List<Node>> lists = new HashMap<>();
    /** Groups of individuals declared pairwise different (owl:AllDifferent). */
    final List<ClassList> allDifferent = new ArrayList<>();
    final Graph source;

    Schema(Graph source) {
        this.source = source;
    }

    /** Reads the axioms of every ontology among the graph's triples. */
    public static Schema of(Graph g) {
        Schema s = new Schema(g);
        new SchemaReader(g, s).read();
        SchemaClosure.close(s);
        return s;
    }

    /** The graph the axioms were read from, for showing class expressions. */
    public Graph source() {
        return source;
    }

    /** Every class the class is a subclass of, by any chain of links, itself excluded. */
    public Set<Node> superClassesOf(Node c) {
        return superClasses.getOrDefault(c, Set.of());
    }

    /** Every property the property is a subproperty of, itself excluded. */
    public Set<Node> superPropertiesOf(Node p) {
        return superProperties.getOrDefault(p, Set.of());
    }

    /** The links from subclasses to the class. */
    public List<ClassLink> linksInto(Node c) {
        return classLinksBySup.getOrDefault(c, List.of());
    }

    /** The links from subproperties to the property. */
    public List<PropertyLink> propertyLinksInto(Node p) {
        return propertyLinksBySup.getOrDefault(p, List.of());
    }

    public List<Declaration> domains(Node p) {
        return domains.getOrDefault(p, List.of());
    }

    public List<Declaration> ranges(Node p) {
        return ranges.getOrDefault(p, List.of());
    }

    public List<Declaration> inverses(Node p) {
        return inverses.getOrDefault(p, List.of());
    }

    /** The properties declared with a domain or range, in reading order. */
    public Set<Node> declaredProperties() {
        Set<Node> out = new java.util.LinkedHashSet<>(domains.keySet());
        out.addAll(ranges.keySet());
        return out;
    }

    /** The axiom giving the property the characteristic (such as owl:TransitiveProperty), or null. */
    public Triple characteristic(Node p, Node characteristic) {
        return characteristics.getOrDefault(characteristic, Map.of()).get(p);
    }

    /** The properties that have the characteristic. */
    Set<Node> withCharacteristic(Node characteristic) {
        return characteristics.getOrDefault(characteristic, Map.of()).keySet();
    }

    public List<Chain> chains() {
        return chains;
    }

    public ClassList intersection(Node c) {
        return intersections.get(c);
    }

    public ClassList union(Node c) {
        return unions.get(c);
    }

    public ClassList enumeration(Node c) {
        return enumerations.get(c);
    }

    public Restriction restriction(Node c) {
        return restrictions.get(c);
    }

    public java.util.Collection<Restriction> restrictions() {
        return restrictions.values();
    }

    /** The members of an RDF list that an axiom uses, as stated. */
    public List<Node> list(Node head) {
        return lists.getOrDefault(head, List.of());
    }

    /** True for a blank node that stands for a class expression or a list of the ontology. */
    public boolean isAnonymousClass(Node n) {
        return n.isBlank() && (restrictions.containsKey(n) || intersections.containsKey(n) || unions.containsKey(n)
                || enumerations.containsKey(n) || complements.containsKey(n) || classLinksBySub.containsKey(n)
                || classLinksBySup.containsKey(n));
    }

    static boolean isThing(Node c) {
        return c.equals(OWL2.Thing.asNode());
    }
}
