package org.hausdesk.ticket.control;

/**
 * The subject helpers see in their queue, for a request filed without one (the request form has no subject field,
 * the API makes it optional): the first line of what the resident wrote, shortened at a word.
 */
public final class Subjects {

    /** Longest subject made from a description (what fits a queue row). */
    public static final int LENGTH = 80;

    private Subjects() {
    }

    /** The first line of the description, shortened at a word; null for no description. */
    public static String of(String description) {
        return description == null ? null
                : shorten(description.strip().lines().findFirst().orElse("").strip(), LENGTH);
    }

    /** A text on one line, cut at a word (and its trailing punctuation) when longer than {@code length}, with " …". */
    public static String shorten(String text, int length) {
        var line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= length) {
            return line;
        }
        var cut = line.substring(0, length);
        int space = cut.lastIndexOf(' ');
        return (space > length * 3 / 8 ? cut.substring(0, space) : cut).replaceAll("[\\s,;:.-]+$", "") + " …";
    }
}
