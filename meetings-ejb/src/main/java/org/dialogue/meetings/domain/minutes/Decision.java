package org.dialogue.meetings.domain.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.dialogue.meetings.domain.edition.PriorityAxis;

/** A decision of the meeting. Its number is its place in the minutes' list, from 1. */
@Entity
@Table(name = "minutes_decision")
public class Decision implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
    @SequenceGenerator(name = "ids", sequenceName = "id_sequence", allocationSize = 50)
    private Long id;

    @NotBlank(message = "{decision.text.required}")
    @Size(max = 4000, message = "{decision.text.size}")
    @Column(name = "decision_text", nullable = false, length = 4000)
    private String text;

    @Column(name = "agenda_item_id")
    private Long agendaItemId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "priority_axis_id")
    private PriorityAxis priorityAxis;

    @Column(name = "search_text", length = 4000)
    private String searchText;

    protected Decision() {
        // for JPA
    }

    public Decision(String text, Long agendaItemId, PriorityAxis priorityAxis, String searchText) {
        this.text = text == null ? null : text.strip();
        this.agendaItemId = agendaItemId;
        this.priorityAxis = priorityAxis;
        this.searchText = searchText;
    }

    Decision copy() {
        return new Decision(text, agendaItemId, priorityAxis, searchText);
    }

    public Long getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    public Long getAgendaItemId() {
        return agendaItemId;
    }

    public PriorityAxis getPriorityAxis() {
        return priorityAxis;
    }

    public String getSearchText() {
        return searchText;
    }
}
