package org.pactgraph.cli;

import org.pactgraph.server.linkeddata.LinkedDataSettings;
import picocli.CommandLine.Option;

/** The linked-data options of {@code serve}, apart from the endpoint's own (ServerOptions). */
final class LinkedDataOptions {
    @Option(names = "--base-url", paramLabel = "URL", defaultValue = "${env:PACTGRAPH_BASE_URL:-https://w3id.org/pactgraph/id/}",
            description = "The IRI base of the resources served at /id/: /id/org/x answers for URL + org/x "
                    + "(default: ${DEFAULT-VALUE}; env PACTGRAPH_BASE_URL).")
    String baseUrl;

    LinkedDataSettings settings() {
        return new LinkedDataSettings(baseUrl, LinkedDataSettings.EXPLAIN);
    }
}
