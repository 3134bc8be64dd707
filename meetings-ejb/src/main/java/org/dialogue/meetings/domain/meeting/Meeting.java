package org.dialogue.meetings.domain.meeting;

import java.io.Serializable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dialogue.meetings.domain.agreement.CooperationAgreement;
import org.dialogue.meetings.domain.edition.DialogueEdition;
import org.dialogue.meetings.domain.edition.EditionCancelledException;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.shared.OrderedLists;
import org.dialogue.meetings.domain.shared.RecordNotFoundException;
import org.dialogue.meetings.domain.shared.Text;
import org.dialogue.meetings.domain.shared.TimeSlot;
import org.dialogue.meetings.domain.shared.Venue;

/**
 * A meeting: a Dialogue session or a joint operational meeting. Start and end are instants; the venue's time zone is
 * kept beside them so the meeting is always shown on the venue's wall clock. The agenda and the participants belong
 * to the meeting and change only through it.
 */
@Entity
@Table(name = "meeting")
@NamedQuery(name = Meeting.FIND_UPCOMING,
        query = "select m from Meeting m where m.status = org.dialogue.meetings.domain.meeting.MeetingStatus.SCHEDULED"
                + " and m.endsAt >= :now order by m.startsAt")
@NamedQuery(name = Meeting.FIND_BY_EDITION,
        query = "select m from Meeting m where m.edition.id = :editionId order by m.startsAt")
@NamedQuery(name = Meeting.FIND_BY_ORGANISATION,
        query = "select distinct m from Meeting m left join m.coOrganisers o left join m.participants p"
                + " where o.id = :organisationId or p.organisation.id = :organisationId order by m.startsAt desc")
@NamedQuery(name = Meeting.FIND_BY_AGREEMENT,
        query = "select m from Meeting m where m.agreement.id = :agreementId order by m.startsAt desc")
