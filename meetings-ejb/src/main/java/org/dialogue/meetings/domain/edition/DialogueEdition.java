package org.dialogue.meetings.domain.edition;


import java.io.Serializable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.shared.InvalidTimeRangeException;
import org.dialogue.meetings.domain.shared.OrderedLists;
import org.dialogue.meetings.domain.shared.RecordNotFoundException;
import org.dialogue.meetings.domain.shared.Text;
import org.dialogue.meetings.domain.shared.Venue;

/**
 * A numbered edition of the Dialogue on Effective Multilateral Policing Architecture against Global Threats.
 * Dates and venue may be unknown (the historical editions are recorded without them); when dates are given the
 * meetings of the edition must lie within them.
 */
@Entity
@Table(name = "dialogue_edition")
// The list shows each edition's axes count: batch-read them in one query rather than one per edition.
@NamedQuery(name = DialogueEdition.FIND_ALL, query = "select e from DialogueEdition e order by e.number desc",
        hints = @QueryHint(name = "eclipselink.batch", value = "e.priorityAxes"))
@NamedQuery(name = DialogueEdition.FIND_BY_NUMBER, query = "select e from DialogueEdition e where e.number = :number")
@NamedQuery(name = DialogueEdition.FIND_LATEST_WITH_PRIORITIES,
        query = "select e from DialogueEdition e where e.priorityAxes is not empty order by e.number desc")
