package org.dialogue.meetings.web.invitation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dialogue.meetings.application.AccountService;
import org.dialogue.meetings.application.AccountSummary;
import org.dialogue.meetings.application.InvitationService;
import org.dialogue.meetings.application.Invited;
import org.dialogue.meetings.domain.account.Role;
import org.dialogue.meetings.domain.invitation.Invitation;
import org.dialogue.meetings.domain.invitation.InvitationStatus;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.Participant;
import org.dialogue.meetings.domain.minutes.AttendanceStatus;
import org.dialogue.meetings.domain.organisation.Person;
import org.dialogue.meetings.web.meeting.MeetingView;
import org.dialogue.meetings.web.support.Feedback;

/**
 * The invitations part of the meeting page ({@code WEB-INF/includes/meeting-invitations.xhtml}): who is invited and
 * their replies, the secretariat's invite controls (an organisation's delegation, or one person), reply buttons where
 * the user may reply (the secretariat for anyone, a delegate for their own organisation's people), and the attendance
 * recorded on the day, which the secretariat records per person. Each change is saved at once.
 */
@Named
@ViewScoped
public class MeetingInvitationsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "invitationsForm";

    @Inject
    private InvitationService invitationService;

    @Inject
    private AccountService accountService;

    @Inject
    private MeetingView meetingView;

    @Inject
    private Feedback feedback;

    private List<Invitation> invitations;
    private Map<Long, AttendanceStatus> attendance;
    /** The caller's role and organisation, read once per page. */
    private Role role;
    private Long organisationId;
    private boolean identified;

    // The invite forms
    private Long organisationToInvite;
    private Long personOrganisation;
    private Long personToInvite;
    private List<Person> people = List.of();

    // --- what the page shows ---

    public List<Invitation> getInvitations() {
        if (invitations == null) {
            Meeting meeting = meetingView.getMeeting();
            invitations = meeting == null ? List.of() : invitationService.ofMeeting(meeting.getId());
        }
        return invitations;
    }

    /** The participants that are people, with the attendance recorded for each (none yet: null). */
    public List<AttendanceRow> getAttendance() {
        Meeting meeting = meetingView.getMeeting();
        if (meeting == null) {
            return List.of();
        }
        if (attendance == null) {
            attendance = new HashMap<>();
            invitationService.attendanceOf(meeting.getId())
                    .forEach(a -> attendance.put(a.getPerson().getId(), a.getStatus()));
        }
        List<AttendanceRow> rows = new ArrayList<>();
        for (Participant participant : meeting.getParticipants()) {
            Person person = participant.getPerson();
            if (person != null && rows.stream().noneMatch(r -> r.personId() == person.getId())) {
                rows.add(new AttendanceRow(person.getId(), participant.getName(),
                        participant.getOrganisation().getAcronym(), attendance.get(person.getId())));
            }
        }
        rows.sort(java.util.Comparator.comparing(AttendanceRow::organisation).thenComparing(AttendanceRow::name));
        return rows;
    }

    /** How many invitations have each answer, by its name, for the summary line: "3 accepted, 1 pending...". */
    public Map<String, Long> getCounts() {
        Map<String, Long> counts = new HashMap<>();
        for (InvitationStatus status : InvitationStatus.values()) {
            counts.put(status.name(), getInvitations().stream().filter(i -> i.getStatus() == status).count());
        }
        return counts;
    }

    /** Who replied: a user name, or the words for a reply through the e-mail's link. */
    public String repliedBy(Invitation invitation) {
        return InvitationService.BY_EMAIL_LINK.equals(invitation.getRespondedBy())
                ? feedback.text("invitations.byEmailLink") : invitation.getRespondedBy();
    }

    /** Whether the user may reply for this invitation: the secretariat always, a delegate for their own people. */
    public boolean mayReply(Invitation invitation) {
        identify();
        Meeting meeting = meetingView.getMeeting();
        if (meeting == null || meeting.isCancelled()) {
            return false;
        }
        return role == Role.SECRETARIAT || role == Role.DELEGATE && organisationId != null
                && invitation.getPerson().belongsTo(organisationId);
    }

    public InvitationStatus[] getAnswers() {
        return new InvitationStatus[] {InvitationStatus.ACCEPTED, InvitationStatus.DECLINED,
            InvitationStatus.TENTATIVE};
    }

    public AttendanceStatus[] getAttendanceStatuses() {
        return AttendanceStatus.values();
    }

    // --- the secretariat invites ---

    public void inviteOrganisation() {
        Meeting meeting = meetingView.getMeeting();
        if (organisationToInvite == null) {
            feedback.errorAtField(FORM, "organisationToInvite", "invitations.chooseOrganisation");
            return;
        }
        feedback.attempt(FORM, () -> invitationService.inviteOrganisation(meeting.getId(), organisationToInvite))
                .ifPresent(this::invited);
    }

    /** The people of the organisation chosen in the invite-a-person form. */
    public void organisationChosen() {
        personToInvite = null;
        people = personOrganisation == null ? List.of() : invitationService.peopleOf(personOrganisation);
    }

    public void invitePerson() {
        Meeting meeting = meetingView.getMeeting();
        if (personToInvite == null) {
            feedback.errorAtField(FORM, "personToInvite", "invitations.choosePerson");
            return;
        }
        feedback.attempt(FORM, () -> invitationService.invitePerson(meeting.getId(), personToInvite))
                .ifPresent(this::invited);
    }

    private void invited(Invited outcome) {
        if (!outcome.issued().isEmpty()) {
            feedback.info("invitations.issued", names(outcome.issued()));
        }
        if (!outcome.alreadyInvited().isEmpty()) {
            feedback.info("invitations.alreadyInvited", names(outcome.alreadyInvited()));
        }
        if (!outcome.joinedDelegation().isEmpty()) {
            feedback.info("invitations.joinedDelegation", outcome.joinedDelegation().stream().map(Person::getName)
                    .collect(Collectors.joining(", ")));
            meetingView.load(); // the participant list and the meeting's version changed
        }
        organisationToInvite = null;
        personToInvite = null;
        refresh();
    }

    private static String names(List<Invitation> invitations) {
        return invitations.stream().map(i -> i.getPerson().getName()).collect(Collectors.joining(", "));
    }

    // --- replies ---

    public void reply(Invitation invitation, InvitationStatus answer) {
        feedback.attempt(FORM, () -> invitationService.reply(invitation.getId(), invitation.getVersion(), answer))
                .ifPresent(replied -> feedback.info("invitations.replied", replied.getPerson().getName(),
                        label(answer)));
        refresh();
    }

    // --- attendance ---

    public void recordAttendance(AttendanceRow row, AttendanceStatus status) {
        Meeting meeting = meetingView.getMeeting();
        feedback.attempt(FORM, () -> invitationService.recordAttendance(meeting.getId(), row.personId(), row.status(),
                status))
                .ifPresent(recorded -> feedback.info("attendance.recorded", row.name(),
                        label(status)));
        refresh();
    }

    // --- helpers ---

    private void refresh() {
        invitations = null;
        attendance = null;
    }

    private void identify() {
        if (!identified) {
            AccountSummary me = accountService.me();
            role = me.getRole();
            organisationId = me.getOrganisationId();
            identified = true;
        }
    }

    /** One participant's attendance line. */
    public record AttendanceRow(long personId, String name, String organisation, AttendanceStatus status)
            implements Serializable {

        public boolean isRecorded() {
            return status != null;
        }

        public long getPersonId() {
            return personId;
        }

        public String getName() {
            return name;
        }

        public String getOrganisation() {
            return organisation;
        }

        public AttendanceStatus getStatus() {
            return status;
        }
    }

    public Long getOrganisationToInvite() {
        return organisationToInvite;
    }

    public void setOrganisationToInvite(Long organisationToInvite) {
        this.organisationToInvite = organisationToInvite;
    }

    public Long getPersonOrganisation() {
        return personOrganisation;
    }

    public void setPersonOrganisation(Long personOrganisation) {
        this.personOrganisation = personOrganisation;
    }

    public Long getPersonToInvite() {
        return personToInvite;
    }

    public void setPersonToInvite(Long personToInvite) {
        this.personToInvite = personToInvite;
    }

    public List<Person> getPeople() {
        return people;
    }

    /** The label of an answer or an attendance status ("InvitationStatus.ACCEPTED" in the bundle). */
    private String label(Enum<?> value) {
        String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
        return feedback.text(key);
    }
}
