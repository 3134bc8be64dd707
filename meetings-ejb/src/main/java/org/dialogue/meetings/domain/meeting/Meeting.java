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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.dialogue.meetings.domain.account.Reader;
import org.dialogue.meetings.domain.account.AccountName;
import org.dialogue.meetings.domain.agreement.CooperationAgreement;
import org.dialogue.meetings.domain.edition.DialogueEdition;
import org.dialogue.meetings.domain.edition.EditionCancelledException;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.organisation.Person;
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
public class Meeting implements Serializable {

    private static final long serialVersionUID = 1L;

    // Lists of meetings are criteria queries in MeetingRepository: each applies need-to-know.

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

    /**
     * The venue's {@link Venue#roomKey() room key}, kept in a column of its own (indexed with the start) so that a
     * double booking is found by a query on indexed columns; {@code null} when the venue names no room.
     */
    @Column(name = "room_key", length = 420)
    private String roomKey;

    /** iCalendar's SEQUENCE: raised whenever the time or the place changes, so calendars replace the event. */
    @Column(name = "calendar_sequence", nullable = false)
    private int calendarSequence;

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

    /** New meetings are restricted: only the organisations taking part (and the secretariat) read them. */
    @NotNull(message = "{meeting.classification.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Classification classification = Classification.RESTRICTED;

    /** Who reads a confidential meeting, besides the secretariat. */
    @ManyToMany
    @JoinTable(name = "meeting_access",
            joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    @OrderBy("username")
    private Set<AccountName> accessList = new LinkedHashSet<>();

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
        if (this.venue != null && !this.venue.equals(venue)) {
            calendarSequence++;
        }
        this.kind = kind;
        this.title = Text.trimToNull(title);
        this.venue = venue;
        this.roomKey = venue == null ? null : venue.roomKey().orElse(null);
    }

    /** Moves the meeting; it must stay within its edition's dates. */
    public final void reschedule(TimeSlot slot) {
        requireScheduled();
        if (startsAt != null && !getSlot().equals(slot)) {
            calendarSequence++;
        }
        this.startsAt = slot.start();
        this.endsAt = slot.end();
        this.timeZone = slot.zone();
        checkWithinEdition();
    }

    /**
     * A new scheduled meeting like this one at another time: the same kind, title, venue, co-organisers, agreement,
     * classification, access list, agenda and participants (with their people), attached to the given edition (which
     * must cover the new dates; {@code null} for none). Minutes, invitations and the history stay with this meeting.
     */
    public Meeting copyTo(TimeSlot slot, DialogueEdition edition) {
        Meeting copy = new Meeting(kind, title, slot, venue);
        copy.coOrganisers.addAll(coOrganisers);
        copy.agreement = agreement;
        copy.classification = classification;
        copy.accessList.addAll(accessList);
        agenda.forEach(item -> copy.agenda.add(item.copy()));
        participants.forEach(participant -> copy.participants.add(participant.copy()));
        copy.assignToEdition(edition);
        return copy;
    }

    /**
     * The same wall-clock times at the venue on another day: a meeting from 9:00 to 17:00 on 4 March is copied to 9:00
     * to 17:00 on the new date, in the venue's time zone (whatever its offset that day); one that ends the next day
     * still ends the day after the new date.
     */
    public TimeSlot slotOn(java.time.LocalDate date) {
        TimeSlot slot = getSlot();
        java.time.LocalDateTime start = slot.localStart().toLocalDateTime();
        java.time.LocalDateTime end = slot.localEnd().toLocalDateTime();
        long days = java.time.temporal.ChronoUnit.DAYS.between(start.toLocalDate(), date);
        return TimeSlot.ofLocal(start.plusDays(days), end.plusDays(days), slot.zone());
    }

    /** The people among the participants added since the meeting was last saved (they have no id yet). */
    public Set<Long> newcomerPersonIds() {
        return participants.stream().filter(p -> p.getId() == null).map(Participant::getPerson)
                .filter(Objects::nonNull).map(Person::getId).filter(Objects::nonNull)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The people taking part (participants recorded by name only have none), by id. */
    public Set<Long> personIds() {
        return participants.stream().map(Participant::getPerson).filter(Objects::nonNull).map(Person::getId)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
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
        if (status != MeetingStatus.CANCELLED) {
            calendarSequence++;
        }
        status = MeetingStatus.CANCELLED;
    }

    // --- need-to-know ---

    public void classify(Classification classification) {
        requireScheduled();
        this.classification = classification;
    }

    /** Replaces the access list of a confidential meeting. */
    public void grantAccessTo(Collection<AccountName> users) {
        requireScheduled();
        accessList.clear();
        accessList.addAll(users);
    }

    /**
     * Need-to-know, the same rule the repository's queries apply: the secretariat reads every meeting; others read
     * open meetings, restricted ones their organisation takes part in, and confidential ones they are listed on.
     */
    public boolean isVisibleTo(Reader reader) {
        if (reader.readsEveryMeeting()) {
            return true;
        }
        return switch (classification) {
            case OPEN -> true;
            case RESTRICTED -> reader.organisationId() != null && takesPart(reader.organisationId());
            case CONFIDENTIAL -> accessList.stream().anyMatch(u -> Objects.equals(u.getId(), reader.userId()));
        };
    }

    /** Whether the organisation co-organises the meeting or has participants in it. */
    public boolean takesPart(long organisationId) {
        return coOrganisers.stream().anyMatch(o -> o.getId() == organisationId)
                || participants.stream().anyMatch(p -> p.getOrganisation().getId() == organisationId);
    }

    /** The facts an audit entry compares before and after a change. */
    public Map<String, String> auditFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", String.valueOf(kind));
        fields.put("title", title);
        fields.put("startsAt", String.valueOf(startsAt));
        fields.put("endsAt", String.valueOf(endsAt));
        fields.put("timeZone", String.valueOf(timeZone));
        fields.put("venue", venue == null ? "" : venue.getLabel());
        fields.put("status", String.valueOf(status));
        fields.put("classification", String.valueOf(classification));
        fields.put("coOrganisers", getCoOrganisers().stream().map(Organisation::getAcronym)
                .collect(Collectors.joining(", ")));
        fields.put("edition", edition == null ? "" : String.valueOf(edition.getNumber()));
        fields.put("agreement", agreement == null ? "" : agreement.getTitle());
        fields.put("accessList", accessList.stream().map(AccountName::getUsername).sorted()
                .collect(Collectors.joining(", ")));
        fields.put("agenda", agenda.stream().map(i -> i.getTitle() + " (" + (i.isBreak() ? "break, " : "")
                + i.getPlannedMinutes() + " min)")
                .collect(Collectors.joining("; ")));
        fields.put("participants", participants.stream()
                .map(p -> p.getName() + " (" + p.getOrganisation().getAcronym() + ", " + p.getRole() + ")")
                .sorted().collect(Collectors.joining("; ")));
        return fields;
    }

    public boolean isCancelled() {
        return status == MeetingStatus.CANCELLED;
    }

    // --- agenda ---

    public AgendaItem addAgendaItem(String title, Organisation presenter, Duration plannedDuration, String notes) {
        return addAgendaItem(AgendaItemKind.ITEM, title, presenter, plannedDuration, notes);
    }

    /** Adds an item or a break at the end of the agenda. */
    public AgendaItem addAgendaItem(AgendaItemKind kind, String title, Organisation presenter, Duration plannedDuration,
            String notes) {
        requireScheduled();
        AgendaItem item = new AgendaItem(kind, title, presenter, plannedDuration, notes);
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

    /**
     * The agenda with each item's planned start and end: the first starts with the meeting, each next one when the
     * one before ends. Durations are added to the instant, so the times stay right across a daylight-saving change;
     * items ending after the meeting's end are marked as overrunning.
     */
    public List<TimedAgendaItem> timedAgenda() {
        List<TimedAgendaItem> rows = new ArrayList<>(agenda.size());
        Instant start = startsAt;
        for (int position = 0; position < agenda.size(); position++) {
            AgendaItem item = agenda.get(position);
            Instant end = start.plus(item.getPlannedDuration());
            rows.add(new TimedAgendaItem(item, position, start, end, timeZone, end.isAfter(endsAt)));
            start = end;
        }
        return Collections.unmodifiableList(rows);
    }

    private AgendaItem agendaItem(long itemId) {
        return agenda.stream().filter(i -> i.getId() != null && i.getId() == itemId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("AgendaItem", itemId));
    }

    // --- participants ---

    public Participant addParticipant(String name, Organisation organisation, ParticipantRole role) {
        requireScheduled();
        requireOneHead(organisation, role);
        Participant participant = new Participant(name, organisation, role);
        participants.add(participant);
        return participant;
    }

    /** Adds one of an organisation's people to its delegation; each person takes part once. */
    public Participant addParticipant(Person person, ParticipantRole role) {
        requireScheduled();
        if (participants.stream().anyMatch(p -> p.getPerson() == person
                || (person.getId() != null && p.getPerson() != null && person.getId().equals(p.getPerson().getId())))) {
            throw new PersonAlreadyTakesPartException(person.getName());
        }
        requireOneHead(person.getOrganisation(), role);
        Participant participant = new Participant(person, role);
        participants.add(participant);
        return participant;
    }

    private void requireOneHead(Organisation organisation, ParticipantRole role) {
        if (role == ParticipantRole.HEAD_OF_DELEGATION && organisation != null) {
            participants.stream()
                    .filter(p -> p.getRole() == ParticipantRole.HEAD_OF_DELEGATION
                            && organisation.equals(p.getOrganisation()))
                    .findFirst()
                    .ifPresent(head -> {
                        throw new SecondHeadOfDelegationException(organisation.getAcronym(), head.getName());
                    });
        }
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

    /** See {@link Venue#roomKey()}; {@code null} when the venue names no room. */
    public String getRoomKey() {
        return roomKey;
    }

    public int getCalendarSequence() {
        return calendarSequence;
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

    public Classification getClassification() {
        return classification;
    }

    /** In user-name order. */
    public List<AccountName> getAccessList() {
        return accessList.stream().sorted(java.util.Comparator.comparing(AccountName::getUsername)).toList();
    }

    @Override
    public String toString() {
        return title + " (" + startsAt + ")";
    }
}
