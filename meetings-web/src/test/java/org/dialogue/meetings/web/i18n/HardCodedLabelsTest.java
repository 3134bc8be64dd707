package org.dialogue.meetings.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No page shows words of its own: every text between tags and every attribute a reader sees or hears (titles,
 * placeholders, labels, header texts, messages, the value of buttons and outputs) comes from the bundle through
 * {@code #{msg[...]}} or from the data, so each language shows its own words.
 */
class HardCodedLabelsTest {

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern EXPRESSION = Pattern.compile("#\\{[^}]*}");
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&[A-Za-z]+;|&#[0-9]+;");
    private static final Pattern TAG = Pattern.compile("<([A-Za-z:]+)([^>]*)>|</[^>]*>");
    private static final Pattern SEEN_ATTRIBUTE = Pattern.compile("\\s(label|itemLabel|title|placeholder|headerText"
            + "|footerText|header|alt|aria-label|emptyMessage|requiredMessage|converterMessage|validatorMessage"
            + "|noSelectionLabel|message|summary|caption|buttonText)=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\svalue=\"([^\"]*)\"");
    /** The components whose {@code value} is what the reader sees (a button's or link's text, an output). */
    private static final Pattern LABELLED = Pattern.compile("h:outputText|h:outputLabel|p:outputLabel|h:commandButton"
            + "|p:commandButton|h:link|p:linkButton|h:button|p:button|h:commandLink|p:commandLink|p:menuitem"
            + "|h:outputFormat|p:staticMessage");

    @Test
    void noPageWritesALabelOfItsOwn() throws IOException {
        List<String> found = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList()) {
                pages++;
                found.addAll(hardCoded(page, Files.readString(page)));
            }
        }

        assertThat(pages).isGreaterThan(30);
        assertThat(found).as(String.join("\n", found)).isEmpty();
    }

    @Test
    void theCheckFindsWordsInTextAndInAttributes() {
        String page = "<ui:composition><h1>Meetings</h1><!-- a comment --><p:commandButton value=\"Save\"/>"
                + "<h:outputText value=\"#{msg['ok']}\"/><p:inputText placeholder=\"Type here\"/>"
                + "<f:param name=\"id\" value=\"axis\"/> #{meeting.title} &amp; · 12</ui:composition>";

        assertThat(hardCoded(Path.of("demo.xhtml"), page)).hasSize(3)
                .anyMatch(line -> line.contains("Meetings"))
                .anyMatch(line -> line.contains("Save"))
                .anyMatch(line -> line.contains("Type here"));
    }

    private static List<String> hardCoded(Path page, String source) {
        List<String> found = new ArrayList<>();
        // Expressions first: they may span lines and hold '>' ("a gt b" or "a > b").
        String text = EXPRESSION.matcher(DOCTYPE.matcher(COMMENT.matcher(source).replaceAll(" ")).replaceAll(" "))
                .replaceAll(" ");
        Matcher tags = TAG.matcher(text);
        while (tags.find()) {
            if (tags.group(1) == null) {
                continue;
            }
            Matcher attributes = SEEN_ATTRIBUTE.matcher(tags.group(2));
            while (attributes.find()) {
                if (hasWords(attributes.group(2))) {
                    found.add(page + ": " + attributes.group(1) + "=\"" + attributes.group(2) + "\"");
                }
            }
            Matcher value = VALUE.matcher(tags.group(2));
            if (LABELLED.matcher(tags.group(1)).matches() && value.find() && hasWords(value.group(1))) {
                found.add(page + ": <" + tags.group(1) + " value=\"" + value.group(1) + "\">");
            }
        }
        for (String between : TAG.matcher(text).replaceAll("\n").split("\n")) {
            if (hasWords(between)) {
                found.add(page + ": text \"" + between.strip() + "\"");
            }
        }
        return found;
    }

    private static boolean hasWords(String text) {
        String rest = ENTITY.matcher(EXPRESSION.matcher(text).replaceAll(" ")).replaceAll(" ");
        return rest.codePoints().anyMatch(Character::isLetter);
    }
}
