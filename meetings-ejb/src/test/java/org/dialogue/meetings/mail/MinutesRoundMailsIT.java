package org.dialogue.meetings.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.dialogue.meetings.ServiceDeployment;
import org.dialogue.meetings.application.AgendaItemDetails;
import org.dialogue.meetings.application.MeetingDetails;
import org.dialogue.meetings.application.MeetingService;
import org.dialogue.meetings.application.MinutesService;
import org.dialogue.meetings.application.OrganisationService;
import org.dialogue.meetings.application.mail.OutboxSender;
import org.dialogue.meetings.domain.mail.MailKind;
import org.dialogue.meetings.domain.mail.OutboxMail;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.MeetingKind;
import org.dialogue.meetings.domain.meeting.ParticipantRole;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.testing.ContainerTest;
import org.dialogue.meetings.testing.MovableClock;
import org.dialogue.meetings.testing.TestMailSettings;
import org.dialogue.meetings.testing.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mails of an approval round, sent through the real outbox to GreenMail and read back: each organisation asked to
 * answer hears, through its people taking part who have an address and in each one's language, that the minutes are
 * circulated (deadline and link), is reminded before the deadline while it has not answered, and learns the outcome
 * (approved with the SHA-256, or back in draft). Each mail once.
 */
@ContainerTest
class MinutesRoundMailsIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @Inject
    private TestUsers users;

    @Inject
    private TestMailSettings mailSettings;

    @Inject
    private MovableClock clock;

    @EJB
    private OutboxSender sender;

    @EJB
    private MeetingService meetingService;

    @EJB
    private MinutesService minutesService;

    @EJB
    private OrganisationService organisationService;

    @EJB
    private MailOutboxIT.OutboxFixtures fixtures;

    private GreenMailInbox smtp;

    @BeforeEach
    void start() {
        users.ensureAccounts();
        smtp = new GreenMailInbox().start();
        mailSettings.useServer(smtp.settings());
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void eachOrganisationHearsOfTheRoundIsRemindedUntilItAnswersAndLearnsTheApproval() throws Exception {
        String amina = address("amina");
        String jan = address("jan");
        String outsider = address("not-taking-part");
        long aminaId = fixtures.person("AFRIPOL", "Amina Diallo", amina, "fr");
        long janId = fixtures.person("EUROPOL", "Jan Novak", jan, "es");
        fixtures.person("AFRIPOL", "Not Taking Part", outsider, null);
        Minutes minutes = circulated(meetingWith(aminaId, janId), Duration.ofDays(7));
        Instant deadline = minutes.currentRound().orElseThrow().getDeadline();

        assertThat(fixtures.mail("minutes-circulated:" + minutes.getId() + ":1:" + aminaId).getKind())
                .isEqualTo(MailKind.MINUTES_CIRCULATED);
        sender.sendDue();
        MimeMessage toAmina = smtp.receivedBy(amina, 1).get(0);
        assertThat(toAmina.getSubject()).startsWith("Procès-verbal à approuver avant le ")
                .endsWith(minutes.getMeeting().getTitle());
        assertThat(GreenMailInbox.text(toAmina)).contains("Bonjour Amina Diallo,", "tour 1", "AFRIPOL est invitée",
                "/minutes/view.xhtml?id=" + minutes.getId());
        MimeMessage toJan = smtp.receivedBy(jan, 1).get(0);
        // Spanish writes its dates with "de": "domingo, 13 de diciembre de 2026".
        int year = deadline.atZone(PARIS).getYear();
        assertThat(GreenMailInbox.text(toJan)).contains("Estimado/a Jan Novak:", "EUROPOL", "de " + year, "(Europe/Paris)");
        assertThat(smtp.receivedBy(outsider, 0)).as("only people taking part in the meeting").isEmpty();

        // AFRIPOL approves; a day before the deadline only EUROPOL, which has not answered, is reminded, once.
        users.delegate().call(() -> minutesService.approve(minutes.getId(), 1));
        clock.advance(Duration.ofDays(6).plusHours(1));
        fixtures.reminders();
        fixtures.reminders();
        assertThat(fixtures.mail("minutes-reminder:" + minutes.getId() + ":1:1:" + janId).getKind())
                .isEqualTo(MailKind.MINUTES_REMINDER);
        assertThat(fixtures.mailsTo(amina)).extracting(OutboxMail::getKind)
                .containsExactly(MailKind.MINUTES_CIRCULATED);
        sender.sendDue();
        assertThat(smtp.receivedBy(jan, 2).get(1).getSubject()).startsWith("Recordatorio: acta para aprobar antes de mañana");

        // EUROPOL approves: both hear of the approval, with the SHA-256 of the approved text.
        Minutes approved = users.secondDelegate().call(() -> minutesService.approve(minutes.getId(), 1));
        sender.sendDue();
        MimeMessage outcome = smtp.receivedBy(amina, 2).get(1);
        assertThat(outcome.getSubject()).isEqualTo("Procès-verbal approuvé : " + minutes.getMeeting().getTitle());
        assertThat(GreenMailInbox.text(outcome)).contains(approved.getApprovedSha256());
        assertThat(GreenMailInbox.text(smtp.receivedBy(jan, 3).get(2))).contains(approved.getApprovedSha256());
        sender.sendDue();
        assertThat(smtp.receivedBy(amina, 3)).as("each mail once (waits for a third that never comes)").hasSize(2);
    }

    @Test
    void aRoundEndedWithCommentsOrWithdrawnSendsTheMinutesBackToDraftInEveryonesMail() throws Exception {
        String amina = address("amina");
        long aminaId = fixtures.person("AFRIPOL", "Amina Diallo", amina, null);
        Minutes minutes = circulated(meetingWith(aminaId), Duration.ofDays(3));

        users.delegate().call(() -> minutesService.comment(minutes.getId(), 1, "Add the dates.", null));
        clock.advance(Duration.ofDays(4));
        users.secretariat().call(() -> minutesService.closeDueRounds());
        sender.sendDue();
        List<MimeMessage> received = smtp.receivedBy(amina, 2);
        assertThat(received.get(1).getSubject()).isEqualTo("Minutes back in draft: " + minutes.getMeeting().getTitle());
        assertThat(GreenMailInbox.text(received.get(1))).contains("Round 1", "closed on", "with comments")
                .doesNotContain("SHA-256");

        // Round 2, then withdrawn by the secretariat to revise it.
        Minutes draft = users.secretariat().call(() -> minutesService.find(minutes.getId())).orElseThrow();
        Minutes second = users.secretariat().call(() -> minutesService.circulate(draft.getId(), draft.getVersion(),
                clock.clock().instant().plus(Duration.ofDays(7))));
        sender.sendDue();
        smtp.receivedBy(amina, 3);
        users.secretariat().call(() -> minutesService.revise(second.getId(), second.getVersion(), "More dates"));
        sender.sendDue();
        received = smtp.receivedBy(amina, 4);
        assertThat(received).extracting(MimeMessage::getSubject).containsExactly(
                "Minutes to approve by " + subjectDeadline(received.get(0)) + ": " + minutes.getMeeting().getTitle(),
                "Minutes back in draft: " + minutes.getMeeting().getTitle(),
                "Minutes to approve by " + subjectDeadline(received.get(2)) + ": " + minutes.getMeeting().getTitle(),
                "Minutes back in draft: " + minutes.getMeeting().getTitle());
        assertThat(GreenMailInbox.text(received.get(3))).contains("withdrew", "round 2");
    }

    // --- helpers ---

    /** A meeting co-organised by AFRIPOL, with one agenda item and these people taking part. */
    private Meeting meetingWith(long... personIds) {
        return users.secretariat().call(() -> {
            long afripol = organisationService.findByAcronym("AFRIPOL").orElseThrow().getId();
            LocalDateTime start = LocalDateTime.of(2031, 5, 5, 9, 0);
            Meeting meeting = meetingService.schedule(new MeetingDetails(MeetingKind.JOINT_OPERATIONAL_MEETING,
                    "Round mails " + UUID.randomUUID().toString().substring(0, 8), start, start.plusHours(4), PARIS,
                    null, null, "Lyon", "France", Set.of(afripol), null, null));
            meeting = meetingService.addAgendaItem(meeting.getId(), meeting.getVersion(),
                    new AgendaItemDetails("Opening", null, 15, null));
            for (long personId : personIds) {
                meeting = meetingService.addPersonAsParticipant(meeting.getId(), meeting.getVersion(), personId,
                        ParticipantRole.DELEGATE, true);
            }
            return meeting;
        });
    }

    private Minutes circulated(Meeting meeting, Duration deadlineIn) {
        return users.secretariat().call(() -> {
            Minutes opened = minutesService.open(meeting.getId());
            return minutesService.circulate(opened.getId(), opened.getVersion(), clock.clock().instant().plus(deadlineIn));
        });
    }

    /** The deadline as a subject writes it ("Minutes to approve by <deadline>: <title>"). */
    private static String subjectDeadline(MimeMessage message) throws Exception {
        String subject = message.getSubject();
        return subject.substring("Minutes to approve by ".length(), subject.lastIndexOf(": "));
    }

    private static String address(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
