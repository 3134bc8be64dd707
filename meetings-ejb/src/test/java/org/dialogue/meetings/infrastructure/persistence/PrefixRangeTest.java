package org.dialogue.meetings.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The prefix of a search word as a range of the index: every word starting with it inside, nothing else. */
class PrefixRangeTest {

    @Test
    void theUpperBoundIsThePrefixWithItsLastCharacterIncremented() {
        assertThat(PrefixRange.of("secur")).isEqualTo(new PrefixRange("secur", "secus"));
        assertThat(PrefixRange.of("a")).isEqualTo(new PrefixRange("a", "b"));
        assertThat(PrefixRange.of("cyberz")).isEqualTo(new PrefixRange("cyberz", "cyber{"));
        assertThat(PrefixRange.of("2019")).isEqualTo(new PrefixRange("2019", "201:"));
    }

    @Test
    void theRangeHoldsEveryWordStartingWithThePrefixAndNoOther() {
        PrefixRange range = PrefixRange.of("secur");
        for (String word : List.of("secur", "securite", "secure", "securzzz", "secur9")) {
            assertThat(inside(range, word)).as(word).isTrue();
        }
        for (String word : List.of("secu", "secus", "securit".substring(0, 4), "sectoral", "sed", "s", "zzz", "a")) {
            assertThat(inside(range, word)).as(word).isFalse();
        }
    }

    @Test
    void lettersBeyondTheBasicPlaneAreIncrementedAsOneCharacter() {
        String last = new String(Character.toChars(0x20000)); // a CJK ideograph outside the BMP: two chars in Java
        PrefixRange range = PrefixRange.of("x" + last);
        assertThat(range.to()).isEqualTo("x" + new String(Character.toChars(0x20001)));
        assertThat(inside(range, "x" + last + "y")).isTrue();
    }

    @Test
    void theHighestCodePointCarriesOverToTheCharacterBefore() {
        String highest = new String(Character.toChars(Character.MAX_CODE_POINT));
        assertThat(PrefixRange.of("ab" + highest).to()).isEqualTo("ac");
        // just below the surrogates, the next character is the first one after them
        assertThat(PrefixRange.of("a\ud7ff").to()).isEqualTo("a\ue000");
    }

    @Test
    void anEmptyPrefixIsRefused() {
        assertThatThrownBy(() -> PrefixRange.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PrefixRange.of(null)).isInstanceOf(IllegalArgumentException.class);
    }

    /** As the database compares (code point order, which String.compareTo matches for these words). */
    private static boolean inside(PrefixRange range, String word) {
        return word.compareTo(range.from()) >= 0 && word.compareTo(range.to()) < 0;
    }
}
