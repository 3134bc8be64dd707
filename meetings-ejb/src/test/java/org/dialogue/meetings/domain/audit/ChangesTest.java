package org.dialogue.meetings.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The "what changed" text of the audit trail. */
class ChangesTest {

    @Test
    void onlyTheFieldsThatDifferAreListedInTheRecordsOrder() {
        Map<String, String> before = facts("title", "Budget", "city", "Lyon", "status", "SCHEDULED");
        Map<String, String> after = facts("title", "Budget 2030", "city", "Lyon", "status", "CANCELLED");

        assertThat(Changes.between(before, after))
                .isEqualTo("title: Budget → Budget 2030\nstatus: SCHEDULED → CANCELLED");
    }

    @Test
    void anEmptyOrMissingValueReadsAsTheEmptySet() {
        Map<String, String> before = new HashMap<>();
        before.put("room", null);
        before.put("notes", "old");
        Map<String, String> after = facts("room", "B2", "notes", "", "motto", "new");

        assertThat(Changes.between(before, after).lines())
                .containsExactlyInAnyOrder("room: ∅ → B2", "notes: old → ∅", "motto: ∅ → new");
    }

    @Test
    void nothingChangedIsAnEmptyText() {
        assertThat(Changes.between(facts("a", "1"), facts("a", "1"))).isEmpty();
        assertThat(Changes.between(facts("a", ""), new HashMap<>())).isEmpty();
    }

    @Test
    void aNewRecordListsEveryFactThatHasAValue() {
        Map<String, String> facts = facts("username", "amina", "fullName", "Amina Haddad", "organisation", "");
        facts.put("note", null);

        assertThat(Changes.of(facts)).isEqualTo("username: amina\nfullName: Amina Haddad");
        assertThat(Changes.of(Map.of())).isEmpty();
    }

    private static Map<String, String> facts(String... keysAndValues) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            facts.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return facts;
    }
}
