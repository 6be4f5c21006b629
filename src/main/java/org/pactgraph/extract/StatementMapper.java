package org.pactgraph.extract;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Nif;
import org.pactgraph.model.Pact;
import org.pactgraph.model.Prov;

/**
 * Writes an extraction as RDF: each fact as a triple, and beside it an evidence node (an
 * {@code rdf:Statement} reifying the triple) that points to the sentence span it was derived
 * from and the rule that produced it, with the fact's confidence. A candidate (below
 * {@link Confidence#THRESHOLD}) is written only as its evidence node, marked
 * {@code pact:needsReview true}: queries, the asserted-only endpoint and the reasoner never see
 * it as a fact, and a reviewer finds it with its sentence. Classic reification is used, not RDF 1.2 triple terms,
 * so that every export format and every SPARQL store can carry the provenance.
 */
public final class StatementMapper {
    /** The document graph: facts, evidence, spans, rules and the document's own description. */
    public Graph toGraph(Extraction extraction) {
        Graph g = GraphFactory.createDefaultGraph();
        Document doc = extraction.document();
        Node docNode = uri(doc.iri());
        g.add(docNode, RDF.type.asNode(), Pact.Document.asNode());
        g.add(docNode, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(doc.path()));
        doc.header().title().or(() -> extraction.sentences().stream().findFirst().map(Sentence::text))
                .ifPresent(title -> g.add(docNode, DCTerms.title.asNode(), NodeFactory.createLiteralLang(title, "en")));
        doc.published().ifPresent(d ->
                g.add(docNode, DCTerms.issued.asNode(), NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));

        Set<String> spans = new HashSet<>();
        Set<String> rules = new HashSet<>();
        for (Fact fact : extraction.facts()) {
            Triple t = fact.triple();
            // A candidate is written only as its evidence node, marked for review: never asserted.
            if (!fact.isCandidate()) g.add(t);
            Sentence s = fact.evidence();
            String spanIri = Iris.span(doc.iri(), s.rawBegin(), s.rawEnd());
            String ruleIri = Iris.id(Iris.Kind.RULE, fact.rule());
            Node evidence = uri(Iris.id(Iris.Kind.EVIDENCE, doc.slug() + "-"
                    + Iris.digest(t.getSubject().toString(), t.getPredicate().toString(), t.getObject().toString(), spanIri, fact.rule())));
            g.add(evidence, RDF.type.asNode(), RDF.Statement.asNode());
            g.add(evidence, RDF.subject.asNode(), t.getSubject());
            g.add(evidence, RDF.predicate.asNode(), t.getPredicate());
            g.add(evidence, RDF.object.asNode(), t.getObject());
            g.add(evidence, Prov.wasDerivedFrom.asNode(), uri(spanIri));
            g.add(evidence, Pact.extractedBy.asNode(), uri(ruleIri));
            g.add(evidence, Pact.confidence.asNode(), NodeFactory.createLiteralDT(java.math.BigDecimal.valueOf(fact.confidence()).toPlainString(),
                    XSDDatatype.XSDdecimal));
            if (fact.isCandidate()) g.add(evidence, Pact.needsReview.asNode(), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
            if (spans.add(spanIri)) {
                Node span = uri(spanIri);
                g.add(span, RDF.type.asNode(), Pact.TextSpan.asNode());
                g.add(span, Pact.inDocument.asNode(), docNode);
                g.add(span, Nif.beginIndex.asNode(), NodeFactory.createLiteralDT(Integer.toString(s.rawBegin()), XSDDatatype.XSDnonNegativeInteger));
                g.add(span, Nif.endIndex.asNode(), NodeFactory.createLiteralDT(Integer.toString(s.rawEnd()), XSDDatatype.XSDnonNegativeInteger));
                // anchorOf is the span exactly as stored (markup included); the label is clean.
                g.add(span, Nif.anchorOf.asNode(), NodeFactory.createLiteralString(rawSpan(doc.rawText(), s)));
                g.add(span, RDFS.label.asNode(), NodeFactory.createLiteralLang(s.text(), "en"));
            }
            if (rules.add(fact.rule())) {
                g.add(uri(ruleIri), RDF.type.asNode(), Pact.ExtractionRule.asNode());
                g.add(uri(ruleIri), RDFS.label.asNode(), NodeFactory.createLiteralLang(fact.rule(), "en"));
            }
        }
        return g;
    }

    private static String rawSpan(String raw, Sentence s) {
        int begin = raw.offsetByCodePoints(0, s.rawBegin());
        int end = raw.offsetByCodePoints(begin, s.rawEnd() - s.rawBegin());
        return raw.substring(begin, end);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
