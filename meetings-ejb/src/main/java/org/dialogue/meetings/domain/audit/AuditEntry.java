package org.dialogue.meetings.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One line of the audit trail. Append-only: it has no setters, every column is {@code updatable = false}, and the
 * application has no code path that updates or deletes an entry.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Long change descriptions are cut here (the column's size). */
    public static final int MAX_CHANGES = 8000;
    public static final int MAX_ACTOR = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
    @SequenceGenerator(name = "ids", sequenceName = "id_sequence", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = MAX_ACTOR, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private AuditAction action;

    @Column(name = "record_kind", length = 40, updatable = false)
    private String recordKind;

    @Column(name = "record_id", updatable = false)
    private Long recordId;

    @Column(length = MAX_CHANGES, updatable = false)
    private String changes;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actor, AuditAction action, String recordKind, Long recordId,
            String changes) {
        this.occurredAt = occurredAt;
        this.actor = cut(actor == null || actor.isBlank() ? "-" : actor, MAX_ACTOR);
        this.action = action;
        this.recordKind = recordKind;
        this.recordId = recordId;
        this.changes = changes == null ? null : cut(changes, MAX_CHANGES);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getRecordKind() {
        return recordKind;
    }

    public Long getRecordId() {
        return recordId;
    }

    public String getChanges() {
        return changes;
    }
}
