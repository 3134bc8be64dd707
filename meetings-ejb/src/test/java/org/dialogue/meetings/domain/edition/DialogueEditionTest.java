package org.dialogue.meetings.domain.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.dialogue.meetings.domain.shared.InvalidTimeRangeException;
import org.junit.jupiter.api.Test;

class DialogueEditionTest {

    @Test
    void datesMayBeUnknownButNotBackwards() {
        DialogueEdition edition = new DialogueEdition(3, "Third edition");
        edition.plan(2019, null, null, null, null);
        assertThat(edition.getYear()).isEqualTo(2019);
        assertThat(edition.covers(LocalDate.of(2019, 6, 1))).isTrue();

        assertThatThrownBy(() -> edition.plan(null, LocalDate.of(2031, 5, 3), LocalDate.of(2031, 5, 2), null, null))
                .isInstanceOf(InvalidTimeRangeException.class);
        assertThatThrownBy(() -> edition.plan(2030, LocalDate.of(2031, 5, 3), null, null, null))
                .isInstanceOf(YearMismatchException.class);
    }

    @Test
    void aCancelledEditionIsFrozen() {
        DialogueEdition edition = new DialogueEdition(4, "Fourth edition");
        edition.cancel();

        assertThatThrownBy(() -> edition.addPriorityAxis("Late axis")).isInstanceOf(EditionCancelledException.class);
        assertThat(edition.getPriorityAxes()).isEmpty();
    }
}
