package org.pactgraph.search;

/** The fields of a document of the index: one document per name or alias of an entity, class or property. */
final class Fields {
    private Fields() {}

    /** "entity", "type" or "property". */
    static final String KIND = "kind";
    /** The IRI of what the name names (stored). */
    static final String ID = "id";
    /** The name as written (stored). */
    static final String NAME = "name";
    /** {@link SearchNameKey#key} of the name (stored). */
    static final String EXACT = "exact";
    /** {@link SearchNameKey#unordered} of the name (stored). */
    static final String UNORDERED = "unordered";
    /** {@link SearchNameKey#initialsKey} of the name. */
    static final String INITIALS = "initials";
    /** The name's words, through {@link NameAnalyzer}. */
    static final String WORDS = "words";
    /** Each type of the entity, asserted or inferred. */
    static final String TYPE = "type";

    static final String ENTITY = "entity";
    static final String CLASS = "type";
    static final String PROPERTY = "property";
}
