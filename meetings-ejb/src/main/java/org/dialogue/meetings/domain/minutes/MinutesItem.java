package org.dialogue.meetings.domain.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * The notes taken on one agenda item, as sanitised HTML. The item's title is copied when the minutes are opened, so
 * the record reads the same whatever happens to the agenda afterwards.
 */
@Entity
@Table(name = "minutes_item")
public class MinutesItem implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Room for a long session's notes, and the limit the service checks before saving. */
    public static final int MAX_NOTES = 200_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
    @SequenceGenerator(name = "ids", sequenceName = "id_sequence", allocationSize = 50)
    private Long id;

    @Column(name = "agenda_item_id")
    private Long agendaItemId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "notes_html", length = MAX_NOTES)
    private String notesHtml;

    /** The notes as plain words, lower-cased and without accents, for search. */
    @Column(name = "search_text", length = MAX_NOTES)
    private String searchText;

    protected MinutesItem() {
        // for JPA
    }

    MinutesItem(Long agendaItemId, String title) {
        this.agendaItemId = agendaItemId;
        this.title = title;
    }

    void write(String sanitisedHtml, String searchText) {
        this.notesHtml = sanitisedHtml;
        this.searchText = searchText;
    }

    MinutesItem copy() {
        MinutesItem copy = new MinutesItem(agendaItemId, title);
        copy.write(notesHtml, searchText);
        return copy;
    }

    public Long getId() {
        return id;
    }

    public Long getAgendaItemId() {
        return agendaItemId;
    }

    public String getTitle() {
        return title;
    }

    public String getNotesHtml() {
        return notesHtml;
    }

    public String getSearchText() {
        return searchText;
    }
}
