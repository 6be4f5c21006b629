package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/**
 * The Java sources know nothing of the announcements: no name the reference data gives an
 * entity, and no number or date the announcement states, appears in src/main/java. All of it
 * must come from the text or the reference data. Generic English words that some labels are
 * made of ("University", "President", month names) are allowed.
 */
class NoAnnouncementKnowledgeTest {
    private static final Set<String> GENERIC = Set.of(
            "AI", "University", "Institute", "President", "Prime Minister", "Secretary", "Minister", "Ambassador", "Governor",
            "Company", "Group", "Technology", "Research", "Japan", "Japanese", "American", "British", "US", "USA", "UK",
            "Washington", "Commerce", "State", "Department", "Science", "Life Sciences", "Semiconductors", "Entrepreneurship",
            "quantum", "semiconductor", "Provost", "Vice President", "CEO", "Dean");

    @Test
    void noReferenceNameAppearsInTheJavaSources() throws IOException {
        Graph reference = RDFDataMgr.loadGraph("data/reference/organizations.ttl");
        for (String f : List.of("people", "places", "themes", "initiatives", "partnerships")) {
            RDFDataMgr.read(reference, "data/reference/" + f + ".ttl");
        }
        Set<String> names = new TreeSet<>();
        for (Node p : List.of(RDFS.label.asNode(), SKOS.altLabel.asNode(), SKOS.prefLabel.asNode())) {
            reference.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                String name = t.getObject().getLiteralLexicalForm();
                if (name.length() >= 3 && !GENERIC.contains(name) && name.chars().anyMatch(Character::isUpperCase)) names.add(name);
            });
        }
        assertEquals(List.of(), occurrences(names), "reference names written into the Java sources");
    }

    @Test
    void noAmountOrDateOfTheAnnouncementAppearsInTheJavaSources() throws IOException {
        String announcement = Files.readString(Path.of("data/announcements/2024-04-09-us-japan-ai-partnerships.md"));
        Set<String> numbers = new TreeSet<>();
        Matcher m = Pattern.compile("\\d{2,}").matcher(announcement);
        while (m.find()) numbers.add(m.group());
        numbers.add("April 9");
        numbers.add("May 2022");
        assertEquals(List.of(), occurrences(numbers), "amounts or dates of the announcement written into the Java sources");
    }

    private static List<String> occurrences(Set<String> needles) throws IOException {
        // Each needle's pattern is compiled once, and a source is searched with it only when it holds
        // the needle at all: compiling and running a pattern for every file and every name took 17 s.
        Map<String, Pattern> words = new LinkedHashMap<>();
        for (String needle : needles) {
            words.put(needle, Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(needle) + "(?![\\p{L}\\p{N}])"));
        }
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                words.forEach((needle, word) -> {
                    if (source.contains(needle) && word.matcher(source).find()) found.add(file.getFileName() + ": " + needle);
                });
            }
        }
        return found;
    }
}
