package org.pactgraph.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactgraph.model.Pact;

/**
 * The names an extraction could not place, so that a reviewer sees them instead of losing them:
 * organisations, people, places and themes recognised by the shape of their names that no
 * statement uses (they would be minted and marked for review if one did), and runs of
 * capitalised words that nothing recognised at all ("Office of Science Policy", "MS. VANCE").
 */
public record UnplacedNames(List<String> unused, List<String> unknown) {
    /** Capitalised words, joined by the small words names carry ("of", "for", "and", "the"). */
    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}\\d.'&-]*(?:\\s+(?:(?:of|for|and|the|on|de|du|und)\\s+)*\\p{Lu}[\\p{L}\\d.'&-]*)+");
    private static final Set<String> CALENDAR = Set.of("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    private static final List<String> KINDS = List.of(Pact.Organization.getURI(), Pact.Person.getURI(), Pact.Place.getURI(),
            Pact.ResearchTheme.getURI());

    public UnplacedNames {
        unused = List.copyOf(unused);
        unknown = List.copyOf(unknown);
    }

    /** The names of one extraction that no statement placed, each once, in order of first mention. */
    public static UnplacedNames of(Extraction extraction) {
        Set<String> used = new LinkedHashSet<>();
        // Only asserted facts place a name: a candidate for review leaves it to the reviewer.
        extraction.facts().stream().filter(f -> f.confidence() >= Confidence.THRESHOLD).forEach(f -> {
            if (f.subject().isURI()) used.add(f.subject().getURI());
            if (f.object().isURI()) used.add(f.object().getURI());
        });
        // Sentences a transcript turn opens: their speaker labels were placed.
        Set<Integer> turns = new java.util.HashSet<>();
        extraction.facts().stream().filter(f -> f.rule().equals(TranscriptRule.NAME)).forEach(f -> turns.add(f.evidence().index()));
        Set<String> unused = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (Sentence s : extraction.sentences()) {
            List<Mention> mentions = extraction.mentions().get(s.index());
            for (Mention m : mentions) {
                if (m instanceof Mention.Entity e && e.entries().stream().noneMatch(Gazetteer.Entry::known)
                        && e.entries().stream().anyMatch(x -> KINDS.stream().anyMatch(x::is))
                        && e.entries().stream().noneMatch(x -> used.contains(x.iri()))) {
                    unused.add(e.text());
                }
            }
            Matcher name = NAME.matcher(s.text());
            while (name.find()) {
                int b = name.start();
                int end = name.end();
                if (b == 0 && turns.contains(s.index())) continue;
                // "The Division of Chemistry": a capitalised common word before a name is not part of it.
                String found = name.group().replaceAll("[.,']+$", "").replaceFirst("^(\\S+)\\s+", NameRecognizer.isCommonWord(name.group().split("\\s+")[0]) ? "" : "$1 ");
                boolean covered = mentions.stream().anyMatch(m -> m.begin() < end && b < m.end());
                boolean calendar = java.util.Arrays.stream(found.split("\\s+")).allMatch(w -> CALENDAR.contains(w) || Titles.CORE.contains(w)
                        || Titles.MODIFIERS.contains(w));
                if (!covered && !calendar) unknown.add(found);
            }
        }
        return new UnplacedNames(List.copyOf(unused), List.copyOf(unknown));
    }

    /** True when every name was placed. */
    public boolean isEmpty() {
        return unused.isEmpty() && unknown.isEmpty();
    }
}
