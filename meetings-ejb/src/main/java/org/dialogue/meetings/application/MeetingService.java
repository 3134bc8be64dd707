package org.dialogue.meetings.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Optional;
import org.dialogue.meetings.domain.account.AccountName;
import org.dialogue.meetings.domain.account.Reader;
import org.dialogue.meetings.domain.account.Roles;
import org.dialogue.meetings.domain.agreement.CooperationAgreement;
import org.dialogue.meetings.domain.audit.AuditAction;
import org.dialogue.meetings.domain.edition.DialogueEdition;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.MeetingChange;
import org.dialogue.meetings.domain.meeting.MeetingChanged;
import org.dialogue.meetings.domain.meeting.MeetingKind;
import org.dialogue.meetings.domain.meeting.MeetingSearch;
import org.dialogue.meetings.domain.meeting.ParticipantRole;
import org.dialogue.meetings.domain.organisation.Person;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.organisation.Person;
import org.dialogue.meetings.domain.organisation.PersonOfOtherOrganisationException;
import org.dialogue.meetings.domain.shared.RecordNotFoundException;
import org.dialogue.meetings.domain.shared.TimeSlot;
import org.dialogue.meetings.domain.shared.Venue;
import org.dialogue.meetings.infrastructure.persistence.AgreementRepository;
import org.dialogue.meetings.infrastructure.persistence.EditionRepository;
import org.dialogue.meetings.infrastructure.persistence.MeetingRepository;
import org.dialogue.meetings.infrastructure.persistence.OrganisationRepository;
import org.dialogue.meetings.infrastructure.persistence.PersonRepository;
import org.dialogue.meetings.infrastructure.persistence.UserAccountRepository;

/**
 * Schedules meetings and keeps their agendas and participant lists. Every change to a meeting, including one to its
 * agenda or participants, moves the meeting's version, so an edit made on an outdated page is refused.
 *
 * <p>Need-to-know is applied here, for every caller: reads return only the meetings the caller may see (a meeting
 * they may not see is reported exactly like one that does not exist), and only the secretariat changes meetings.
 * Every change is recorded in the audit trail.
 */
@Stateless
@Interceptors(CallerAccountCheck.class) // the account is checked on every call, not only at sign-in
@RolesAllowed({Roles.ADMINISTRATOR, Roles.SECRETARIAT, Roles.DELEGATE, Roles.OBSERVER})
public class MeetingService {

    private static final String RECORD = "Meeting";

    /** The most meetings a calendar range returns; a month of this project's meetings is far fewer. */
    public static final int CALENDAR_LIMIT = 500;

    @Inject
    private MeetingRepository meetings;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private EditionRepository editions;

    @Inject
    private AgreementRepository agreements;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private PersonRepository people;

    @Inject
    private PersonRegister personRegister;

    @Inject
    private InputValidation validation;

    @Inject
    private Callers callers;

    @Inject
    private AuditTrail audit;

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<MeetingChanged> changed;

    @Inject
    private ConflictCheck conflicts;

    // --- reading: only what the caller may see ---

    /** A meeting with its agenda, participants, co-organisers, edition and agreement loaded, if the caller may see it. */
    public Optional<Meeting> find(long id) {
        Reader reader = callers.reader(context);
        return meetings.find(id).filter(meeting -> meeting.isVisibleTo(reader)).map(MeetingService::loaded);
    }

    /**
     * Who is on a meeting's access list (a confidential meeting's), by user name, for the secretariat's form and
     * meeting page: accounts as the pages show them, not the entities. Empty when the caller may not see the meeting.
     */
    @RolesAllowed(Roles.SECRETARIAT)
    public List<AccountSummary> accessList(long id) {
        Reader reader = callers.reader(context);
        List<Long> ids = meetings.find(id).filter(meeting -> meeting.isVisibleTo(reader)).map(Meeting::getAccessList)
                .orElse(List.of()).stream().map(AccountName::getId).toList();
        return accounts.findAll(ids).stream().map(AccountSummary::of).toList();
    }

    public List<Meeting> search(MeetingSearch search, int first, int max) {
        return meetings.search(callers.reader(context), search, first, max);
    }

    public long count(MeetingSearch search) {
        return meetings.count(callers.reader(context), search);
    }

    /** Scheduled meetings that have not ended yet, soonest first. */
    public List<Meeting> findUpcoming(int max) {
        return meetings.findUpcoming(callers.reader(context), clock.instant(), max);
    }

    public List<Meeting> findByEdition(long editionId) {
        return meetings.findByEdition(callers.reader(context), editionId);
    }

    public List<Meeting> findByOrganisation(long organisationId) {
        return meetings.findByOrganisation(callers.reader(context), organisationId);
    }

