package org.dialogue.meetings.infrastructure.persistence;

/**
 * The words that start with a prefix, as a range of the index: {@code from <= term < to}, where {@code to} is the
 * prefix with its last character incremented ("secur" gives ["secur", "secus")). A range on the first column of the
 * primary key is what a B-tree answers from the index on H2 and on PostgreSQL alike, whereas {@code LIKE 'secur%'} is
 * not, on PostgreSQL, under a collation other than "C". The range is exact in code-point order: the order of H2 and of
 * a PostgreSQL database created with a C or C.UTF-8 collation (see docs/administration.md, "PostgreSQL").
 *
 * @param from the prefix itself, the smallest word in the range
 * @param to   the smallest string after every word that starts with the prefix
 */
public record PrefixRange(String from, String to) {

    public PrefixRange {
        if (from == null || from.isEmpty()) {
            throw new IllegalArgumentException("An empty prefix matches every word");
        }
    }

    /** The range of the words starting with {@code prefix}. */
    public static PrefixRange of(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            throw new IllegalArgumentException("An empty prefix matches every word");
        }
        return new PrefixRange(prefix, next(prefix));
    }

    /**
     * The prefix with its last code point incremented. A last character that cannot be incremented (the highest code
     * point) is dropped and the one before it incremented instead; with none left, there is no upper bound, which
     * a prefix made only of such characters would need: not possible here, as search words are letters and digits.
     */
    static String next(String prefix) {
        int end = prefix.length();
        while (end > 0) {
            int last = prefix.codePointBefore(end);
            int start = end - Character.charCount(last);
            int incremented = last + 1;
            // skip the surrogate range: it holds no characters of its own
            if (incremented >= Character.MIN_SURROGATE && incremented <= Character.MAX_SURROGATE) {
                incremented = Character.MAX_SURROGATE + 1;
            }
            if (incremented <= Character.MAX_CODE_POINT) {
                return prefix.substring(0, start) + new String(Character.toChars(incremented));
            }
            end = start;
        }
        throw new IllegalArgumentException("No string follows every word starting with " + prefix);
    }
}
