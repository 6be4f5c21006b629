package org.pactgraph.server.limits;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Parses a SPARQL Update within the bounds a query meets: no list between parentheses longer
 * than {@link QueryText} takes (checked on the text, before the parser spends seconds on it), no
 * nesting deeper than {@link QueryShape} takes, and at most as many triple patterns in its
 * {@code WHERE} clauses and templates as one query may hold. Only writers may update, but a
 * writer's update of 10,000 nested groups or a 20,000-triple {@code DELETE WHERE} ran, or
 * overflowed the stack, as a query no longer may.
 */
public final class UpdateShape {
    private UpdateShape() {}

    /**
     * The update parsed against the base IRI, or {@link ActionErrorException} 413 naming the bound
     * it passes; a {@link QueryParseException} (400) when it does not parse.
     */
    public static UpdateRequest parse(String text, String base) {
        try {
            QueryText.checkParts(text);
            UpdateRequest request = QueryShape.parsedWithinStack(() -> UpdateFactory.create(text, base, Syntax.syntaxARQ));
            QueryShape.checkUpdate(request);
            return request;
        } catch (QueryRefused refused) {
            throw new ActionErrorException(refused.status(), refused.getMessage(), null);
        }
    }
}
