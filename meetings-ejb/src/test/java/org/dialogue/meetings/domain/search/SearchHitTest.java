package org.dialogue.meetings.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The places a hit links to: the anchors the minutes page gives its items, decisions and actions. */
class SearchHitTest {

    @Test
    void eachKindLinksToItsAnchorOnTheMinutesPage() {
        assertThat(hit(SearchKind.NOTES, 41, null).link()).isEqualTo("minutes/view.xhtml?id=7#item-41");
        assertThat(hit(SearchKind.DECISION, 42, 3).link()).isEqualTo("minutes/view.xhtml?id=7#decision-3");
        assertThat(hit(SearchKind.ACTION, 43, null).link()).isEqualTo("minutes/view.xhtml?id=7#action-43");
    }

    private static SearchHit hit(SearchKind kind, long recordId, Integer decisionNumber) {
        return new SearchHit(kind, recordId, 7, 1, 5, "Meeting", Instant.EPOCH, ZoneId.of("UTC"), null,
                decisionNumber, "", "", "");
    }
}
