package org.dialogue.meetings.infrastructure.text;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short piece of a text around the first word that starts with one of the searched (folded) words, cut at word
 * boundaries, with "…" where it was cut. The text is compared word by word as search folds it, so "Sécurité" is found
 * for "secur", and shown as written.
 *
 * @param before the text before the word
 * @param match  the word as written
 * @param after  the text after it
 */
public record Excerpt(String before, String match, String after) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final int BEFORE = 60;
    private static final int AFTER = 120;
    private static final String CUT = "…";

    /** The excerpt around the first matching word; the start of the text when no word matches. */
    public static Excerpt of(String text, Collection<String> foldedWords) {
        String plain = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        Matcher word = WORD.matcher(plain);
        while (word.find()) {
            String folded = SearchWords.fold(word.group());
            if (foldedWords.stream().anyMatch(folded::startsWith)) {
                return new Excerpt(head(plain.substring(0, word.start())), word.group(),
                        tail(plain.substring(word.end())));
            }
        }
        return new Excerpt("", "", tail(plain));
    }

    /** The end of the text before the match, at most {@value #BEFORE} characters, starting at a word. */
    private static String head(String text) {
        if (text.length() <= BEFORE) {
            return text;
        }
        String cut = text.substring(text.length() - BEFORE);
        int space = cut.indexOf(' ');
        return CUT + (space >= 0 ? cut.substring(space) : cut);
    }

    /** The start of the text after the match, at most {@value #AFTER} characters, ending at a word. */
    private static String tail(String text) {
        if (text.length() <= AFTER) {
            return text;
        }
        String cut = text.substring(0, AFTER);
        int space = cut.lastIndexOf(' ');
        return (space > 0 ? cut.substring(0, space) : cut) + " " + CUT;
    }
}
