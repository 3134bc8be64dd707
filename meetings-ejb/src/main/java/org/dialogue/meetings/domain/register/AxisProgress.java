package org.dialogue.meetings.domain.register;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dialogue.meetings.domain.edition.PriorityAxis;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.shared.Text;

/**
 * One line of the priority axes register: where one organisation stands on one axis in one year, with a comment.
 * There is at most one line per axis, organisation and year (a unique constraint); a new status rewrites the line,
 * under its version, and the audit trail keeps the earlier ones.
 */
@Entity
@Table(name = "axis_progress")
@NamedQuery(name = AxisProgress.FIND_BY_AXIS, query = "SELECT p FROM AxisProgress p WHERE p.axis.id = :axis"
        + " ORDER BY p.year DESC, p.organisation.acronym")
@NamedQuery(name = AxisProgress.FIND_BY_AXES, query = "SELECT p FROM AxisProgress p WHERE p.axis.id IN :axes"
        + " ORDER BY p.year DESC, p.organisation.acronym")
@NamedQuery(name = AxisProgress.FIND_ONE, query = "SELECT p FROM AxisProgress p WHERE p.axis.id = :axis"
        + " AND p.organisation.id = :organisation AND p.year = :year")
public class AxisProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_AXIS = "AxisProgress.findByAxis";
    public static final String FIND_BY_AXES = "AxisProgress.findByAxes";
    public static final String FIND_ONE = "AxisProgress.findOne";

    /** The years the register accepts, the same range as an edition's year. */
    public static final int FIRST_YEAR = 2016;
    public static final int LAST_YEAR = 2100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
    @SequenceGenerator(name = "ids", sequenceName = "id_sequence", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "priority_axis_id", updatable = false)
    private PriorityAxis axis;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", updatable = false)
    private Organisation organisation;

    @Column(name = "progress_year", nullable = false, updatable = false)
    private int year;

    @NotNull(message = "{axisProgress.status.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProgressStatus status;

    @Size(max = 2000, message = "{axisProgress.comment.size}")
    @Column(name = "comment_text", length = 2000)
    private String comment;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    protected AxisProgress() {
        // for JPA
    }

    public AxisProgress(PriorityAxis axis, Organisation organisation, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw RegisterRuleException.yearOutOfRange(year);
        }
        this.axis = axis;
        this.organisation = organisation;
        this.year = year;
    }

    /** Records where the organisation stands, and who said so when. */
    public void record(ProgressStatus newStatus, String newComment, String by, Instant at) {
        if (newStatus == null) {
            throw RegisterRuleException.statusRequired();
        }
        this.status = newStatus;
        this.comment = Text.trimToNull(newComment);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Map<String, String> auditFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("axis", axis == null ? "" : axis.getTitle());
        fields.put("organisation", organisation == null ? "" : organisation.getAcronym());
        fields.put("year", String.valueOf(year));
        fields.put("status", String.valueOf(status));
        fields.put("comment", comment == null ? "" : comment);
        return fields;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public PriorityAxis getAxis() {
        return axis;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public int getYear() {
        return year;
    }

    public ProgressStatus getStatus() {
        return status;
    }

    public String getComment() {
        return comment;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