    public List<Meeting> findByAgreement(long agreementId) {
        return meetings.findByAgreement(callers.reader(context), agreementId);
    }

    /**
     * What a calendar shows: the meetings the caller may see that overlap [from, to), soonest first, optionally of one
     * organisation (co-organising or taking part) and of one kind. At most {@value #CALENDAR_LIMIT}.
     */
    public List<Meeting> findBetween(Instant from, Instant to, Long organisationId, MeetingKind kind) {
        if (from == null || to == null || !to.isAfter(from)) {
            return List.of();
        }
        return meetings.findBetween(callers.reader(context), from, to, organisationId, kind, CALENDAR_LIMIT);
    }

    // --- the meeting itself: the secretariat's ---

    @RolesAllowed(Roles.SECRETARIAT)
    public Meeting schedule(MeetingDetails details) {
        Meeting meeting = new Meeting(details.kind(), details.title(), slot(details), venue(details));
        apply(meeting, details);
        conflicts.check(meeting, true, Set.of(), false);
        meetings.add(meeting);
        OptimisticLocking.flush(em, RECORD, null, meeting);
        audit.created(Callers.name(context), RECORD, meeting.getId(), meeting.auditFields());
        return loaded(meeting);
    }

    /**
     * Saves the form. A room taken by another meeting at the new time is refused; people who would be in two meetings
     * at once are reported ({@code PeopleBusyException}) and nothing is saved: see the overload that confirms.
     */
    @RolesAllowed(Roles.SECRETARIAT)
    public Meeting update(long id, long expectedVersion, MeetingDetails details) {
        return update(id, expectedVersion, details, false);
    }

    /** Saves the form; with {@code overlapsConfirmed}, the organiser accepts that people are in two meetings at once. */
    @RolesAllowed(Roles.SECRETARIAT)
    public Meeting update(long id, long expectedVersion, MeetingDetails details, boolean overlapsConfirmed) {
        return change(id, expectedVersion, AuditAction.UPDATE, meeting -> {
            meeting.describe(details.kind(), details.title(), venue(details));
            meeting.assignToEdition(null); // the new slot is checked against the (possibly new) edition below
            meeting.reschedule(slot(details));
            apply(meeting, details);
        }, overlapsConfirmed);
    }

    /**
     * Moves the meeting to new wall-clock times at its venue (a calendar's drag and drop), keeping everything else.
     * The same checks as the form: the room must be free; people in two meetings at once are reported unless confirmed.
     */
    @RolesAllowed(Roles.SECRETARIAT)
    public Meeting reschedule(long id, long expectedVersion, LocalDateTime localStart, LocalDateTime localEnd,
            boolean overlapsConfirmed) {
        if (localStart == null) {
            throw new MissingFieldException("start");
        }
        if (localEnd == null) {
            throw new MissingFieldException("end");
        }
        return change(id, expectedVersion, AuditAction.UPDATE,
                meeting -> meeting.reschedule(TimeSlot.ofLocal(localStart, localEnd, meeting.getTimeZone())),
                overlapsConfirmed);
    }

