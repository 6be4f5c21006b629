package org.pactgraph.docs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.vocabulary.OWL2;
import org.pactgraph.PactGraphException;
import org.pactgraph.model.Pact;

/**
 * How the model is split into diagrams, each small enough to read: an area names the classes it
 * starts from, and a class named by no area goes with its nearest superclass that is. Each
 * association is drawn in its domain's area, each subclass link in the subclass's area; classes
 * of other areas appear there as bare boxes.
 */
public record DiagramAreas(List<Area> areas) {
    /** One diagram: its title and the IRIs of the classes that head it. */
    public record Area(String title, List<String> roots) {
        public Area {
            roots = List.copyOf(roots);
        }
    }

    public DiagramAreas {
        areas = List.copyOf(areas);
    }

    /** PactGraph's split, the one place it is defined. */
    public static DiagramAreas pactgraph() {
        return new DiagramAreas(List.of(
                new Area("Organisations and people", pact("Organization", "Person", "Official", "Post", "KindOfOffice")),
                new Area("Partnerships, funding and money", pact("Partnership", "Initiative", "Funding", "MonetaryAmount", "Claim")),
                new Area("Events, documents and evidence", withThing(pact("Event", "Statement", "Document", "TextSpan", "ExtractionRule"))),
                new Area("Themes and places", pact("ResearchTheme", "Place"))));
    }

    private static List<String> pact(String... names) {
        return java.util.Arrays.stream(names).map(n -> Pact.NS + n).toList();
    }

    /** Properties without a domain are drawn on owl:Thing: with the evidence, as most of them are about it. */
    private static List<String> withThing(List<String> roots) {
        List<String> out = new ArrayList<>(roots);
        out.add(OWL2.Thing.getURI());
        return out;
    }

    /** The area of a class: the first that names it, else its superclasses' (nearest first). */
    Optional<Area> areaOf(String classIri, ModelShape shape) {
        List<String> frontier = List.of(classIri);
        Set<String> seen = new HashSet<>();
        while (!frontier.isEmpty()) {
            for (String c : frontier) {
                for (Area a : areas) {
                    if (a.roots().contains(c)) return Optional.of(a);
                }
            }
            List<String> next = new ArrayList<>();
            for (String c : frontier) {
                if (!seen.add(c)) continue;
                shape.superclasses().stream().filter(l -> l.from().equals(c)).map(ModelShape.Link::to).forEach(next::add);
            }
            frontier = next;
        }
        return Optional.empty();
    }

    /**
     * Refuses a shape in which a class that must be drawn somewhere (one of the ontology's own,
     * or one with datatype properties or outgoing associations) belongs to no area.
     */
    void checkCovers(ModelShape shape, TermNames names) {
        Set<String> homeless = new TreeSet<>();
        for (String c : shape.classes()) {
            boolean mustBeDrawn = c.startsWith(names.homeNamespace()) || !shape.attributesOf(c).isEmpty()
                    || shape.associations().stream().anyMatch(a -> a.domain().equals(c));
            if (mustBeDrawn && areaOf(c, shape).isEmpty()) homeless.add(names.display(c));
        }
        if (!homeless.isEmpty()) {
            throw new PactGraphException("The classes " + String.join(", ", homeless) + " belong to no area of the model diagram"
                    + " (neither they nor a superclass head one)", "add them, or a superclass, to an area in DiagramAreas");
        }
    }
}
