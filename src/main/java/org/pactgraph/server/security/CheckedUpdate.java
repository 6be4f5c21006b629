package org.pactgraph.server.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.web.HttpSC;
import org.pactgraph.load.NulCharacter;
import org.apache.jena.riot.WebContent;
import org.pactgraph.server.limits.HeldBody;
import org.pactgraph.server.limits.ServiceCalls;
import org.pactgraph.server.limits.StrictUtf8;
import org.pactgraph.server.limits.UpdateShape;

/**
 * Fuseki's SPARQL Update, after a check of the whole request against the {@link WriteScope}:
 * a request with any refused operation is answered 403 and nothing of it runs, as is one that calls another
 * endpoint with {@code SERVICE} on a server that does not allow it ({@link ServiceCalls}, as for a query). Fuseki itself
 * then runs the request in one TDB2 write transaction, so it applies whole or not at all.
 *
 * <p>The check reads exactly the text that runs. The body is decoded once, strictly
 * ({@link StrictUtf8}): bytes that are not UTF-8 are answered 400. A body that does not parse is
 * answered 400 here too, never handed on unchecked: Fuseki parses and runs an update as it
 * streams, so a tail its parser reads differently would run what came before it. What is handed
 * on is the checked text, parsed against the same base IRI as Fuseki's, or, where it writes into
 * the default graph or names {@code ALL} or {@code NAMED}, the request {@link WritableUpdate}
 * makes of it inside the write transaction.
 */
final class CheckedUpdate extends SPARQL_Update {
    static final String TIMED_OUT = "Update timed out: it ran past the server's timeout and was cancelled; nothing of it was applied."
            + " Narrow its WHERE clause, or split it into smaller updates";
    /** The response header that says what an update did other than what it says (DROP ALL keeping PactGraph's own graphs). */
    public static final String NOTE = "PactGraph-Note";
    private final WriteScope scope;
    private final boolean allowService;

    CheckedUpdate(WriteScope scope, boolean allowService) {
        this.scope = scope;
        this.allowService = allowService;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        String text;
        try {
            // The bytes BodyReads holds, for an update body; an update of a form comes as Fuseki read it.
            Optional<String> held = action.getRequestContentType() != null && action.getRequestContentType().startsWith(WebContent.contentTypeSPARQLUpdate)
                    ? HeldBody.textOf(action.getRequest()) : Optional.empty();
            text = held.isPresent() ? held.get() : StrictUtf8.decode(input.readAllBytes());
        } catch (StrictUtf8.MalformedException e) {
            ServletOps.errorBadRequest(e.getMessage());
            return;
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
            return;
        }
        NulCharacter.firstIn(text).ifPresent(at -> ServletOps.errorBadRequest("The update holds " + NulCharacter.FOUND
                + ", at line " + at.line() + ", column " + at.column() + "; remove it"));
        UpdateRequest request;
        try {
            request = UpdateShape.parse(text, Fuseki.BaseParserSPARQL);
        } catch (QueryParseException e) {
            ServletOps.errorBadRequest("The update does not parse: " + e.getMessage());
            return;
        }
        if (!allowService) ServiceCalls.refuseIn(request);
        List<String> refusals = scope.refusals(request);
        if (!refusals.isEmpty()) {
            ServletOps.errorForbidden(String.join("\n", refusals));
        }
        InputStream checked = new DeferredText(() -> {
            WritableUpdate.Rewritten runs = WritableUpdate.of(request, text, action.getActiveDSG());
            runs.note().ifPresent(words -> action.setResponseHeader(NOTE, words));
            return runs.text();
        });
        try {
            super.execute(action, checked);
        } catch (ActionErrorException e) {
            throw timedOut(e) ? new ActionErrorException(HttpSC.SERVICE_UNAVAILABLE_503, TIMED_OUT, e) : e;
        }
    }

    /**
     * Fuseki answers an update cancelled by the timeout as a bad request whose message is the
     * cancellation's, which is empty ("Bad request: null"); every other refusal says something.
     */
    private static boolean timedOut(ActionErrorException e) {
        return e.getRC() == HttpSC.BAD_REQUEST_400 && (e.getMessage() == null || "null".equals(e.getMessage()));
    }
}
