package org.dialogue.meetings.domain.action;

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
import java.io.Serializable;
import java.time.Instant;

/** One change of an action's status, with its note. Append-only. */
@Entity
@Table(name = "action_update")
public class ActionUpdate implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
    @SequenceGenerator(name = "ids", sequenceName = "id_sequence", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id", nullable = false, updatable = false)
    private ActionItem action;

    @Column(name = "updated_at", nullable = false, updatable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, updatable = false, length = 60)
    private String updatedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, updatable = false, length = 20)
    private ActionStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 20)
    private ActionStatus toStatus;

    @Column(updatable = false, length = 2000)
    private String note;

    protected ActionUpdate() {
        // for JPA
    }

    ActionUpdate(ActionItem action, Instant updatedAt, String updatedBy, ActionStatus fromStatus, ActionStatus toStatus, String note) {
        this.action = action;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public ActionStatus getFromStatus() {
        return fromStatus;
    }

    public ActionStatus getToStatus() {
        return toStatus;
    }

    public String getNote() {
        return note;
    }
}
