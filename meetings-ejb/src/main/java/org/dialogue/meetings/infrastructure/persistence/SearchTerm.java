package org.dialogue.meetings.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.dialogue.meetings.domain.search.SearchKind;

/**
 * One row of the search index: a word (folded: lower case, no accents) found in a minutes item's notes, a decision or
 * an action, and the minutes it is written in. Mapped only so the search can be a criteria query (with need-to-know
 * from {@link MeetingRepository}); {@link SearchIndex} writes the rows with plain SQL.
 */
@Entity
@Table(name = "search_term")
@IdClass(SearchTerm.Key.class)
public class SearchTerm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(nullable = false, length = 60)
    private String term;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "record_kind", nullable = false, length = 20)
    private SearchKind recordKind;

    /** Unique across kinds too: minutes items, decisions and actions take their ids from one sequence. */
    @Id
    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(name = "minutes_id", nullable = false)
    private long minutesId;

    protected SearchTerm() {
        // for JPA
    }

    public String getTerm() {
        return term;
    }

    public SearchKind getRecordKind() {
        return recordKind;
    }

    public long getRecordId() {
        return recordId;
    }

    public long getMinutesId() {
        return minutesId;
    }

    /** The primary key: the word, then the place. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String term;
        private SearchKind recordKind;
        private long recordId;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && recordId == key.recordId && Objects.equals(term, key.term)
                    && recordKind == key.recordKind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(term, recordKind, recordId);
        }
    }
}
