package org.dialogue.meetings.infrastructure.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the sanitiser keeps and removes from the text editor's HTML. */
class RichTextTest {

    @Test
    void keepsBasicFormattingListsAndWebLinks() {
        String html = "<p><strong>Agreed</strong>, <em>with</em> <u>care</u>:</p><ol><li data-list=\"bullet\">one</li>"
                + "</ol><p><a href=\"https://www.interpol.int/\">site</a> <a href=\"mailto:sec@example.org\">mail</a></p>";

        String safe = RichText.sanitise(html);

        assertThat(safe).contains("<strong>Agreed</strong>", "<em>with</em>", "<u>care</u>",
                "<li data-list=\"bullet\">one</li>", "href=\"https://www.interpol.int/\"", "href=\"mailto:sec&#64;example.org\"");
    }

    @Test
    void removesScriptsHandlersAndOtherSchemes() {
        String html = "<p onclick=\"alert(1)\">Hello<script>alert(2)</script><img src=x onerror=alert(3)>"
                + "<a href=\"javascript:alert(4)\">click</a><a href=\"data:text/html,x\">data</a>"
                + "<iframe src=\"https://evil.example\"></iframe><style>p{}</style></p>";

        String safe = RichText.sanitise(html);

        assertThat(safe).doesNotContainIgnoringCase("script").doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("onclick").doesNotContainIgnoringCase("javascript:")
                .doesNotContainIgnoringCase("data:").doesNotContainIgnoringCase("iframe")
                .doesNotContainIgnoringCase("<img").doesNotContainIgnoringCase("<style");
        assertThat(RichText.plainText(safe)).contains("Hello").contains("click");
    }

    @Test
    void emptyEditorContentIsNoNotes() {
        assertThat(RichText.sanitise("<p><br></p>")).isNull();
        assertThat(RichText.sanitise("  ")).isNull();
        assertThat(RichText.sanitise(null)).isNull();
    }

    @Test
    void plainTextDecodesWhatTheSanitiserEscapes() {
        String safe = RichText.sanitise("<p>Tom &amp; Jerry &lt;3 \"quotes\" l'été</p><p>Second</p>");

        assertThat(RichText.plainText(safe)).isEqualTo("Tom & Jerry <3 \"quotes\" l'été\nSecond");
        assertThat(RichText.blockLines(safe).lines()).hasSize(2);
    }

    @Test
    void searchWordsIgnoreCaseAndAccents() {
        assertThat(SearchWords.fold("Sécurité PUBLIQUE, Cybercriminalité!")).isEqualTo("securite publique cybercriminalite");
        assertThat(SearchWords.words("Échange d'officiers de liaison, échange"))
                .containsExactly("echange", "d", "officiers", "de", "liaison");
        assertThat(SearchWords.fold("الأمن")).isNotBlank();
    }
}
