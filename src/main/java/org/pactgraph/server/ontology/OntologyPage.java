package org.pactgraph.server.ontology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.pactgraph.model.Pact;
import org.pactgraph.server.ontology.OntologyModel.Fact;
import org.pactgraph.server.ontology.OntologyModel.Page;
import org.pactgraph.server.ontology.OntologyModel.Term;
import org.pactgraph.server.ontology.OntologyModel.Token;
import org.pactgraph.server.ontology.OntologyModel.Tree;
import org.pactgraph.server.pages.Labels;
import org.pactgraph.server.pages.LanguagePreference;
import org.pactgraph.server.pages.PageTemplates;

/**
 * The ontology's documentation, generated from the ontology graph as loaded: metadata, the
 * class hierarchy, then every PactGraph class and property with its labels in English and
 * Japanese, definition, super- and subterms, domain and range, inverse, characteristics,
 * property chains and disjointness. Nothing on the page is written by hand.
 */
final class OntologyPage {
    private static final Node VANN_PREFIX = NodeFactory.createURI("http://purl.org/vocab/vann/preferredNamespacePrefix");

    private final Graph ontology;
    private final Labels labels;
    private final LanguagePreference language;
    private final TermLinks terms;
    private final ClassExpressions expressions;

    OntologyPage(Graph ontology, LanguagePreference language) {
        this.ontology = ontology;
        this.language = language;
        this.labels = new Labels(DatasetGraphFactory.wrap(ontology), language);
        this.terms = new TermLinks(labels, ontology.getPrefixMapping());
        this.expressions = new ClassExpressions(ontology, terms);
    }

    Page build(List<Token> formats) {
        Node o = NodeFactory.createURI(Pact.ONTOLOGY);
        List<Fact> metadata = new ArrayList<>();
        for (Node p : List.of(OWL2.versionIRI.asNode(), OWL2.versionInfo.asNode(), DCTerms.license.asNode(), DCTerms.created.asNode(),
                DCTerms.modified.asNode(), DCTerms.creator.asNode(), VANN_PREFIX)) {
            fact(metadata, Labels.localName(p), objects(o, p).stream().map(terms::token).map(List::of).toList());
        }
        List<Term> classes = new ArrayList<>();
        List<Term> objectProperties = new ArrayList<>();
        List<Term> datatypeProperties = new ArrayList<>();
        List<Term> annotationProperties = new ArrayList<>();
        for (Node t : own(OWL2.Class.asNode())) classes.add(classTerm(t));
        for (Node t : own(OWL2.ObjectProperty.asNode())) objectProperties.add(propertyTerm(t));
        for (Node t : own(OWL2.DatatypeProperty.asNode())) datatypeProperties.add(propertyTerm(t));
        for (Node t : own(OWL2.AnnotationProperty.asNode())) annotationProperties.add(propertyTerm(t));
        return new Page(language.primary(), labels.of(o), PageTemplates.CSS, Pact.ONTOLOGY, text(o, DCTerms.description.asNode()),
                metadata, hierarchy(), classes, objectProperties, datatypeProperties, annotationProperties, formats);
    }

    private Term classTerm(Node c) {
        List<Fact> facts = new ArrayList<>();
        fact(facts, "Subclass of", objects(c, RDFS.subClassOf.asNode()).stream().map(expressions::of).toList());
        fact(facts, "Superclass of", tokens(subjects(RDFS.subClassOf.asNode(), c)));
        Set<Node> equivalent = new LinkedHashSet<>(objects(c, OWL2.equivalentClass.asNode()));
        equivalent.addAll(subjects(OWL2.equivalentClass.asNode(), c));
        fact(facts, "Equivalent to", equivalent.stream().map(expressions::of).toList());
        Set<Node> disjoint = new LinkedHashSet<>(objects(c, OWL2.disjointWith.asNode()));
        disjoint.addAll(subjects(OWL2.disjointWith.asNode(), c));
        for (Node all : subjects(RDF.type.asNode(), OWL2.AllDisjointClasses.asNode())) {
            for (Node members : objects(all, OWL2.members.asNode())) {
                List<Node> list = expressions.members(members);
                if (list.contains(c)) list.stream().filter(m -> !m.equals(c)).forEach(disjoint::add);
            }
        }
        fact(facts, "Disjoint with", disjoint.stream().map(expressions::of).toList());
        fact(facts, "Domain of", tokens(subjects(RDFS.domain.asNode(), c)));
        fact(facts, "Range of", tokens(subjects(RDFS.range.asNode(), c)));
        return term(c, List.of(), facts);
    }

