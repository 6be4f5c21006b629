package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactgraph.model.Pact;

/**
 * The names one document has introduced, and the short forms it may use for them later: a
 * person by the family name ("Morimoto" after "Kenji Morimoto"), a university by its name
 * without "University" ("Princeton"), an institute of technology as "X Tech", a company without
 * "Corporation", and the variant of an organisation's name that writers slip into ("X Service"
 * for the "X Services" it named). Lives for one document, so it costs nothing between documents.
 */
final class DocumentLexicon {
    private static final Pattern ORG_SUFFIX = Pattern.compile(
            "^(.+?)\\s+(University|Corporation|Corp\\.?|Inc\\.?|Ltd\\.?|Limited|LLC|Holdings|Group|AS|ASA|AB|AG|GmbH|SA|NV|BV|Oyj?|PLC)$");
    private static final Pattern INSTITUTE_OF_TECHNOLOGY = Pattern.compile("^(.+?)\\s+Institute of Technology$");

    private final Gazetteer gazetteer;
    private final Map<String, Gazetteer.Entry> byName = new LinkedHashMap<>();
    private Pattern pattern;

    DocumentLexicon(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Remembers an entity named in full, with the short forms the document may use for it. */
    void learn(Gazetteer.Entry entry, String name) {
        if (!entry.known()) put(name, entry, false);
        if (entry.is(Pact.Person.getURI())) {
            // The family name is the last word before a generation's mark ("Doe" of "Dale A. Doe, Jr.").
            String[] words = NewPersonNames.GENERATIONAL_SUFFIX.matcher(name).replaceFirst("").split("\\s+");
            if (!entry.known() && words.length >= 2) put(words[words.length - 1], entry, true);
            return;
        }
        if (!entry.is(Pact.Organization.getURI())) return;
        if (!entry.known()) variants(name).forEach(v -> put(v, entry, true));
        Matcher tech = INSTITUTE_OF_TECHNOLOGY.matcher(name);
        if (tech.matches()) put(tech.group(1) + " Tech", entry, true);
        Matcher suffix = ORG_SUFFIX.matcher(name);
        if (suffix.matches() && !suffix.group(1).contains(" of")) put(suffix.group(1), entry, true);
    }

    /**
     * The variant of a new organisation's name of two words or more that stands for the same body
     * in one text: its last word in the other number ("Institute of Harbour and Dock Service" a
     * line after "... Services"). Longer than a shape's match inside it ("Freedonian Institute"
     * of "the Freedonian Institute of Harbour and Dock Service"), it also keeps the name whole.
     */
    static List<String> variants(String name) {
        if (!name.contains(" ")) return List.of();
        Matcher plural = PLURAL_LAST_WORD.matcher(name);
        if (plural.find()) return List.of(name.substring(0, plural.end(1)));
        if (SINGULAR_LAST_WORD.matcher(name).find()) return List.of(name + "s");
        return List.of();
    }
    /** A last word made plural by an "s" after an "e" ("Services", "Sciences", "Initiatives"), and such a word in the singular. */
    private static final Pattern PLURAL_LAST_WORD = Pattern.compile("\\s(\\p{Lu}\\p{Ll}+e)s$");
    private static final Pattern SINGULAR_LAST_WORD = Pattern.compile("\\s\\p{Lu}\\p{Ll}+e$");

    /** Remembers another name the document gives an entity, such as an acronym in brackets. */
    void learnAlias(Gazetteer.Entry entry, String alias) {
        put(alias, entry, true);
    }

    private void put(String name, Gazetteer.Entry entry, boolean shortForm) {
        if (shortForm) {
            // A short form that the reference data gives to something else stays theirs.
            if (name.length() < 3) return;
            List<Gazetteer.Match> known = gazetteer.find(name);
            if (!known.isEmpty() && known.get(0).begin() == 0 && known.get(0).end() == name.length()) return;
        }
        if (byName.putIfAbsent(name, entry) == null) pattern = null;
    }

    /** The document's names found in the text, longest first, as gazetteer matches. */
    List<Gazetteer.Match> find(String text) {
        if (byName.isEmpty()) return List.of();
        if (pattern == null) {
            StringBuilder alternatives = new StringBuilder();
            byName.keySet().stream().sorted((a, b) -> b.length() - a.length()).forEach(n -> {
                if (!alternatives.isEmpty()) alternatives.append('|');
                alternatives.append(Pattern.quote(n));
            });
            pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
        }
        List<Gazetteer.Match> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(new Gazetteer.Match(m.start(), m.end(), List.of(byName.get(m.group()))));
        }
        return found;
    }
}
