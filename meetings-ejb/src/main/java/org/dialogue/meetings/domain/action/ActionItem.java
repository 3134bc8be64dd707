package org.dialogue.meetings.domain.action;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dialogue.meetings.domain.edition.DialogueEdition;
import org.dialogue.meetings.domain.edition.PriorityAxis;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.annotations.CacheCoordinationType;

/**
 * A follow-up action decided in minutes: what, who (an organisation and a named focal point), by when. Its content is
 * written with the draft and frozen with the approved minutes; its status is followed up on its own afterwards, by the
 * secretariat or a delegate of the owner organisation, each change kept in its history.
 */
@Entity
@Table(name = "action_item")
// New ones are sent to the other instances too (by default only changes are), so that their dashboards count
// them (ActionFiguresChanges).
@Cache(coordinationType = CacheCoordinationType.SEND_NEW_OBJECTS_WITH_CHANGES)
public class ActionItem implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
    @SequenceGenerator(name = "ids", sequenceName = "id_sequence", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "minutes_id")
    private Minutes minutes;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "edition_id")
    private DialogueEdition edition;

    @Column(nullable = false)
    private int position;

    @NotBlank(message = "{action.title.required}")
    @Size(max = 500, message = "{action.title.size}")
    @Column(nullable = false, length = 500)
    private String title;

    @NotNull(message = "{action.owner.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_organisation_id")
    private Organisation owner;

    @NotBlank(message = "{action.focalPoint.required}")
    @Size(max = 200, message = "{action.focalPoint.size}")
    @Column(name = "focal_point", nullable = false, length = 200)
    private String focalPoint;

    @NotNull(message = "{action.dueDate.required}")
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionStatus status = ActionStatus.OPEN;

    /** The number of the decision it carries out, if any. */
    @Column(name = "decision_number")
    private Integer decisionNumber;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "priority_axis_id")
    private PriorityAxis priorityAxis;

    @Column(name = "search_text", length = 1000)
    private String searchText;

    @OneToMany(mappedBy = "action", cascade = CascadeType.ALL)
    @OrderBy("updatedAt DESC")
    private List<ActionUpdate> history = new ArrayList<>();

    protected ActionItem() {
        // for JPA
    }

    public ActionItem(Minutes minutes) {
        this.minutes = minutes;
        this.meeting = minutes.getMeeting();
        this.edition = minutes.getMeeting().getEdition();
    }

    /** Writes what the draft says about the action. Its status and history are not touched. */
    public void describe(int position, String title, Organisation owner, String focalPoint, LocalDate dueDate,
            Integer decisionNumber, PriorityAxis priorityAxis, String searchText) {
        minutes.requireDraft();
        this.position = position;
        this.title = title == null ? null : title.strip();
        this.owner = owner;
        this.focalPoint = focalPoint == null ? null : focalPoint.strip();
        this.dueDate = dueDate;
        this.decisionNumber = decisionNumber;
        this.priorityAxis = priorityAxis;
        this.searchText = searchText;
    }

    /** A new status, with the note that explains it, kept in the history. */
    public ActionUpdate updateStatus(ActionStatus newStatus, String note, String by, Instant at) {
        ActionUpdate update = new ActionUpdate(this, at, by, status, newStatus, note == null ? null : note.strip());
        history.add(0, update);
        this.status = newStatus;
        return update;
    }

    /** Overdue: still to do and its due date has passed (on the given day). */
    public boolean isOverdue(LocalDate today) {
        return status.isPending() && dueDate != null && dueDate.isBefore(today);
    }

    public Map<String, String> auditFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("owner", owner == null ? "" : owner.getAcronym());
        fields.put("focal point", focalPoint);
        fields.put("due", String.valueOf(dueDate));
        fields.put("status", String.valueOf(status));
        return fields;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Minutes getMinutes() {
        return minutes;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public DialogueEdition getEdition() {
        return edition;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public Organisation getOwner() {
        return owner;
    }

    public String getFocalPoint() {
        return focalPoint;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public Integer getDecisionNumber() {
        return decisionNumber;
    }

    public PriorityAxis getPriorityAxis() {
        return priorityAxis;
    }

    public String getSearchText() {
        return searchText;
    }

    public List<ActionUpdate> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
