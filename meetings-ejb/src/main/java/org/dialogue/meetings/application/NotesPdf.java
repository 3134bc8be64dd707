package org.dialogue.meetings.application;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialogue.meetings.infrastructure.text.RichText;

/**
 * The notes of an agenda item, as the minutes keep them (HTML already passed through {@link RichText#sanitise}), turned
 * into PDF paragraphs: paragraphs, headings, quotations, line breaks, bold, italic, underline, struck-out text,
 * bulleted and numbered lists (nested too, Quill's {@code <li data-list="bullet">} included) and links, shown as their
 * underlined text followed by their address. No tag is ever printed: the sanitiser's output is small and well-formed,
 * so a tag scanner is enough; anything it does not know is read for its text only.
 */
final class NotesPdf {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z][a-zA-Z0-9_-]*)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Color LINK = new Color(0x1a, 0x4f, 0x9c);
    private static final float LIST_INDENT = 16f;

    private final BaseFont regularFont;
    private final BaseFont boldFont;
    private final float size;
    private final List<Element> out = new ArrayList<>();
    private final Deque<ListLevel> lists = new ArrayDeque<>();
    private final Deque<Link> links = new ArrayDeque<>();
    private Paragraph current;
    private int bold;
    private int italic;
    private int underline;
    private int strike;
    private int heading;
    private int quote;

    private NotesPdf(BaseFont regular, BaseFont bold, float size) {
        this.regularFont = regular;
        this.boldFont = bold;
        this.size = size;
    }

    /**
     * The paragraphs of the notes, in order; none for empty notes. Bold text is set in the bold font, the rest in the
     * regular one; indentation is on the start side (OpenPDF puts it on the right for a right-to-left paragraph).
     */
    static List<Element> paragraphs(String sanitisedHtml, BaseFont regular, BaseFont bold, float size) {
        NotesPdf notes = new NotesPdf(regular, bold, size);
        if (sanitisedHtml != null) {
            notes.read(sanitisedHtml);
        }
        notes.endParagraph();
        return notes.out;
    }

    private void read(String html) {
        Matcher tag = TAG.matcher(html);
        int at = 0;
        while (tag.find()) {
            text(html.substring(at, tag.start()));
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (tag.group(1).isEmpty()) {
                open(name, tag.group(3));
            } else {
                close(name);
            }
            at = tag.end();
        }
        text(html.substring(at));
    }

    private void open(String name, String attributes) {
        switch (name) {
            case "p", "div" -> endParagraph();
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                endParagraph();
                heading++;
            }
            case "blockquote" -> {
                endParagraph();
                quote++;
            }
            case "ul" -> lists.push(new ListLevel(false));
            case "ol" -> lists.push(new ListLevel(true));
            case "li" -> startItem(attribute(attributes, "data-list"));
            case "br" -> {
                if (current != null) {
                    current.add(new Chunk("\n", style(Font.NORMAL, size)));
                }
            }
            case "b", "strong" -> bold++;
            case "i", "em" -> italic++;
            case "u", "ins" -> underline++;
            case "s", "strike", "del" -> strike++;
            case "a" -> links.push(new Link(attribute(attributes, "href")));
            default -> {
                // span, sub, sup, code, small...: their text only
            }
        }
    }

    private void close(String name) {
        switch (name) {
            case "p", "div", "li" -> endParagraph();
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                endParagraph();
                heading = Math.max(0, heading - 1);
            }
            case "blockquote" -> {
                endParagraph();
                quote = Math.max(0, quote - 1);
            }
            case "ul", "ol" -> {
                endParagraph();
                if (!lists.isEmpty()) {
                    lists.pop();
                }
            }
            case "b", "strong" -> bold = Math.max(0, bold - 1);
            case "i", "em" -> italic = Math.max(0, italic - 1);
            case "u", "ins" -> underline = Math.max(0, underline - 1);
            case "s", "strike", "del" -> strike = Math.max(0, strike - 1);
            case "a" -> {
                if (!links.isEmpty()) {
                    Link link = links.pop();
                    String address = link.address();
                    if (address != null && !address.equals(link.text.toString().strip())) {
                        paragraph().add(new Chunk(" <" + address + ">", style(Font.NORMAL, size - 1)));
                    }
                }
            }
            default -> {
                // nothing to end
            }
        }
    }

    private void startItem(String dataList) {
        endParagraph();
        ListLevel level = lists.isEmpty() ? new ListLevel(false) : lists.peek();
        boolean ordered = dataList == null ? level.ordered : "ordered".equals(dataList);
        level.count++;
        Paragraph item = paragraph();
        float indent = LIST_INDENT * Math.max(1, lists.size());
        item.setIndentationLeft(indent);
        item.setFirstLineIndent(-LIST_INDENT + 4);
        item.add(new Chunk((ordered ? level.count + "." : "\u2022") + " ", style(Font.NORMAL, size)));
    }

    private void text(String raw) {
        if (raw.isEmpty()) {
            return;
        }
        String text = RichText.decode(SPACES.matcher(raw).replaceAll(" ")).replace('\u00a0', ' ');
        if (current == null || current.isEmpty()) {
            text = text.stripLeading();
        }
        if (text.isEmpty()) {
            return;
        }
        int styles = (bold > 0 || heading > 0 ? Font.BOLD : 0) | (italic > 0 || quote > 0 ? Font.ITALIC : 0)
                | (underline > 0 || !links.isEmpty() ? Font.UNDERLINE : 0) | (strike > 0 ? Font.STRIKETHRU : 0);
        Font chunkFont = style(styles, heading > 0 ? size + 2 : size);
        if (!links.isEmpty()) {
            chunkFont.setColor(LINK);
        }
        Chunk chunk = new Chunk(text, chunkFont);
        Link link = links.peek();
        if (link != null) {
            link.text.append(text);
            if (link.address() != null) {
                chunk.setAnchor(link.address());
            }
        }
        paragraph().add(chunk);
    }

    private Paragraph paragraph() {
        if (current == null) {
            current = new Paragraph(size * 1.45f, "", style(Font.NORMAL, size));
            if (quote > 0) {
                current.setIndentationLeft(LIST_INDENT);
            }
        }
        return current;
    }

    private void endParagraph() {
        if (current != null && !current.isEmpty()) {
            out.add(current);
        }
        current = null;
    }

    private Font style(int styles, float points) {
        return new Font((styles & Font.BOLD) != 0 ? boldFont : regularFont, points, styles & ~Font.BOLD);
    }

    private static String attribute(String attributes, String name) {
        Matcher matcher = ATTRIBUTE.matcher(attributes);
        while (matcher.find()) {
            if (matcher.group(1).equalsIgnoreCase(name)) {
                return matcher.group(2);
            }
        }
        return null;
    }

    /** A link being read: its address (http, https or mailto, the sanitiser allows no other) and its text so far. */
    private static final class Link {
        private final String href;
        private final StringBuilder text = new StringBuilder();

        Link(String href) {
            this.href = href;
        }

        String address() {
            return href == null || href.isBlank() ? null : RichText.decode(href).strip();
        }
    }

    private static final class ListLevel {
        private final boolean ordered;
        private int count;

        ListLevel(boolean ordered) {
            this.ordered = ordered;
        }
    }
}
