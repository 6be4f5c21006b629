package org.pactgraph.server.linkeddata;

import java.net.URI;
import java.net.URISyntaxException;
import org.pactgraph.model.Iris;

/**
 * How resource IRIs map onto the server.
 *
 * @param idBase the IRI base of the resources the server answers for at {@code /id/}: the
 *     request {@code /id/org/nvidia} is about {@code idBase + "org/nvidia"}. An absolute http(s)
 *     IRI ending in "/". Defaults to {@value Iris#ID_BASE}.
 * @param explainPath where the reasoning explanation of an inferred statement is served (with
 *     {@code ?s=&p=&o=}). Defaults to {@value #EXPLAIN}.
 */
public record LinkedDataSettings(String idBase, String explainPath) {
    /** The default path of the reasoning explanations. */
    public static final String EXPLAIN = "/pactgraph/explain";

    public LinkedDataSettings {
        if (idBase == null || !idBase.endsWith("/")) {
            throw new IllegalArgumentException("the base URL must end in '/', such as " + Iris.ID_BASE + ", not " + idBase);
        }
        try {
            URI u = new URI(idBase);
            if (!u.isAbsolute() || !(u.getScheme().equals("http") || u.getScheme().equals("https")) || u.getFragment() != null
                    || u.getQuery() != null) {
                throw new IllegalArgumentException("the base URL must be an absolute http or https URL without query or fragment, not " + idBase);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the base URL " + idBase + " is not a URL: " + e.getMessage(), e);
        }
    }

    /** The published base and explanation path. */
    public static LinkedDataSettings defaults() {
        return new LinkedDataSettings(Iris.ID_BASE, EXPLAIN);
    }
}
