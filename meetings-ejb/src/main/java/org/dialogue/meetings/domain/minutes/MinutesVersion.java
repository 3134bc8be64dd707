package org.dialogue.meetings.domain.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One saved version of a draft, as its canonical text: what two versions are compared on. Never changed. */
@Entity
@Table(name = "minutes_version")
public class MinutesVersion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
    @SequenceGenerator(name = "ids", sequenceName = "id_sequence", allocationSize = 50)
    private Long id;

    @Column(name = "minutes_id", nullable = false, updatable = false)
    private long minutesId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "saved_at", nullable = false, updatable = false)
    private Instant savedAt;

    @Column(name = "saved_by", nullable = false, updatable = false, length = 60)
    private String savedBy;

    @Column(nullable = false, updatable = false, length = 1_000_000)
    private String content;

    protected MinutesVersion() {
        // for JPA
    }

    public MinutesVersion(long minutesId, int number, Instant savedAt, String savedBy, String content) {
        this.minutesId = minutesId;
        this.number = number;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
        this.content = content;
    }

    public Long getId() {
        return id;
    }

    public long getMinutesId() {
        return minutesId;
    }

    public int getNumber() {
        return number;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public String getContent() {
        return content;
    }
}
