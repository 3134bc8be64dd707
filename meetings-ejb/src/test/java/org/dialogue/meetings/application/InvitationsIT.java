package org.dialogue.meetings.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dialogue.meetings.ServiceDeployment;
import org.dialogue.meetings.application.invitation.InvitationTokens;
import org.dialogue.meetings.application.invitation.SecretStore;
import org.dialogue.meetings.application.invitation.SignedTokens;
import org.dialogue.meetings.domain.audit.AuditEntry;
import org.dialogue.meetings.domain.audit.AuditSearch;
import org.dialogue.meetings.domain.invitation.Invitation;
import org.dialogue.meetings.domain.invitation.InvitationRuleException;
import org.dialogue.meetings.domain.invitation.InvitationStatus;
import org.dialogue.meetings.domain.invitation.MeetingAttendance;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.MeetingKind;
import org.dialogue.meetings.domain.meeting.Participant;
import org.dialogue.meetings.domain.meeting.ParticipantRole;
import org.dialogue.meetings.domain.minutes.Attendance;
import org.dialogue.meetings.domain.minutes.AttendanceStatus;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.domain.organisation.Person;
import org.dialogue.meetings.domain.shared.BusinessRuleException;
import org.dialogue.meetings.domain.shared.StaleRecordException;
import org.dialogue.meetings.testing.ContainerTest;
import org.dialogue.meetings.testing.InvitationFixtures;
import org.dialogue.meetings.testing.MovableClock;
import org.dialogue.meetings.testing.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Invitations, replies and attendance in the container: organisations and persons invited once each, the
 * {@code InvitationIssued} event with a token that verifies, replies by a delegate (own organisation only), by the
 * secretariat and through the e-mail link's token (changed, expired and other-purpose tokens refused), attendance per
 * person, the minutes opened with it, and the audit trail of each. Each test makes its own meeting and people.
 */
@ContainerTest
class InvitationsIT {

    private static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @Inject
    private TestUsers users;

    @Inject
    private InvitationFixtures fixtures;

    @Inject
    private InvitationTokens tokens;

    @Inject
    private SecretStore secrets;

    @Inject
    private MovableClock clock;

    @EJB
    private InvitationService invitationService;

    @EJB
    private MeetingService meetingService;

    @EJB
    private MinutesService minutesService;

    @EJB
    private OrganisationService organisationService;

    @EJB
    private AuditService auditService;

    @BeforeEach
    void accounts() {
        users.ensureAccounts();
    }

    // --- inviting ---

    @Test
    void invitingAnOrganisationInvitesItsDelegationOnceAndFiresTheEventWithAVerifiableToken() {
        Meeting meeting = meeting("Invite organisation");
        Person amina = person("AFRIPOL", "Amina Haddad");
        Person kofi = person("AFRIPOL", "Kofi Mensah");
        fixtures.addToDelegation(meeting.getId(), amina.getId(), ParticipantRole.HEAD_OF_DELEGATION);
        fixtures.addToDelegation(meeting.getId(), kofi.getId(), ParticipantRole.DELEGATE);
        long afripol = acronymId("AFRIPOL");
        long europol = acronymId("EUROPOL");

        // EUROPOL has no delegation yet: refused, with a message saying what to do first
        assertThatThrownBy(() -> users.secretariat().call(() -> invitationService.inviteOrganisation(meeting.getId(),
                europol)))
                .isInstanceOfSatisfying(InvitationRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.invitation.noDelegation");
                    assertThat(e.getMessage()).contains("EUROPOL has no delegation").contains("Add the people");
                });

        Invited first = users.secretariat().call(() -> invitationService.inviteOrganisation(meeting.getId(),
                afripol));
        assertThat(first.issued()).extracting(i -> i.getPerson().getName())
                .containsExactlyInAnyOrder("Amina Haddad", "Kofi Mensah");
        assertThat(first.issued()).allSatisfy(i -> {
            assertThat(i.getStatus()).isEqualTo(InvitationStatus.PENDING);
            assertThat(i.getInvitedBy()).isEqualTo(TestUsers.SECRETARIAT);
        });
        assertThat(first.alreadyInvited()).isEmpty();

