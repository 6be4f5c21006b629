package org.pactgraph.export;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.riot.system.PrefixMap;

/**
 * The JSON-LD context PactGraph writes: one prefix per namespace the store declares, so that
 * keys read {@code "pact:partner"}. It is published at {@code /context.jsonld} and embedded, the
 * same, in every JSON-LD PactGraph writes: a reader then needs no network to expand a dump.
 */
public final class JsonLdContext {
    private final Map<String, String> prefixes;

    private JsonLdContext(Map<String, String> prefixes) {
        this.prefixes = prefixes;
    }

    /** The context for the prefixes of a store (or any prefix map). */
    public static JsonLdContext of(PrefixMap prefixMap) {
        Map<String, String> out = new TreeMap<>();
        // JSON-LD keywords start with '@'; a prefix must not look like one, nor be empty.
        prefixMap.getMapping().forEach((p, ns) -> {
            if (!p.isEmpty() && !p.startsWith("@") && (ns.endsWith("#") || ns.endsWith("/"))) out.put(p, ns);
        });
        return new JsonLdContext(Map.copyOf(out));
    }

    /** The prefix of the longest namespace that starts the IRI, or null. */
    String prefixFor(String iri) {
        String best = null;
        int bestLength = 0;
        for (Map.Entry<String, String> e : prefixes.entrySet()) {
            String ns = e.getValue();
            if (iri.startsWith(ns) && ns.length() > bestLength) {
                best = e.getKey();
                bestLength = ns.length();
            }
        }
        return best;
    }

    /** The namespace of a prefix. */
    String namespace(String prefix) {
        return prefixes.get(prefix);
    }

    /** The context as a JSON object, one prefix a line, sorted. */
    public String json() {
        StringBuilder sb = new StringBuilder("{");
        String sep = "\n";
        for (Map.Entry<String, String> e : new TreeMap<>(prefixes).entrySet()) {
            sb.append(sep).append("    ").append(JsonText.quote(e.getKey())).append(": ").append(JsonText.quote(e.getValue()));
            sep = ",\n";
        }
        return sb.append("\n  }").toString();
    }

    /** The context as a document of its own, as served at /context.jsonld. */
    public String document() {
        return "{\n  \"@context\": " + json() + "\n}\n";
    }
}
