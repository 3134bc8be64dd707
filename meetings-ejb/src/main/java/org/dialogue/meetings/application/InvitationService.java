package org.dialogue.meetings.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dialogue.meetings.application.invitation.InvitationTokens;
import org.dialogue.meetings.domain.account.Reader;
import org.dialogue.meetings.domain.account.Role;
import org.dialogue.meetings.domain.account.Roles;
import org.dialogue.meetings.domain.account.UserAccount;
import org.dialogue.meetings.domain.audit.AuditAction;
import org.dialogue.meetings.domain.invitation.Invitation;
import org.dialogue.meetings.domain.invitation.InvitationIssued;
import org.dialogue.meetings.domain.invitation.InvitationRuleException;
import org.dialogue.meetings.domain.invitation.InvitationStatus;
import org.dialogue.meetings.domain.invitation.MeetingAttendance;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.MeetingCancelledException;
import org.dialogue.meetings.domain.meeting.Participant;
import org.dialogue.meetings.domain.meeting.ParticipantRole;
import org.dialogue.meetings.domain.minutes.AttendanceStatus;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.organisation.Person;
import org.dialogue.meetings.domain.shared.RecordNotFoundException;
import org.dialogue.meetings.domain.shared.StaleRecordException;
import org.dialogue.meetings.infrastructure.persistence.InvitationRepository;
import org.dialogue.meetings.infrastructure.persistence.MeetingRepository;
import org.dialogue.meetings.infrastructure.persistence.OrganisationRepository;

/**
 * Invitations to a meeting, the replies to them, and the attendance recorded on the day.
 *
 * <p>The secretariat invites an organisation (the people of its delegation: its participants that are people) or a
 * person (who joins their organisation's delegation if not yet a participant). Each person is invited once: asking
 * again changes nothing. Every new invitation fires {@link InvitationIssued} with its reply token inside the inviting
 * transaction, so the invitation mail is queued with it or not at all.
 *
 * <p>Replies: a delegate replies for the people of their own organisation, the secretariat for anyone, and the invited
 * person from the e-mail's link, whose signed token ({@link InvitationTokens}) is the only credential those two
 * methods need ({@code @PermitAll}). The secretariat records attendance per person. Need-to-know as for the meeting:
 * a meeting the caller may not see answers like one that does not exist. Everything is in the audit trail.
 */
@Stateless
@Interceptors(CallerAccountCheck.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.SECRETARIAT, Roles.DELEGATE, Roles.OBSERVER})
public class InvitationService {

    /** Who replied, in the invitation and the audit trail, when the reply came through the e-mail's link. */
    public static final String BY_EMAIL_LINK = "e-mail link";

    private static final String RECORD = "Invitation";
    private static final String ATTENDANCE = "Attendance";
    private static final String MEETING = "Meeting";

    @Inject
    private InvitationRepository invitations;

    @Inject
    private MeetingRepository meetings;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private InvitationTokens tokens;

    @Inject
    private InputValidation validation;

    @Inject
    private Callers callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private Event<InvitationIssued> issued;

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    // --- reading ---

    /** The meeting's invitations with their replies, by organisation and name. */
    public List<Invitation> ofMeeting(long meetingId) {
        visibleMeeting(meetingId);
        return invitations.ofMeeting(meetingId);
    }

    /** The attendance recorded for the meeting, by organisation and name. */
    public List<MeetingAttendance> attendanceOf(long meetingId) {
        visibleMeeting(meetingId);
        return invitations.attendanceOf(meetingId);
    }

    /** An organisation's people, to choose whom to invite. */
    @RolesAllowed(Roles.SECRETARIAT)
    public List<Person> peopleOf(long organisationId) {
        return invitations.peopleOf(organisationId);
    }

    // --- inviting: the secretariat's ---

    /**
     * Invites the delegation of an organisation: its participants in the meeting that are people. Refused when it
     * has none (its delegation is added first, on the meeting page).
     */
    @RolesAllowed(Roles.SECRETARIAT)
    public Invited inviteOrganisation(long meetingId, long organisationId) {
        Meeting meeting = lockedForInviting(meetingId);
        Organisation organisation = organisations.find(organisationId)
                .orElseThrow(() -> new RecordNotFoundException("Organisation", organisationId));
        List<Person> delegation = meeting.getParticipants().stream()
                .filter(p -> p.getPerson() != null && Objects.equals(p.getOrganisation().getId(), organisationId))
                .map(Participant::getPerson).distinct().toList();
        if (delegation.isEmpty()) {
            throw InvitationRuleException.noDelegation(organisation.getAcronym());
        }
        List<Invitation> issuedNow = new ArrayList<>();
        List<Invitation> already = new ArrayList<>();
        for (Person person : delegation) {
            invite(meeting, person, issuedNow, already);
        }
        return new Invited(loaded(issuedNow), loaded(already), List.of());
    }

