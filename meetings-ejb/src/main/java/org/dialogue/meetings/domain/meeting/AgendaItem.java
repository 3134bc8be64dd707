package org.dialogue.meetings.domain.meeting;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.time.Duration;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.shared.Text;

/** One item of a meeting's agenda. Its position is kept by the meeting's ordered list. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
    @SequenceGenerator(name = "ids", sequenceName = "id_sequence", allocationSize = 50)
    private Long id;

    @NotBlank(message = "{agendaItem.title.required}")
    @Size(max = 300, message = "{agendaItem.title.size}")
    @Column(nullable = false, length = 300)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "presenter_id")
    private Organisation presenter;

    @Column(name = "planned_minutes", nullable = false)
    private int plannedMinutes;

    /** A subject or a break; a break is timed like any item but has no presenter to speak. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AgendaItemKind kind = AgendaItemKind.ITEM;

    @Size(max = 4000, message = "{agendaItem.notes.size}")
    @Column(length = 4000)
    private String notes;

    protected AgendaItem() {
        // for JPA
    }

    AgendaItem(AgendaItemKind kind, String title, Organisation presenter, Duration plannedDuration, String notes) {
        this.kind = kind == null ? AgendaItemKind.ITEM : kind;
        revise(title, presenter, plannedDuration, notes);
    }

    /** A new item with the same title, presenter, planned duration and notes, for a copy of the meeting. */
    AgendaItem copy() {
        return new AgendaItem(kind, title, presenter, getPlannedDuration(), notes);
    }

    final void revise(String title, Organisation presenter, Duration plannedDuration, String notes) {
        if (plannedDuration == null || plannedDuration.isNegative() || plannedDuration.isZero()) {
            throw new NonPositiveDurationException(plannedDuration == null ? 0 : plannedDuration.toMinutes());
        }
        this.title = Text.trimToNull(title);
        this.presenter = presenter;
        this.plannedMinutes = Math.toIntExact(plannedDuration.toMinutes());
        this.notes = Text.trimToNull(notes);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public AgendaItemKind getKind() {
        return kind;
    }

    public boolean isBreak() {
        return kind == AgendaItemKind.BREAK;
    }

    public Organisation getPresenter() {
        return presenter;
    }

    public Duration getPlannedDuration() {
        return Duration.ofMinutes(plannedMinutes);
    }

    public int getPlannedMinutes() {
        return plannedMinutes;
    }

    public String getNotes() {
        return notes;
    }
}
