package org.pactgraph.server.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's SPARQL Update, after a check of the whole request against the {@link WriteScope}:
 * a request with any refused operation is answered 403 and nothing of it runs. Fuseki itself
 * then runs the request in one TDB2 write transaction, so it applies whole or not at all.
 */
final class CheckedUpdate extends SPARQL_Update {
    private final WriteScope scope;

    CheckedUpdate(WriteScope scope) {
        this.scope = scope;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] body;
        try {
            body = input.readAllBytes();
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
            return;
        }
        UpdateRequest request = null;
        try {
            request = UpdateFactory.create(new String(body, StandardCharsets.UTF_8), "http://base/", Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            // Fuseki's own parse below reports the error with its line and column.
        }
        if (request != null) {
            List<String> refusals = scope.refusals(request);
            if (!refusals.isEmpty()) {
                ServletOps.errorForbidden(String.join("\n", refusals));
            }
        }
        super.execute(action, new ByteArrayInputStream(body));
    }
}