        // Asking again changes nothing: no second invitation, no second event (no second mail)
        Invited again = users.secretariat().call(() -> invitationService.inviteOrganisation(meeting.getId(),
                afripol));
        assertThat(again.issued()).isEmpty();
        assertThat(again.alreadyInvited()).hasSize(2);
        List<Invitation> listed = users.secretariat().call(() -> invitationService.ofMeeting(meeting.getId()));
        assertThat(listed).extracting(i -> i.getPerson().getName()).containsExactly("Amina Haddad", "Kofi Mensah");

        // One event per new invitation, fired inside the inviting transaction after the invitation was written;
        // its token names the invitation
        List<Long> ids = first.issued().stream().map(Invitation::getId).toList();
        List<InvitationFixtures.Observed> events = fixtures.observedFor(ids);
        assertThat(events).hasSize(2);
        assertThat(events).allSatisfy(o -> {
            assertThat(o.inTransaction()).as("fired inside the inviting transaction").isTrue();
            assertThat(o.invitationVisible()).as("the invitation is written before the event").isTrue();
            assertThat(tokens.verify(o.event().replyToken())).isEqualTo(o.event().invitationId());
        });
        assertThat(events).extracting(o -> o.event().invitationId()).containsExactlyInAnyOrderElementsOf(ids);

