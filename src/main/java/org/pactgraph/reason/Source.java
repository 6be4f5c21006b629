package org.pactgraph.reason;

import java.util.List;

/**
 * Where an asserted triple comes from.
 *
 * @param graph the named graph holding it
 * @param file the file it was read from, when known (at load time), else null
 * @param sentence the sentence of the document it was extracted from, else null
 * @param span the RFC 5147 IRI of that sentence ({@code document#char=begin,end}), else null
 * @param references the curated sources ({@code dct:source}) of its subject, maybe none
 */
public record Source(String graph, String file, String sentence, String span, List<String> references) {
    public Source {
        references = List.copyOf(references);
    }
}