    /**
     * The next one: a new meeting like this one on another date, at the same wall-clock times at the venue, with its
     * agenda, participants (and their people), co-organisers, agreement, classification and access list. It belongs
     * to the given edition ({@code null} for none; the page offers the original's), which must cover the new date.
     * The copy goes through the same checks as a new meeting and a reschedule.
     */
    @RolesAllowed(Roles.SECRETARIAT)
    public Meeting copy(long id, LocalDate date, Long editionId, boolean overlapsConfirmed) {
        if (date == null) {
            throw new MissingFieldException("date");
        }
        Meeting original = meetings.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
        Meeting copy = original.copyTo(original.slotOn(date), editionId == null ? null : edition(editionId));
        validation.check(copy);
        conflicts.check(copy, true, copy.personIds(), overlapsConfirmed);
        meetings.add(copy);
        OptimisticLocking.flush(em, RECORD, null, copy);
        Map<String, String> fields = copy.auditFields();
        fields.put("copiedFrom", String.valueOf(id));
        audit.created(Callers.name(context), RECORD, copy.getId(), fields);
        return loaded(copy);
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Meeting cancel(long id, long expectedVersion) {
        return change(id, expectedVersion, AuditAction.CANCEL, Meeting::cancel);
    }

    // --- agenda ---

    @RolesAllowed(Roles.SECRETARIAT)
    public Meeting addAgendaItem(long meetingId, long expectedVersion, AgendaItemDetails item) {
        return change(meetingId, expectedVersion, AuditAction.UPDATE, meeting -> meeting.addAgendaItem(item.kind(),
                item.title(), presenter(item), Duration.ofMinutes(item.plannedMinutes()), item.notes()));
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Meeting reviseAgendaItem(long meetingId, long expectedVersion, long itemId, AgendaItemDetails item) {
        return change(meetingId, expectedVersion, AuditAction.UPDATE, meeting -> meeting.reviseAgendaItem(itemId,
                item.title(), presenter(item), Duration.ofMinutes(item.plannedMinutes()), item.notes()));
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Meeting removeAgendaItem(long meetingId, long expectedVersion, long itemId) {
        return change(meetingId, expectedVersion, AuditAction.DELETE_PART, meeting -> meeting.removeAgendaItem(itemId));
    }

    /** Moves an agenda item to a 0-based position. */
    @RolesAllowed(Roles.SECRETARIAT)
    public Meeting moveAgendaItem(long meetingId, long expectedVersion, long itemId, int newPosition) {
        return change(meetingId, expectedVersion, AuditAction.UPDATE,
                meeting -> meeting.moveAgendaItem(itemId, newPosition));
    }

    // --- participants ---

    /**
     * Adds one of an organisation's people to its delegation, or a new person of the organisation (created in the
     * same transaction, so a refused addition leaves no new person behind), or, as before people were kept, a
     * participant known by name only.
     */
    @RolesAllowed(Roles.SECRETARIAT)
    public Meeting addParticipant(long meetingId, long expectedVersion, ParticipantDetails participant) {
        return addParticipant(meetingId, expectedVersion, participant, false);
    }

    /**
     * {@link #addParticipant(long, long, ParticipantDetails)}; with {@code overlapsConfirmed}, the organiser accepts
     * that the person also takes part in another meeting at the same time (otherwise {@code PeopleBusyException}).
     */
    @RolesAllowed(Roles.SECRETARIAT)
    public Meeting addParticipant(long meetingId, long expectedVersion, ParticipantDetails participant,
            boolean overlapsConfirmed) {
        return change(meetingId, expectedVersion, AuditAction.UPDATE, meeting -> {
            if (participant.organisationId() == null) {
                throw new MissingFieldException("organisation");
            }
            Organisation organisation = organisation(participant.organisationId());
            if (participant.newPerson() != null) {
                meeting.addParticipant(personRegister.create(organisation, participant.newPerson(),
                        Callers.name(context)), participant.role());
            } else if (participant.personId() != null) {
                Person person = people.find(participant.personId())
                        .orElseThrow(() -> new RecordNotFoundException("Person", participant.personId()));
                if (!person.belongsTo(organisation.getId())) {
                    throw new PersonOfOtherOrganisationException("personId", person.getName(),
                            person.getOrganisation().getAcronym(), organisation.getAcronym());
                }
                meeting.addParticipant(person, participant.role());
            } else if (participant.name() == null || participant.name().isBlank()) {
                throw new MissingFieldException("person");
            } else {
                meeting.addParticipant(participant.name(), organisation, participant.role());
            }
        }, overlapsConfirmed);
    }

    /**
     * Adds one of an organisation's people to its delegation. Someone who takes part in another meeting at the same
     * time is reported ({@code PeopleBusyException}) unless {@code overlapsConfirmed}.
     */
    @RolesAllowed(Roles.SECRETARIAT)
    public Meeting addPersonAsParticipant(long meetingId, long expectedVersion, long personId, ParticipantRole role,
            boolean overlapsConfirmed) {
        return change(meetingId, expectedVersion, AuditAction.UPDATE, meeting -> {
            Person person = Optional.ofNullable(em.find(Person.class, personId))
                    .orElseThrow(() -> new RecordNotFoundException("Person", personId));
            meeting.addParticipant(person, role);
        }, overlapsConfirmed);
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Meeting removeParticipant(long meetingId, long expectedVersion, long participantId) {
        return change(meetingId, expectedVersion, AuditAction.DELETE_PART,
                meeting -> meeting.removeParticipant(participantId));
    }

    // --- helpers ---

    private Meeting load(long id, long expectedVersion) {
        Meeting meeting = meetings.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
        OptimisticLocking.requireUnchanged(RECORD, id, meeting.getVersion(), expectedVersion);
        return meeting;
    }

    /** A change that reports people in two meetings at once (see {@link ConflictCheck}). */
    private Meeting change(long id, long expectedVersion, AuditAction action, Consumer<Meeting> change) {
        return change(id, expectedVersion, action, change, false);
    }

    /**
     * Loads the version the editor saw, applies the change, checks the conflicts it brings (a room taken at a new
     * time or in a new room; people of the meeting, or new ones, busy elsewhere), saves it and records what changed.
     */
    private Meeting change(long id, long expectedVersion, AuditAction action, Consumer<Meeting> change,
            boolean overlapsConfirmed) {
        Meeting meeting = load(id, expectedVersion);
        Map<String, String> before = meeting.auditFields();
        TimeSlot slotBefore = meeting.getSlot();
        Venue venueBefore = meeting.getVenue();
        String roomBefore = meeting.getRoomKey();
        boolean cancelledBefore = meeting.isCancelled();
        change.accept(meeting);
        validation.check(meeting);
        boolean moved = !meeting.getSlot().equals(slotBefore);
        // After a new time everyone is checked; otherwise only newcomers, the others' overlaps having been seen before.
        Set<Long> people = moved ? meeting.personIds() : meeting.newcomerPersonIds();
        conflicts.check(meeting, moved || !Objects.equals(roomBefore, meeting.getRoomKey()), people,
                overlapsConfirmed);
        em.lock(meeting, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        OptimisticLocking.flush(em, RECORD, meeting.getId(), meeting);
        audit.changed(Callers.name(context), action, RECORD, id, before, meeting.auditFields());
        whatChanged(meeting, slotBefore, venueBefore, cancelledBefore)
                .ifPresent(what -> changed.fire(new MeetingChanged(id, what, meeting.getCalendarSequence())));
        return loaded(meeting);
    }

    /** What invited people must hear of: a cancellation first, then a new time, then a new place. */
    private static Optional<MeetingChange> whatChanged(Meeting meeting, TimeSlot slotBefore, Venue venueBefore,
            boolean cancelledBefore) {
        if (meeting.isCancelled() && !cancelledBefore) {
            return Optional.of(MeetingChange.CANCELLED);
        }
        if (!meeting.getSlot().equals(slotBefore)) {
            return Optional.of(MeetingChange.RESCHEDULED);
        }
        if (!meeting.getVenue().equals(venueBefore)) {
            return Optional.of(MeetingChange.MOVED);
        }
        return Optional.empty();
    }

    private void apply(Meeting meeting, MeetingDetails details) {
        meeting.coOrganiseWith(coOrganisers(details));
        meeting.assignToEdition(details.editionId() == null ? null : edition(details.editionId()));
        meeting.serveAgreement(details.agreementId() == null ? null : agreement(details.agreementId()));
        meeting.classify(details.classification());
        meeting.grantAccessTo(accessList(details));
        validation.check(meeting);
    }

    private static TimeSlot slot(MeetingDetails details) {
        if (details.timeZone() == null) {
            throw new MissingFieldException("timeZone");
        }
        if (details.localStart() == null) {
            throw new MissingFieldException("start");
        }
        if (details.localEnd() == null) {
            throw new MissingFieldException("end");
        }
        return TimeSlot.ofLocal(details.localStart(), details.localEnd(), details.timeZone());
    }

    private static Venue venue(MeetingDetails details) {
        return new Venue(details.venueName(), details.venueRoom(), details.venueCity(), details.venueCountry());
    }

    private List<Organisation> coOrganisers(MeetingDetails details) {
        List<Organisation> found = organisations.findAll(details.coOrganiserIds());
        if (found.size() != details.coOrganiserIds().size()) {
            throw new RecordNotFoundException("Organisation", details.coOrganiserIds());
        }
        return found;
    }

    private List<AccountName> accessList(MeetingDetails details) {
        List<AccountName> found = accounts.namesOf(details.accessUserIds());
        if (found.size() != details.accessUserIds().size()) {
            throw new RecordNotFoundException("User", details.accessUserIds());
        }
        return found;
    }

    private Organisation presenter(AgendaItemDetails item) {
        return item.presenterId() == null ? null : organisation(item.presenterId());
    }

    private Organisation organisation(long id) {
        return organisations.find(id).orElseThrow(() -> new RecordNotFoundException("Organisation", id));
    }

    private DialogueEdition edition(long id) {
        return editions.find(id).orElseThrow(() -> new RecordNotFoundException("Edition", id));
    }

    private CooperationAgreement agreement(long id) {
        return agreements.find(id).orElseThrow(() -> new RecordNotFoundException("Agreement", id));
    }

    /** Touches what the meeting page shows, so it is read inside the transaction in a fixed number of queries. */
    private static Meeting loaded(Meeting meeting) {
        meeting.getAgenda().size();
        meeting.getParticipants().size();
        meeting.getCoOrganisers().size();
        meeting.getAccessList().size();
        if (meeting.getEdition() != null) {
            meeting.getEdition().getNumber();
        }
        if (meeting.getAgreement() != null) {
            meeting.getAgreement().getTitle();
        }
        return meeting;
    }
}