    private Term propertyTerm(Node p) {
        List<Fact> facts = new ArrayList<>();
        fact(facts, "Domain", objects(p, RDFS.domain.asNode()).stream().map(expressions::of).toList());
        fact(facts, "Range", objects(p, RDFS.range.asNode()).stream().map(expressions::of).toList());
        fact(facts, "Subproperty of", tokens(objects(p, RDFS.subPropertyOf.asNode())));
        fact(facts, "Superproperty of", tokens(subjects(RDFS.subPropertyOf.asNode(), p)));
        Set<Node> inverse = new LinkedHashSet<>(objects(p, OWL2.inverseOf.asNode()));
        inverse.addAll(subjects(OWL2.inverseOf.asNode(), p));
        fact(facts, "Inverse of", tokens(inverse));
        fact(facts, "Equivalent to", tokens(objects(p, OWL2.equivalentProperty.asNode())));
        fact(facts, "Chain", objects(p, OWL2.propertyChainAxiom.asNode()).stream().map(l -> expressions.list(l, " \u2218 ")).toList());
        List<String> kinds = new ArrayList<>();
        for (Node type : objects(p, RDF.type.asNode())) {
            String local = Labels.localName(type);
            if (type.getURI().startsWith(OWL2.getURI()) && local.endsWith("Property") && !local.equals("ObjectProperty")
                    && !local.equals("DatatypeProperty") && !local.equals("AnnotationProperty")) {
                kinds.add(local.substring(0, local.length() - "Property".length()).toLowerCase(java.util.Locale.ROOT));
            }
        }
        kinds.sort(null);
        return term(p, kinds, facts);
    }

    private Term term(Node t, List<String> kinds, List<Fact> facts) {
        String label = labels.of(t);
        List<Token> others = new ArrayList<>();
        for (Node l : objects(t, RDFS.label.asNode())) {
            if (l.isLiteral() && !l.getLiteralLexicalForm().equals(label)) {
                others.add(new Token(null, l.getLiteralLexicalForm(), l.getLiteralLanguage()));
            }
        }
        String definition = text(t, SKOS.definition.asNode());
        if (definition == null) definition = text(t, RDFS.comment.asNode());
        return new Term(t.getURI().substring(Pact.NS.length()), t.getURI(), label, others, definition, kinds, facts);
    }

    private List<Tree> hierarchy() {
        List<Node> classes = own(OWL2.Class.asNode());
        List<Tree> roots = new ArrayList<>();
        for (Node c : classes) {
            boolean hasOwnParent = objects(c, RDFS.subClassOf.asNode()).stream().anyMatch(classes::contains);
            if (!hasOwnParent) roots.add(tree(c, classes, new HashSet<>()));
        }
        return roots;
    }

    private Tree tree(Node c, List<Node> classes, Set<Node> path) {
        path.add(c);
        List<Tree> children = new ArrayList<>();
        for (Node sub : sorted(subjects(RDFS.subClassOf.asNode(), c))) {
            if (classes.contains(sub) && !path.contains(sub)) children.add(tree(sub, classes, path));
        }
        path.remove(c);
        return new Tree(terms.token(c), children);
    }

    /** PactGraph's own terms of a type, sorted by label. */
    private List<Node> own(Node type) {
        return sorted(subjects(RDF.type.asNode(), type).stream().filter(n -> n.isURI() && n.getURI().startsWith(Pact.NS)).toList());
    }

    private List<Node> sorted(Iterable<Node> nodes) {
        List<Node> out = new ArrayList<>();
        nodes.forEach(n -> {
            if (n.isURI() && !out.contains(n)) out.add(n);
        });
        out.sort(Comparator.comparing((Node n) -> labels.of(n).toLowerCase(java.util.Locale.ROOT)));
        return out;
    }

    private List<List<Token>> tokens(Iterable<Node> nodes) {
        return sorted(nodes).stream().map(n -> List.of(terms.token(n))).toList();
    }

    private static void fact(List<Fact> facts, String name, List<List<Token>> values) {
        if (!values.isEmpty()) facts.add(new Fact(name, values));
    }

    private String text(Node s, Node p) {
        Node chosen = language.choose(objects(s, p));
        return chosen == null ? null : chosen.getLiteralLexicalForm();
    }

    private List<Node> objects(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        ontology.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    private List<Node> subjects(Node p, Node o) {
        List<Node> out = new ArrayList<>();
        ontology.find(Node.ANY, p, o).forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }
}
