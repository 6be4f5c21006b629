package org.pactgraph.extract;

/**
 * One extraction rule: reads the sentences and mentions of a document and adds facts. Its name
 * is recorded on every fact it produces, so that a reviewer can tell which rule to blame.
 */
interface Rule {
    /** The rule's name, as written into the provenance of its facts. */
    String name();

    /** Adds the facts this rule finds to the document's state. */
    void apply(DocumentState state);
}