public class DialogueEdition implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "DialogueEdition.findAll";
    public static final String FIND_BY_NUMBER = "DialogueEdition.findByNumber";
    public static final String FIND_LATEST_WITH_PRIORITIES = "DialogueEdition.findLatestWithPriorities";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
    @SequenceGenerator(name = "ids", sequenceName = "id_sequence", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Positive(message = "{edition.number.positive}")
    @Column(nullable = false, unique = true)
    private int number;

    @NotBlank(message = "{edition.title.required}")
    @Size(max = 300, message = "{edition.title.size}")
    @Column(nullable = false, length = 300)
    private String title;

    /** The year the edition was held or planned, known even when its dates are not. */
    @Min(value = 2016, message = "{edition.year.range}")
    @Max(value = 2100, message = "{edition.year.range}")
    @Column(name = "edition_year")
    private Integer year;

    @Column(name = "planned_start")
    private LocalDate plannedStart;

    @Column(name = "planned_end")
    private LocalDate plannedEnd;

    @Valid
    @Embedded
    private Venue venue;

    @Column(name = "time_zone", length = 60)
    private ZoneId timeZone;

    @NotNull(message = "{edition.status.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EditionStatus status = EditionStatus.PLANNED;

    @ManyToMany
    @JoinTable(name = "edition_participant",
            joinColumns = @JoinColumn(name = "edition_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    @OrderBy("acronym")
    private Set<Organisation> participants = new LinkedHashSet<>();

    @Valid
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "edition_id")
    @OrderColumn(name = "position")
    private List<PriorityAxis> priorityAxes = new ArrayList<>();

    protected DialogueEdition() {
        // for JPA
    }

    public DialogueEdition(int number, String title) {
        this.number = number;
        this.title = Text.trimToNull(title);
    }

    /** Sets number and title. */
    public void retitle(int number, String title) {
        requireNotCancelled();
        this.number = number;
        this.title = Text.trimToNull(title);
    }

    /**
     * Plans when and where the edition takes place. Any part may be unknown; dates given must be in order, and the
     * year, when given with a start date, must be that date's year.
     */
    public void plan(Integer year, LocalDate start, LocalDate end, Venue venue, ZoneId timeZone) {
        requireNotCancelled();
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidTimeRangeException("plannedEnd");
        }
        if (year != null && start != null && start.getYear() != year) {
            throw new YearMismatchException(year, start.getYear());
        }
        this.year = year != null ? Integer.valueOf(year) : start != null ? Integer.valueOf(start.getYear()) : null;
        this.plannedStart = start;
        this.plannedEnd = end;
        this.venue = venue;
        this.timeZone = timeZone;
    }

    /**
     * The next edition, prepared from this one: the given number, the same title, venue and time zone, the year after
     * (when this one's is known and the next is not beyond the range), no dates yet, the same participating
     * organisations and, if asked, the same priority axes (new axes with the same titles, in the same order).
     */
    public DialogueEdition copyAs(int number, boolean withPriorityAxes) {
        DialogueEdition copy = new DialogueEdition(number, title);
        Integer nextYear = year == null || year >= 2100 ? null : year + 1;
        copy.plan(nextYear, null, null, venue, timeZone);
        copy.participants.addAll(participants);
        if (withPriorityAxes) {
            priorityAxes.forEach(axis -> copy.addPriorityAxis(axis.getTitle()));
        }
        return copy;
    }

    public void inviteOrganisations(Collection<Organisation> organisations) {
        requireNotCancelled();
        participants.clear();
        participants.addAll(organisations);
    }

    public void markHeld() {
        requireNotCancelled();
        status = EditionStatus.HELD;
    }

    public void cancel() {
        status = EditionStatus.CANCELLED;
    }

    public boolean isCancelled() {
        return status == EditionStatus.CANCELLED;
    }

    /** Whether a day lies within the planned dates; always true when the dates are not set. */
    public boolean covers(LocalDate day) {
        return (plannedStart == null || !day.isBefore(plannedStart))
                && (plannedEnd == null || !day.isAfter(plannedEnd));
    }

    public PriorityAxis addPriorityAxis(String title) {
        requireNotCancelled();
        PriorityAxis axis = new PriorityAxis(title);
        priorityAxes.add(axis);
        return axis;
    }

    public void renamePriorityAxis(long axisId, String title) {
        requireNotCancelled();
        axis(axisId).rename(title);
    }

    public void removePriorityAxis(long axisId) {
        requireNotCancelled();
        priorityAxes.remove(axis(axisId));
    }

    /** Moves an axis to a new 0-based position, shifting the others. */
    public void movePriorityAxis(long axisId, int newPosition) {
        requireNotCancelled();
        OrderedLists.move(priorityAxes, axis(axisId), newPosition);
    }

    private PriorityAxis axis(long axisId) {
        return priorityAxes.stream().filter(a -> a.getId() != null && a.getId() == axisId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("PriorityAxis", axisId));
    }

    private void requireNotCancelled() {
        if (isCancelled()) {
            throw new EditionCancelledException(number);
        }
    }

    /** The facts an audit entry compares before and after a change. */
    public java.util.Map<String, String> auditFields() {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("number", String.valueOf(number));
        fields.put("title", title);
        fields.put("year", year == null ? "" : String.valueOf(year));
        fields.put("plannedStart", plannedStart == null ? "" : plannedStart.toString());
        fields.put("plannedEnd", plannedEnd == null ? "" : plannedEnd.toString());
        fields.put("venue", venue == null ? "" : venue.getLabel());
        fields.put("timeZone", timeZone == null ? "" : timeZone.getId());
        fields.put("status", String.valueOf(status));
        fields.put("participants", getParticipants().stream().map(Organisation::getAcronym)
                .collect(java.util.stream.Collectors.joining(", ")));
        fields.put("priorityAxes", getPriorityAxes().stream().map(PriorityAxis::getTitle)
                .collect(java.util.stream.Collectors.joining("; ")));
        return fields;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public Integer getYear() {
        return year;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public Venue getVenue() {
        return venue;
    }

    public ZoneId getTimeZone() {
        return timeZone;
    }

    public EditionStatus getStatus() {
        return status;
    }

    /** In acronym order, whether the set was just loaded or came from the cache. */
    public List<Organisation> getParticipants() {
        return Organisation.inAcronymOrder(participants);
    }

    public List<PriorityAxis> getPriorityAxes() {
        return Collections.unmodifiableList(priorityAxes);
    }

    @Override
    public String toString() {
        return number + ". " + title;
    }
}
