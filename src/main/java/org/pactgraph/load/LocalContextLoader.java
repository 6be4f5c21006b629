package org.pactgraph.load;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.util.Map;
import org.pactgraph.model.Namespaces;

/**
 * Where JSON-LD contexts named by IRI come from: a fixed list held in memory, never the network
 * or the disk. A document that names any other context is refused with one fixed message, so
 * that neither a Graph Store write nor a reference file can make PactGraph fetch a URL, read a
 * local file, or learn from an error whether a file exists or a port is open. The one context
 * on the list is PactGraph's own, {@value #PACTGRAPH_CONTEXT}: one prefix per namespace of
 * {@link Namespaces#standard()}.
 */
public final class LocalContextLoader implements DocumentLoader {
    /** The IRI under which a JSON-LD document may name PactGraph's own context. */
    public static final String PACTGRAPH_CONTEXT = "https://w3id.org/pactgraph/context.jsonld";
    /** What a refused context is told, whatever it names and whatever is at that place. */
    public static final String REFUSED = "JSON-LD contexts are not fetched: a document may name only <" + PACTGRAPH_CONTEXT
            + ">; write any other context into the document itself";

    private static final Map<String, Document> ALLOWED = Map.of(PACTGRAPH_CONTEXT, pactgraphContext());

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        Document known = url == null ? null : ALLOWED.get(url.toString());
        if (known == null) throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, REFUSED);
        return known;
    }

    private static Document pactgraphContext() {
        JsonObjectBuilder prefixes = Json.createObjectBuilder();
        Namespaces.standard().getNsPrefixMap().forEach(prefixes::add);
        return JsonDocument.of(Json.createObjectBuilder().add("@context", prefixes).build());
    }
}
