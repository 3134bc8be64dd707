package org.dialogue.meetings.infrastructure.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Text as search compares it: lower case, accents removed ("Sécurité" and "securite" are the same word), split into
 * words of letters and digits. Used both when a text is indexed and when a query is read, so both sides agree.
 */
public final class SearchWords {

    /** The longest word the index keeps (longer ones are cut: a prefix search still finds them). */
    public static final int MAX_WORD = 60;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchWords() {
    }

    /** The text folded: lower case, without accents, words separated by one space. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(bare).replaceAll(" ").strip();
    }

    /** The distinct folded words of a text, in order of appearance. */
    public static Set<String> words(String text) {
        String folded = fold(text);
        if (folded.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(folded.split(" "))
                .map(w -> w.length() > MAX_WORD ? w.substring(0, MAX_WORD) : w)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