    /** Invites one person; one who is not yet a participant joins their organisation's delegation as a delegate. */
    @RolesAllowed(Roles.SECRETARIAT)
    public Invited invitePerson(long meetingId, long personId) {
        Meeting meeting = lockedForInviting(meetingId);
        Person person = invitations.person(personId).orElseThrow(() -> new RecordNotFoundException("Person",
                personId));
        List<Person> joined = new ArrayList<>();
        boolean participant = meeting.getParticipants().stream()
                .anyMatch(p -> p.getPerson() != null && Objects.equals(p.getPerson().getId(), personId));
        if (!participant) {
            Map<String, String> before = meeting.auditFields();
            meeting.addParticipant(person, ParticipantRole.DELEGATE);
            validation.check(meeting);
            em.lock(meeting, LockModeType.OPTIMISTIC_FORCE_INCREMENT); // the meeting page's version moves on
            OptimisticLocking.flush(em, MEETING, meetingId, meeting);
            audit.changed(Callers.name(context), AuditAction.UPDATE, MEETING, meetingId, before,
                    meeting.auditFields(), "joined the delegation when invited: " + person.getName());
            joined.add(person);
        }
        List<Invitation> issuedNow = new ArrayList<>();
        List<Invitation> already = new ArrayList<>();
        invite(meeting, person, issuedNow, already);
        return new Invited(loaded(issuedNow), loaded(already), joined);
    }

    // --- replies ---

    /**
     * Records a reply in the application: a delegate for the people of their own organisation, the secretariat for
     * anyone. Refused when someone else replied since {@code expectedVersion} was shown.
     */
    @RolesAllowed({Roles.SECRETARIAT, Roles.DELEGATE})
    public Invitation reply(long invitationId, long expectedVersion, InvitationStatus answer) {
        UserAccount me = callers.account(context);
        Invitation invitation = invitations.find(invitationId)
                .filter(i -> i.getMeeting().isVisibleTo(me.asReader()))
                .orElseThrow(() -> new RecordNotFoundException(RECORD, invitationId));
        if (me.getRole() != Role.SECRETARIAT && (me.getOrganisation() == null
                || !invitation.getPerson().belongsTo(me.getOrganisation().getId()))) {
            throw InvitationRuleException.notOwnOrganisation(invitation.getPerson().getName(),
                    invitation.getPerson().getOrganisation().getAcronym());
        }
        OptimisticLocking.requireUnchanged(RECORD, invitationId, invitation.getVersion(), expectedVersion);
        return answer(invitation, answer, me.getUsername());
    }

    /**
     * The invitation a reply link is for, with its meeting and person, for the reply page. Open to everyone: the
     * signed token is the credential. Refuses a changed, made-up, other-purpose or expired token with its message.
     */
    @PermitAll
    public Invitation findByToken(String token) {
        long id = tokens.verify(token);
        return invitations.find(id).map(InvitationService::loaded)
                .orElseThrow(InvitationRuleException::invalidToken); // issued, then its meeting's data removed
    }

    /** The reply of the invited person, from the link of the invitation e-mail (no sign-in: the token decides). */
    @PermitAll
    public Invitation replyByToken(String token, InvitationStatus answer) {
        long id = tokens.verify(token);
        Invitation invitation = invitations.find(id).orElseThrow(InvitationRuleException::invalidToken);
        return answer(invitation, answer, BY_EMAIL_LINK);
    }

    // --- attendance: the secretariat's ---

