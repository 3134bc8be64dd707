package org.dialogue.meetings.infrastructure.text;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Rich text as the minutes keep it: what the text editor sends, passed through the OWASP Java HTML Sanitizer before
 * it is stored. Kept: basic formatting, paragraphs and headings, lists, and links to http, https and mailto only
 * (opened in a new tab without the opener). Everything else, scripts, event handlers, styles, images, frames and
 * other URL schemes included, is removed, so the stored text is safe to show as HTML anywhere.
 */
public final class RichText {

    /** Quill marks a bulleted list as {@code <ol><li data-list="bullet">}: keep that attribute, nothing else. */
    private static final PolicyFactory QUILL_LISTS = new HtmlPolicyBuilder()
            .allowElements("ol", "ul", "li")
            .allowAttributes("data-list").matching(Pattern.compile("bullet|ordered")).onElements("li")
            .toFactory();

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS) // http, https and mailto; adds rel="nofollow"
            .and(QUILL_LISTS)
            .and(new HtmlPolicyBuilder().allowElements("br", "s", "u").toFactory());

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern BLOCK_END = Pattern.compile("(</(p|h[1-6]|li|ol|ul|blockquote|div)>|<br\\s*/?>)");

    private RichText() {
    }

    /** The HTML that may be stored and shown, or null for empty notes (nothing but white space or empty paragraphs). */
    public static String sanitise(String html) {
        if (html == null) {
            return null;
        }
        String safe = POLICY.sanitize(html).strip();
        return plainText(safe).isBlank() ? null : safe;
    }

    /** The words of sanitised HTML, one block a line, with the sanitiser's character references decoded. */
    public static String plainText(String sanitisedHtml) {
        if (sanitisedHtml == null) {
            return "";
        }
        String lines = BLOCK_END.matcher(sanitisedHtml).replaceAll("$1\n");
        return decode(TAG.matcher(lines).replaceAll("")).strip();
    }

    /**
     * Sanitised HTML cut into lines after each block, for the canonical text and version comparison: a stable, readable
     * form in which a change to one paragraph changes one line.
     */
    public static String blockLines(String sanitisedHtml) {
        if (sanitisedHtml == null) {
            return "";
        }
        return BLOCK_END.matcher(sanitisedHtml).replaceAll("$1\n").strip();
    }

    /**
     * Decodes the character references of text taken from sanitised HTML (between its tags). The sanitiser writes only
     * these references, and numeric ones for other special characters.
     */
    public static String decode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int semicolon = c == '&' ? text.indexOf(';', i) : -1;
            if (semicolon > i && semicolon - i <= 10) {
                String entity = text.substring(i + 1, semicolon);
                String decoded = switch (entity) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "nbsp" -> " ";
                    default -> numeric(entity);
                };
                if (decoded != null) {
                    out.append(decoded);
                    i = semicolon + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String numeric(String entity) {
        try {
            if (entity.startsWith("#x") || entity.startsWith("#X")) {
                return Character.toString(Integer.parseInt(entity.substring(2), 16));
            }
            if (entity.startsWith("#")) {
                return Character.toString(Integer.parseInt(entity.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}
