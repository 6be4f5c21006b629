package org.pactgraph.review;

import org.pactgraph.PactGraphException;

/** A review decision could not be made: an unknown key, an IRI that is not one, a merge of a resource into itself. */
public final class ReviewException extends PactGraphException {
    public ReviewException(String message, String hint) {
        super(message, hint);
    }
}