    /**
     * Records (or corrects) whether a participant of the meeting came: present, absent or excused, over what the page
     * showed ({@code shown}, null when nothing was recorded): a status recorded by someone else since is not
     * overwritten.
     */
    @RolesAllowed(Roles.SECRETARIAT)
    public MeetingAttendance recordAttendance(long meetingId, long personId, AttendanceStatus shown,
            AttendanceStatus status) {
        if (status == null) {
            throw new MissingFieldException("attendance");
        }
        Meeting meeting = meetings.find(meetingId).orElseThrow(() -> new RecordNotFoundException(MEETING,
                meetingId));
        Person person = invitations.person(personId).orElseThrow(() -> new RecordNotFoundException("Person",
                personId));
        if (meeting.isCancelled()) {
            throw new MeetingCancelledException(meeting.getTitle());
        }
        if (meeting.getParticipants().stream()
                .noneMatch(p -> p.getPerson() != null && Objects.equals(p.getPerson().getId(), personId))) {
            throw InvitationRuleException.notAParticipant(person.getName());
        }
        String me = Callers.name(context);
        Instant now = clock.instant();
        MeetingAttendance record = invitations.attendance(meetingId, personId).orElse(null);
        if ((record == null ? null : record.getStatus()) != shown) {
            throw new StaleRecordException(ATTENDANCE, personId);
        }
        if (record == null) {
            record = new MeetingAttendance(meeting, person, status, me, now);
            invitations.add(record);
            OptimisticLocking.flush(em, ATTENDANCE, null, record);
            audit.created(me, ATTENDANCE, record.getId(), record.auditFields());
        } else {
            Map<String, String> before = record.auditFields();
            record.record(status, me, now);
            OptimisticLocking.flush(em, ATTENDANCE, record.getId(), record);
            audit.changed(me, AuditAction.UPDATE, ATTENDANCE, record.getId(), before, record.auditFields());
        }
        record.getPerson().getOrganisation().getAcronym();
        return record;
    }

    // --- helpers ---

    private void invite(Meeting meeting, Person person, List<Invitation> issuedNow, List<Invitation> already) {
        Invitation existing = invitations.find(meeting.getId(), person.getId()).orElse(null);
        if (existing != null) {
            already.add(existing);
            return;
        }
        String me = Callers.name(context);
        Invitation invitation = new Invitation(meeting, person, me, clock.instant());
        invitations.add(invitation);
        OptimisticLocking.flush(em, RECORD, null, invitation); // the id, for the token and the event
        audit.created(me, RECORD, invitation.getId(), auditFields(invitation));
        issued.fire(new InvitationIssued(invitation.getId(), tokens.issue(invitation)));
        issuedNow.add(invitation);
    }

    private Invitation answer(Invitation invitation, InvitationStatus answer, String by) {
        if (answer == null || answer == InvitationStatus.PENDING) {
            throw new MissingFieldException("answer");
        }
        if (invitation.getMeeting().isCancelled()) {
            throw InvitationRuleException.meetingCancelled(invitation.getMeeting().getTitle());
        }
        Map<String, String> before = auditFields(invitation);
        invitation.reply(answer, by, clock.instant());
        OptimisticLocking.flush(em, RECORD, invitation.getId(), invitation);
        audit.changed(by, AuditAction.STATE_CHANGE, RECORD, invitation.getId(), before, auditFields(invitation),
                "reply recorded by " + by);
        return loaded(invitation);
    }

    /**
     * The meeting, locked against concurrent inviting: two invitations of the same person at the same moment are
     * made one after the other, so the second finds the first and changes nothing.
     */
    private Meeting lockedForInviting(long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null) {
            throw new RecordNotFoundException(MEETING, meetingId);
        }
        if (meeting.isCancelled()) {
            throw new MeetingCancelledException(meeting.getTitle());
        }
        return meeting;
    }

    private Meeting visibleMeeting(long meetingId) {
        Reader reader = callers.reader(context);
        return meetings.find(meetingId).filter(m -> m.isVisibleTo(reader))
                .orElseThrow(() -> new RecordNotFoundException(MEETING, meetingId));
    }

    private static Map<String, String> auditFields(Invitation invitation) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("meeting", invitation.getMeeting().getId() + " " + invitation.getMeeting().getTitle());
        fields.put("person", invitation.getPerson().getName() + " ("
                + invitation.getPerson().getOrganisation().getAcronym() + ")");
        fields.put("status", String.valueOf(invitation.getStatus()));
        return fields;
    }

    private static List<Invitation> loaded(List<Invitation> list) {
        list.forEach(InvitationService::loaded);
        return list;
    }

    /** Touches what the pages show of an invitation, inside the transaction. */
    private static Invitation loaded(Invitation invitation) {
        invitation.getPerson().getOrganisation().getAcronym();
        Meeting meeting = invitation.getMeeting();
        meeting.getTitle();
        meeting.getVenue();
        return invitation;
    }
}
