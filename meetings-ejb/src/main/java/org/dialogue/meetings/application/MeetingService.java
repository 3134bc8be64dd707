package org.dialogue.meetings.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.dialogue.meetings.domain.agreement.CooperationAgreement;
import org.dialogue.meetings.domain.edition.DialogueEdition;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.MeetingSearch;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.shared.RecordNotFoundException;
import org.dialogue.meetings.domain.shared.TimeSlot;
import org.dialogue.meetings.domain.shared.Venue;
import org.dialogue.meetings.infrastructure.persistence.AgreementRepository;
import org.dialogue.meetings.infrastructure.persistence.EditionRepository;
import org.dialogue.meetings.infrastructure.persistence.MeetingRepository;
import org.dialogue.meetings.infrastructure.persistence.OrganisationRepository;

/**
 * Schedules meetings and keeps their agendas and participant lists. Every change to a meeting, including one to its
 * agenda or participants, moves the meeting's version, so an edit made on an outdated page is refused.
 */
@Stateless
public class MeetingService {

    private static final String RECORD = "Meeting";

    @Inject
    private MeetingRepository meetings;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private EditionRepository editions;

    @Inject
    private AgreementRepository agreements;

    @Inject
    private InputValidation validation;

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    // --- reading ---

    /** A meeting with its agenda, participants, co-organisers, edition and agreement loaded. */
    public Optional<Meeting> find(long id) {
        return meetings.find(id).map(MeetingService::loaded);
    }

    public List<Meeting> search(MeetingSearch search, int first, int max) {
        return meetings.search(search, first, max);
    }

    public long count(MeetingSearch search) {
        return meetings.count(search);
    }

    /** Scheduled meetings that have not ended yet, soonest first. */
    public List<Meeting> findUpcoming(int max) {
        return meetings.findUpcoming(clock.instant(), max);
    }

    public List<Meeting> findByEdition(long editionId) {
        return meetings.findByEdition(editionId);
    }

    public List<Meeting> findByOrganisation(long organisationId) {
        return meetings.findByOrganisation(organisationId);
    }

    public List<Meeting> findByAgreement(long agreementId) {
        return meetings.findByAgreement(agreementId);
    }

    // --- the meeting itself ---

    public Meeting schedule(MeetingDetails details) {
        Meeting meeting = new Meeting(details.kind(), details.title(), slot(details), venue(details));
        apply(meeting, details);
        meetings.add(meeting);
        return loaded(OptimisticLocking.flush(em, RECORD, null, meeting));
    }

    public Meeting update(long id, long expectedVersion, MeetingDetails details) {
        Meeting meeting = load(id, expectedVersion);
        meeting.describe(details.kind(), details.title(), venue(details));
        meeting.assignToEdition(null); // the new slot is checked against the (possibly new) edition below
        meeting.reschedule(slot(details));
        apply(meeting, details);
        return save(meeting);
    }

    public Meeting cancel(long id, long expectedVersion) {
        Meeting meeting = load(id, expectedVersion);
        meeting.cancel();
        return save(meeting);
    }

    // --- agenda ---

    public Meeting addAgendaItem(long meetingId, long expectedVersion, AgendaItemDetails item) {
        Meeting meeting = load(meetingId, expectedVersion);
        meeting.addAgendaItem(item.title(), presenter(item), Duration.ofMinutes(item.plannedMinutes()), item.notes());
        return save(meeting);
    }

    public Meeting reviseAgendaItem(long meetingId, long expectedVersion, long itemId, AgendaItemDetails item) {
        Meeting meeting = load(meetingId, expectedVersion);
        meeting.reviseAgendaItem(itemId, item.title(), presenter(item), Duration.ofMinutes(item.plannedMinutes()),
                item.notes());
        return save(meeting);
    }

    public Meeting removeAgendaItem(long meetingId, long expectedVersion, long itemId) {
        Meeting meeting = load(meetingId, expectedVersion);
        meeting.removeAgendaItem(itemId);
        return save(meeting);
    }

    /** Moves an agenda item to a 0-based position. */
    public Meeting moveAgendaItem(long meetingId, long expectedVersion, long itemId, int newPosition) {
        Meeting meeting = load(meetingId, expectedVersion);
        meeting.moveAgendaItem(itemId, newPosition);
        return save(meeting);
    }

    // --- participants ---

    public Meeting addParticipant(long meetingId, long expectedVersion, ParticipantDetails participant) {
        Meeting meeting = load(meetingId, expectedVersion);
        if (participant.organisationId() == null) {
            throw new MissingFieldException("organisation");
        }
        Organisation organisation = organisation(participant.organisationId());
        meeting.addParticipant(participant.name(), organisation, participant.role());
        return save(meeting);
    }

    public Meeting removeParticipant(long meetingId, long expectedVersion, long participantId) {
        Meeting meeting = load(meetingId, expectedVersion);
        meeting.removeParticipant(participantId);
        return save(meeting);
    }

    // --- helpers ---

    private Meeting load(long id, long expectedVersion) {
        Meeting meeting = meetings.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
        OptimisticLocking.requireUnchanged(RECORD, id, meeting.getVersion(), expectedVersion);
        return meeting;
    }

    private Meeting save(Meeting meeting) {
        validation.check(meeting);
        em.lock(meeting, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return loaded(OptimisticLocking.flush(em, RECORD, meeting.getId(), meeting));
    }

    private void apply(Meeting meeting, MeetingDetails details) {
        meeting.coOrganiseWith(coOrganisers(details));
        meeting.assignToEdition(details.editionId() == null ? null : edition(details.editionId()));
        meeting.serveAgreement(details.agreementId() == null ? null : agreement(details.agreementId()));
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
        if (meeting.getEdition() != null) {
            meeting.getEdition().getNumber();
        }
        if (meeting.getAgreement() != null) {
            meeting.getAgreement().getTitle();
        }
        return meeting;
    }
}
