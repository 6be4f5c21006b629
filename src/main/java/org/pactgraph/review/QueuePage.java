package org.pactgraph.review;

import java.util.List;

/**
 * One page of the review queue: the items from {@code offset} on, at most {@code limit} of them,
 * and the size of the whole queue, counted from the review marks without building its items.
 *
 * @param items the page's items, in queue order
 * @param offset the place of the first item in the whole queue (0 for the first)
 * @param limit the most items a page holds
 * @param total the items of the whole queue
 * @param facts the candidate facts of the whole queue
 * @param factItems the items of the whole queue that are facts (the rest are new entities)
 */
public record QueuePage(List<Candidate> items, int offset, int limit, int total, int facts, int factItems) {
    /** Items a page holds when the caller does not say. */
    public static final int DEFAULT_LIMIT = 50;
    /** The most items one page may hold: a larger page is refused, so that no request builds the whole of a large queue. */
    public static final int MAX_LIMIT = 500;

    public QueuePage {
        items = List.copyOf(items);
    }

    /** The offset of the next page, or -1 on the last. */
    public int next() {
        return offset + items.size() < total ? offset + items.size() : -1;
    }

    /** The offset of the previous page, or -1 on the first. */
    public int previous() {
        return offset == 0 ? -1 : Math.max(0, offset - limit);
    }

    /** Checks a page's bounds as a user gave them. */
    public static void check(int offset, int limit) {
        if (offset < 0) throw new ReviewException("offset " + offset + " is negative", "give an offset of 0 or more (0 is the first item)");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ReviewException("limit " + limit + " is out of bounds", "give a limit from 1 to " + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ")");
        }
    }

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("-?[0-9]+");

    /** Reads a bound given as text (a query parameter), or the default when it is absent. */
    public static int parse(String name, String value, int absent) {
        if (value == null || value.isBlank()) return absent;
        String text = value.strip();
        String shown = text.length() > 20 ? text.substring(0, 20) + "..." : text;
        if (!DIGITS.matcher(text).matches()) {
            throw new ReviewException(name + "=" + shown + " is not a whole number", "give " + name + " as digits 0-9, e.g. " + name + "=" + absent);
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ReviewException(name + "=" + shown + " is too large", "give " + name + " up to " + Integer.MAX_VALUE);
        }
    }
}
