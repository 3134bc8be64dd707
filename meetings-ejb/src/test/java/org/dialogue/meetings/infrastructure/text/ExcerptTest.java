package org.dialogue.meetings.infrastructure.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void theFirstWordStartingWithASearchedWordIsFoundWhateverItsCaseAndAccents() {
        Excerpt excerpt = Excerpt.of("Point 3: la Sécurité des frontières", List.of("secur"));

        assertThat(excerpt).isEqualTo(new Excerpt("Point 3: la ", "Sécurité", " des frontières"));
    }

    @Test
    void aLongTextIsCutAtWordsAroundTheMatch() {
        String before = "word ".repeat(40);
        String after = " other".repeat(60);
        Excerpt excerpt = Excerpt.of(before + "Cybercriminalité" + after, List.of("nothing", "cyber"));

        assertThat(excerpt.match()).isEqualTo("Cybercriminalité");
        assertThat(excerpt.before()).startsWith("… word").hasSizeLessThanOrEqualTo(62);
        assertThat(excerpt.after()).startsWith(" other").endsWith(" …").hasSizeLessThanOrEqualTo(123);
    }

    @Test
    void withoutAMatchTheStartOfTheTextIsShown() {
        assertThat(Excerpt.of("Nothing  to\nsee", List.of("zz"))).isEqualTo(new Excerpt("", "", "Nothing to see"));
        assertThat(Excerpt.of(null, List.of("zz"))).isEqualTo(new Excerpt("", "", ""));
    }
}