        // The audit trail names who invited
        assertThat(audit("Invitation", ids.get(0))).anySatisfy(e -> {
            assertThat(e.getActor()).isEqualTo(TestUsers.SECRETARIAT);
            assertThat(e.getChanges()).contains("PENDING");
        });
    }

    @Test
    void aPersonInvitedOnTheirOwnJoinsTheirDelegationOnceAndIsInvitedOnce() {
        Meeting meeting = meeting("Invite person");
        Person jan = person("EUROPOL", "Jan Visser");

        Invited invited = users.secretariat().call(() -> invitationService.invitePerson(meeting.getId(),
                jan.getId()));
        assertThat(invited.issued()).singleElement().satisfies(i -> assertThat(i.getPerson().getId())
                .isEqualTo(jan.getId()));
        assertThat(invited.joinedDelegation()).extracting(Person::getName).containsExactly("Jan Visser");
        Meeting after = users.secretariat().call(() -> meetingService.find(meeting.getId())).orElseThrow();
        assertThat(after.getParticipants()).filteredOn(p -> p.getPerson() != null)
                .extracting(Participant::getName, p -> p.getOrganisation().getAcronym(), Participant::getRole)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Jan Visser", "EUROPOL",
                        ParticipantRole.DELEGATE));
        assertThat(after.getVersion()).as("the meeting page's version moves on").isGreaterThan(meeting.getVersion());

        Invited again = users.secretariat().call(() -> invitationService.invitePerson(meeting.getId(),
                jan.getId()));
        assertThat(again.issued()).isEmpty();
        assertThat(again.joinedDelegation()).isEmpty();
        assertThat(again.alreadyInvited()).extracting(Invitation::getId)
                .containsExactly(invited.issued().get(0).getId());
        assertThat(users.secretariat().call(() -> meetingService.find(meeting.getId())).orElseThrow()
                .getParticipants()).hasSize(1);
        assertThat(fixtures.observedFor(List.of(invited.issued().get(0).getId()))).hasSize(1);

        // Now EUROPOL has a delegation: inviting the organisation finds Jan already invited
        Invited organisation = users.secretariat().call(() -> invitationService.inviteOrganisation(meeting.getId(),
                acronymId("EUROPOL")));
        assertThat(organisation.issued()).isEmpty();
        assertThat(organisation.alreadyInvited()).hasSize(1);

        // Only the secretariat invites
        assertThatThrownBy(() -> users.delegate().call(() -> invitationService.invitePerson(meeting.getId(),
                jan.getId()))).isInstanceOf(EJBAccessException.class);
    }

    // --- replies ---

    @Test
    void aDelegateRepliesForTheirOwnOrganisationsPeopleOnlyAndTheSecretariatForAnyone() {
        Meeting meeting = meeting("Replies");
        Person amina = person("AFRIPOL", "Amina Haddad");
        Person jan = person("EUROPOL", "Jan Visser");
        Invitation forAmina = invite(meeting, amina);
        Invitation forJan = invite(meeting, jan);

        Invitation accepted = users.delegate().call(() -> invitationService.reply(forAmina.getId(),
                forAmina.getVersion(), InvitationStatus.ACCEPTED));
        assertThat(accepted.getStatus()).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(accepted.getRespondedBy()).isEqualTo(TestUsers.DELEGATE);
        assertThat(accepted.getRespondedAt()).isNotNull();

        // Never for another organisation's people, even on a meeting the delegate sees
        assertThatThrownBy(() -> users.delegate().call(() -> invitationService.reply(forJan.getId(),
                forJan.getVersion(), InvitationStatus.DECLINED)))
                .isInstanceOfSatisfying(InvitationRuleException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("error.invitation.notOwnOrganisation"));
        assertThatThrownBy(() -> users.secondDelegate().call(() -> invitationService.reply(forAmina.getId(),
                accepted.getVersion(), InvitationStatus.DECLINED))).isInstanceOf(BusinessRuleException.class);
        assertThat(status(meeting, amina)).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(status(meeting, jan)).isEqualTo(InvitationStatus.PENDING);

        // The EUROPOL delegate replies for Jan; the secretariat may record a reply for anyone
        Invitation janTentative = users.secondDelegate().call(() -> invitationService.reply(forJan.getId(),
                forJan.getVersion(), InvitationStatus.TENTATIVE));
        Invitation declined = users.secretariat().call(() -> invitationService.reply(forAmina.getId(),
                accepted.getVersion(), InvitationStatus.DECLINED));
        assertThat(declined.getRespondedBy()).isEqualTo(TestUsers.SECRETARIAT);
        assertThat(janTentative.getStatus()).isEqualTo(InvitationStatus.TENTATIVE);

        // A reply on an outdated page is refused; "pending" is no answer; observers do not reply
        assertThatThrownBy(() -> users.delegate().call(() -> invitationService.reply(forAmina.getId(),
                accepted.getVersion(), InvitationStatus.ACCEPTED))).isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> users.secretariat().call(() -> invitationService.reply(forAmina.getId(),
                declined.getVersion(), InvitationStatus.PENDING))).isInstanceOf(MissingFieldException.class);
        assertThatThrownBy(() -> users.observer().call(() -> invitationService.reply(forAmina.getId(),
                declined.getVersion(), InvitationStatus.ACCEPTED))).isInstanceOf(EJBAccessException.class);

        assertThat(audit("Invitation", forAmina.getId())).extracting(AuditEntry::getActor)
                .contains(TestUsers.DELEGATE, TestUsers.SECRETARIAT);
    }

    @Test
    void theInvitedPersonRepliesThroughTheSignedLinkWithoutSigningInAndOnlyWithAGoodToken() {
        Meeting meeting = meeting("Token reply");
        Person amina = person("AFRIPOL", "Amina Haddad");
        Invitation invitation = invite(meeting, amina);
        String token = fixtures.observedFor(List.of(invitation.getId())).get(0).event().replyToken();

        // Anonymous: no signed-in user, only the token
        Invitation shown = users.anonymous().call(() -> invitationService.findByToken(token));
        assertThat(shown.getId()).isEqualTo(invitation.getId());
        assertThat(shown.getMeeting().getTitle()).isEqualTo(meeting.getTitle());
        assertThat(shown.getPerson().getName()).isEqualTo("Amina Haddad");
        Invitation replied = users.anonymous().call(() -> invitationService.replyByToken(token,
                InvitationStatus.TENTATIVE));
        assertThat(replied.getStatus()).isEqualTo(InvitationStatus.TENTATIVE);
        assertThat(replied.getRespondedBy()).isEqualTo(InvitationService.BY_EMAIL_LINK);
        replied = users.anonymous().call(() -> invitationService.replyByToken(token, InvitationStatus.ACCEPTED));
        assertThat(status(meeting, amina)).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(audit("Invitation", invitation.getId())).anySatisfy(e -> {
            assertThat(e.getActor()).isEqualTo(InvitationService.BY_EMAIL_LINK);
            assertThat(e.getChanges()).contains("ACCEPTED");
        });

        // A changed token: another invitation's id with this signature, or a changed signature
        String signature = token.substring(token.indexOf('.') + 1);
        String otherId = Base64.getUrlEncoder().withoutPadding().encodeToString((InvitationTokens.PURPOSE + "."
                + (invitation.getId() + 1) + "." + meeting.getEndsAt().getEpochSecond()).getBytes());
        for (String changed : List.of(otherId + "." + signature, token.substring(0, token.length() - 4) + "AAAA",
                "", "not-a-token")) {
            assertRefused(changed, "error.invitation.invalidToken");
        }
        // A token signed with the right secret for another purpose
        SignedTokens sameSecret = new SignedTokens(Base64.getUrlDecoder().decode(
                secrets.find(InvitationTokens.STORED_SECRET_NAME).orElseThrow()));
        assertThat(sameSecret.sign(InvitationTokens.PURPOSE, invitation.getId(), meeting.getEndsAt()))
                .as("the stored secret is the one tokens are signed with").isEqualTo(token);
        assertRefused(sameSecret.sign("calendar-feed", invitation.getId(), meeting.getEndsAt()),
                "error.invitation.invalidToken");

        // After the meeting: expired
        try {
            clock.advance(Duration.between(Instant.now(), meeting.getEndsAt()).plusMinutes(1));
            assertRefused(token, "error.invitation.expiredToken");
        } finally {
            clock.reset();
        }
        assertThat(status(meeting, amina)).as("no refused token changed the reply").isEqualTo(
                InvitationStatus.ACCEPTED);
    }

    // --- attendance, and the minutes ---

    @Test
    void theSecretariatRecordsAttendancePerPersonAndTheMinutesOpenWithIt() {
        Meeting meeting = meeting("Attendance");
        Person amina = person("AFRIPOL", "Amina Haddad");
        Person kofi = person("AFRIPOL", "Kofi Mensah");
        Person jan = person("EUROPOL", "Jan Visser");
        Person outsider = person("EUROPOL", "Not Taking Part");
        fixtures.addToDelegation(meeting.getId(), amina.getId(), ParticipantRole.HEAD_OF_DELEGATION);
        fixtures.addToDelegation(meeting.getId(), kofi.getId(), ParticipantRole.DELEGATE);
        fixtures.addToDelegation(meeting.getId(), jan.getId(), ParticipantRole.DELEGATE);
        long afripol = acronymId("AFRIPOL");
        Meeting withNameOnly = users.secretariat().call(() -> meetingService.find(meeting.getId())).orElseThrow();
        users.secretariat().call(() -> meetingService.addParticipant(meeting.getId(), withNameOnly.getVersion(),
                new ParticipantDetails("Recorded By Name", afripol, ParticipantRole.OBSERVER)));

        users.secretariat().run(() -> {
            invitationService.recordAttendance(meeting.getId(), amina.getId(), null, AttendanceStatus.ABSENT);
            invitationService.recordAttendance(meeting.getId(), amina.getId(), AttendanceStatus.ABSENT,
                    AttendanceStatus.PRESENT); // corrected
            invitationService.recordAttendance(meeting.getId(), kofi.getId(), null, AttendanceStatus.EXCUSED);
            invitationService.recordAttendance(meeting.getId(), jan.getId(), null, AttendanceStatus.ABSENT);
        });
        // A page that still shows Amina as absent (or as not recorded) does not overwrite the correction.
        for (AttendanceStatus shown : new AttendanceStatus[] {AttendanceStatus.ABSENT, null}) {
            assertThatThrownBy(() -> users.secretariat().call(() -> invitationService.recordAttendance(
                    meeting.getId(), amina.getId(), shown, AttendanceStatus.EXCUSED)))
                    .isInstanceOf(StaleRecordException.class);
        }
        assertThatThrownBy(() -> users.secretariat().call(() -> invitationService.recordAttendance(meeting.getId(),
                outsider.getId(), null, AttendanceStatus.PRESENT)))
                .isInstanceOfSatisfying(InvitationRuleException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("error.attendance.notAParticipant"));
        assertThatThrownBy(() -> users.delegate().call(() -> invitationService.recordAttendance(meeting.getId(),
                amina.getId(), AttendanceStatus.PRESENT, AttendanceStatus.PRESENT))).isInstanceOf(EJBAccessException.class);

        List<MeetingAttendance> recorded = users.delegate().call(() -> invitationService.attendanceOf(
                meeting.getId()));
        assertThat(recorded).extracting(a -> a.getPerson().getName(), MeetingAttendance::getStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Amina Haddad", AttendanceStatus.PRESENT),
                        org.assertj.core.groups.Tuple.tuple("Kofi Mensah", AttendanceStatus.EXCUSED),
                        org.assertj.core.groups.Tuple.tuple("Jan Visser", AttendanceStatus.ABSENT));
        MeetingAttendance forAmina = recorded.get(0);
        assertThat(audit("Attendance", forAmina.getId())).extracting(AuditEntry::getChanges)
                .anySatisfy(c -> assertThat(c).contains("ABSENT").contains("PRESENT"));

        // The minutes open with the recorded attendance; a participant without a record is present
        Minutes minutes = users.secretariat().call(() -> minutesService.open(meeting.getId()));
        Map<String, AttendanceStatus> inMinutes = minutes.getAttendance().stream()
                .collect(Collectors.toMap(Attendance::getName, Attendance::getStatus));
        assertThat(inMinutes).containsOnly(Map.entry("Amina Haddad", AttendanceStatus.PRESENT),
                Map.entry("Kofi Mensah", AttendanceStatus.EXCUSED), Map.entry("Jan Visser", AttendanceStatus.ABSENT),
                Map.entry("Recorded By Name", AttendanceStatus.PRESENT));
    }

    // --- helpers ---

    private void assertRefused(String token, String messageKey) {
        assertThatThrownBy(() -> users.anonymous().call(() -> invitationService.findByToken(token)))
                .isInstanceOfSatisfying(InvitationRuleException.class,
                        e -> assertThat(e.messageKey()).as(token).isEqualTo(messageKey));
        assertThatThrownBy(() -> users.anonymous().call(() -> invitationService.replyByToken(token,
                InvitationStatus.DECLINED)))
                .isInstanceOfSatisfying(InvitationRuleException.class,
                        e -> assertThat(e.messageKey()).as(token).isEqualTo(messageKey));
    }

    private Invitation invite(Meeting meeting, Person person) {
        return users.secretariat().call(() -> invitationService.invitePerson(meeting.getId(), person.getId()))
                .issued().get(0);
    }

    private InvitationStatus status(Meeting meeting, Person person) {
        return users.secretariat().call(() -> invitationService.ofMeeting(meeting.getId())).stream()
                .filter(i -> i.getPerson().getId().equals(person.getId())).findFirst().orElseThrow().getStatus();
    }

    private List<AuditEntry> audit(String recordKind, long recordId) {
        return users.administrator().call(() -> auditService.search(new AuditSearch(null, recordKind, recordId,
                null, null, null), 0, 50));
    }

    private Person person(String organisation, String name) {
        return fixtures.person(organisation, name, unique() + "@example.org");
    }

    private Meeting meeting(String title) {
        long afripol = acronymId("AFRIPOL");
        long europol = acronymId("EUROPOL");
        return users.secretariat().call(() -> meetingService.schedule(new MeetingDetails(
                MeetingKind.JOINT_OPERATIONAL_MEETING, title + " " + unique(), LocalDateTime.of(2030, 5, 6, 9, 0),
                LocalDateTime.of(2030, 5, 6, 17, 0), NAIROBI, "United Nations Office", "Room " + unique(), "Nairobi", "Kenya",
                Set.of(afripol, europol), null, null)));
    }

    private long acronymId(String acronym) {
        return users.secretariat().call(() -> organisationService.findByAcronym(acronym)).orElseThrow().getId();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
