package org.dialogue.meetings.domain.minutes;

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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.dialogue.meetings.domain.organisation.Organisation;

/** One person's attendance: a participant of the meeting, or someone who came unannounced. */
@Entity
@Table(name = "minutes_attendance")
public class Attendance implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
    @SequenceGenerator(name = "ids", sequenceName = "id_sequence", allocationSize = 50)
    private Long id;

    @NotBlank(message = "{attendance.name.required}")
    @Size(max = 200, message = "{attendance.name.size}")
    @Column(name = "full_name", nullable = false, length = 200)
    private String name;

    @NotNull(message = "{attendance.organisation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @NotNull(message = "{attendance.status.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AttendanceStatus status;

    @Column(nullable = false)
    private boolean unannounced;

    protected Attendance() {
        // for JPA
    }

    public Attendance(String name, Organisation organisation, AttendanceStatus status, boolean unannounced) {
        this.name = name == null ? null : name.strip();
        this.organisation = organisation;
        this.status = status;
        this.unannounced = unannounced;
    }

    Attendance copy() {
        return new Attendance(name, organisation, status, unannounced);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public boolean isUnannounced() {
        return unannounced;
    }
}