public class Meeting implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_UPCOMING = "Meeting.findUpcoming";
    public static final String FIND_BY_EDITION = "Meeting.findByEdition";
    public static final String FIND_BY_ORGANISATION = "Meeting.findByOrganisation";
    public static final String FIND_BY_AGREEMENT = "Meeting.findByAgreement";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
    @SequenceGenerator(name = "ids", sequenceName = "id_sequence", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotNull(message = "{meeting.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private MeetingKind kind;

    @NotBlank(message = "{meeting.title.required}")
    @Size(max = 300, message = "{meeting.title.size}")
    @Column(nullable = false, length = 300)
    private String title;

    @NotNull(message = "{meeting.start.required}")
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @NotNull(message = "{meeting.end.required}")
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @NotNull(message = "{meeting.timeZone.required}")
    @Column(name = "time_zone", nullable = false, length = 60)
    private ZoneId timeZone;

    @NotNull(message = "{meeting.venue.required}")
    @Valid
    @Embedded
    private Venue venue;

    @NotNull(message = "{meeting.status.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingStatus status = MeetingStatus.SCHEDULED;

    @ManyToMany
    @JoinTable(name = "meeting_co_organiser",
            joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    @OrderBy("acronym")
    private Set<Organisation> coOrganisers = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "edition_id")
    private DialogueEdition edition;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id")
    private CooperationAgreement agreement;

    @Valid
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "meeting_id")
    @OrderColumn(name = "position")
    private List<AgendaItem> agenda = new ArrayList<>();

    @Valid
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "meeting_id")
    @OrderBy("name")
    private List<Participant> participants = new ArrayList<>();

    protected Meeting() {
        // for JPA
    }

    public Meeting(MeetingKind kind, String title, TimeSlot slot, Venue venue) {
        describe(kind, title, venue);
        reschedule(slot);
    }

    /** Changes what the meeting is called and where it takes place. */
    public final void describe(MeetingKind kind, String title, Venue venue) {
        requireScheduled();
        this.kind = kind;
        this.title = Text.trimToNull(title);
        this.venue = venue;
    }

    /** Moves the meeting; it must stay within its edition's dates. */
    public final void reschedule(TimeSlot slot) {
        requireScheduled();
        this.startsAt = slot.start();
        this.endsAt = slot.end();
        this.timeZone = slot.zone();
        checkWithinEdition();
    }

    /**
     * Attaches the meeting to an edition of the Dialogue (or detaches it with {@code null}). The meeting must lie
     * within the edition's planned dates, read on the venue's calendar.
     */
    public void assignToEdition(DialogueEdition edition) {
        requireScheduled();
        if (edition != null && edition.isCancelled() && !edition.equals(this.edition)) {
            throw new EditionCancelledException(edition.getNumber());
        }
        this.edition = edition;
        checkWithinEdition();
    }

    private void checkWithinEdition() {
        if (edition == null || startsAt == null) {
            return;
        }
        TimeSlot slot = getSlot();
        if (!edition.covers(slot.localStart().toLocalDate()) || !edition.covers(slot.localEnd().toLocalDate())) {
            throw new MeetingOutsideEditionException(edition.getNumber(), edition.getPlannedStart(),
                    edition.getPlannedEnd());
        }
    }

    public void serveAgreement(CooperationAgreement agreement) {
        requireScheduled();
        this.agreement = agreement;
    }

    public void coOrganiseWith(Collection<Organisation> organisations) {
        requireScheduled();
        coOrganisers.clear();
        coOrganisers.addAll(organisations);
    }

    public void cancel() {
        status = MeetingStatus.CANCELLED;
    }

    public boolean isCancelled() {
        return status == MeetingStatus.CANCELLED;
    }

    // --- agenda ---

    public AgendaItem addAgendaItem(String title, Organisation presenter, Duration plannedDuration, String notes) {
        requireScheduled();
        AgendaItem item = new AgendaItem(title, presenter, plannedDuration, notes);
        agenda.add(item);
        return item;
    }

    public void reviseAgendaItem(long itemId, String title, Organisation presenter, Duration plannedDuration,
            String notes) {
        requireScheduled();
        agendaItem(itemId).revise(title, presenter, plannedDuration, notes);
    }

    public void removeAgendaItem(long itemId) {
        requireScheduled();
        agenda.remove(agendaItem(itemId));
    }

    /** Moves an item to a new 0-based position; positions beyond either end are clamped. */
    public void moveAgendaItem(long itemId, int newPosition) {
        requireScheduled();
        OrderedLists.move(agenda, agendaItem(itemId), newPosition);
    }

    /** The sum of the planned durations of the agenda items. */
    public Duration plannedAgendaDuration() {
        return agenda.stream().map(AgendaItem::getPlannedDuration).reduce(Duration.ZERO, Duration::plus);
    }

    private AgendaItem agendaItem(long itemId) {
        return agenda.stream().filter(i -> i.getId() != null && i.getId() == itemId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("AgendaItem", itemId));
    }

    // --- participants ---

    public Participant addParticipant(String name, Organisation organisation, ParticipantRole role) {
        requireScheduled();
        if (role == ParticipantRole.HEAD_OF_DELEGATION && organisation != null) {
            participants.stream()
                    .filter(p -> p.getRole() == ParticipantRole.HEAD_OF_DELEGATION
                            && organisation.equals(p.getOrganisation()))
                    .findFirst()
                    .ifPresent(head -> {
                        throw new SecondHeadOfDelegationException(organisation.getAcronym(), head.getName());
                    });
        }
        Participant participant = new Participant(name, organisation, role);
        participants.add(participant);
        return participant;
    }

    public void removeParticipant(long participantId) {
        requireScheduled();
        Participant participant = participants.stream()
                .filter(p -> p.getId() != null && p.getId() == participantId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Participant", participantId));
        participants.remove(participant);
    }

    private void requireScheduled() {
        if (isCancelled()) {
            throw new MeetingCancelledException(title);
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public ZoneId getTimeZone() {
        return timeZone;
    }

    public TimeSlot getSlot() {
        return new TimeSlot(startsAt, endsAt, timeZone);
    }

    public Venue getVenue() {
        return venue;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    /** In acronym order, whether the set was just loaded or came from the cache. */
    public List<Organisation> getCoOrganisers() {
        return Organisation.inAcronymOrder(coOrganisers);
    }

    public DialogueEdition getEdition() {
        return edition;
    }

    public CooperationAgreement getAgreement() {
        return agreement;
    }

    public List<AgendaItem> getAgenda() {
        return Collections.unmodifiableList(agenda);
    }

    public List<Participant> getParticipants() {
        return Collections.unmodifiableList(participants);
    }

    @Override
    public String toString() {
        return title + " (" + startsAt + ")";
    }
}
