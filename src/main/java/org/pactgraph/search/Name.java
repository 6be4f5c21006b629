package org.pactgraph.search;

/** One name of an entity as the store writes it: the text, its language tag ("" when none) and whether it is an alias. */
public record Name(String text, String lang, boolean alias) {}
