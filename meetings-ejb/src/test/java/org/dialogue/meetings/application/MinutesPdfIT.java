package org.dialogue.meetings.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.dialogue.meetings.ServiceDeployment;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.MeetingKind;
import org.dialogue.meetings.domain.meeting.ParticipantRole;
import org.dialogue.meetings.domain.minutes.AttendanceStatus;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.domain.shared.RecordNotFoundException;
import org.dialogue.meetings.testing.ContainerTest;
import org.dialogue.meetings.testing.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The PDF of minutes through the real services, on the migrated database: minutes opened and saved by the secretariat
 * print with their content and the DRAFT mark; the PDF follows the same need-to-know as the minutes themselves. The
 * meeting is RESTRICTED, co-organised by INTERPOL and EUROPOL: the AFRIPOL delegate does not take part, the EUROPOL
 * delegate does.
 */
@ContainerTest
class MinutesPdfIT {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @Inject
    private TestUsers users;

    @EJB
    private MeetingService meetingService;

    @EJB
    private OrganisationService organisationService;

    @EJB
    private MinutesService minutesService;

    @BeforeEach
    void accounts() {
        users.ensureAccounts();
    }

    @Test
    void theSecretariatPrintsASavedDraftWithItsContentAndTheDraftMark() throws Exception {
        String title = "Réunion conjointe " + unique();
        Minutes draft = users.secretariat().call(() -> savedDraft(title, "Room Ω"));

        byte[] pdf = users.secretariat().call(() -> minutesService.pdf(draft.getId(), Locale.ENGLISH));

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = PdfText.of(pdf);
        assertThat(text).contains(title, "Joint operational meeting", "2030-05-14 09:30 Europe/Brussels",
                "Conference centre, Room Ω, Bruxelles, Belgique", "Draft (not circulated)");
        assertThat(text).contains("Jan Novák: Present", "Søren Ødegård: Absent", "1. Sécurité des données",
                "Notes on the exchange, in bold and a list: • first • second",
                "Decision 1. Both organisations exchange liaison officers. (agenda item 1)");
        assertThat(text).containsSubsequence("Share the contact list", "EUROPOL", "Jan Novák", "2030-06-30", "Open");
        assertThat(text).doesNotContain("<p>", "<b>", "<script", "alert(");
        assertThat(PdfText.diagonalMarks(pdf)).isNotEmpty().containsOnly(MinutesPdf.DRAFT_MARK);
        assertThat(MinutesPdf.fileName(draft)).isEqualTo("minutes-" + draft.getMeeting().getId() + "-rev1.pdf");

        // The same minutes in Arabic: the shipped font found in the deployed jar, the headings joined and read back.
        byte[] arabic = users.secretariat().call(() -> minutesService.pdf(draft.getId(), Locale.forLanguageTag("ar")));
        assertThat(PdfText.normalised(arabic)).contains(title, "محضر الاجتماع", "اجتماع عملياتي مشترك", "الحضور",
                "جدول الأعمال والملاحظات", "القرارات", "الإجراءات المطلوبة", "مسودة (لم تعمم)");
        assertThat(PdfText.drawn(arabic)).as("محضر drawn with joined letters").contains("\uFEAE\uFEC0\uFEA4\uFEE3");
        assertThat(PdfText.missingGlyphs(arabic)).isZero();
    }

    @Test
    void thePdfFollowsTheNeedToKnowOfTheMinutes() throws Exception {
        Minutes draft = users.secretariat().call(() -> savedDraft("Need to know " + unique(), "Room " + unique()));
        long id = draft.getId();

        // Never circulated: the delegations do not read the draft yet, not even one taking part.
        assertThatThrownBy(() -> users.secondDelegate().call(() -> minutesService.pdf(id, Locale.ENGLISH)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> users.delegate().call(() -> minutesService.pdf(id, Locale.ENGLISH)))
                .isInstanceOf(RecordNotFoundException.class);

        users.secretariat().run(() -> minutesService.circulate(id, minutesService.find(id).orElseThrow().getVersion(),
                Instant.now().plus(Duration.ofDays(14))));

        // Circulated: EUROPOL takes part and reads it, still marked DRAFT; AFRIPOL does not take part in this
        // restricted meeting, and the minutes answer as if they did not exist.
        byte[] europol = users.secondDelegate().call(() -> minutesService.pdf(id, Locale.ENGLISH));
        assertThat(PdfText.of(europol)).contains("Circulated for approval, not approved", "Round 1", "EUROPOL",
                "No answer yet");
        assertThat(PdfText.diagonalMarks(europol)).containsOnly(MinutesPdf.DRAFT_MARK);
        assertThatThrownBy(() -> users.delegate().call(() -> minutesService.pdf(id, Locale.ENGLISH)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> users.secretariat().call(() -> minutesService.pdf(-1L, Locale.ENGLISH)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    /** A restricted meeting of INTERPOL and EUROPOL with one agenda item, its minutes opened and saved once. */
    private Minutes savedDraft(String title, String room) {
        long europol = acronymId("EUROPOL");
        Meeting meeting = meetingService.schedule(new MeetingDetails(MeetingKind.JOINT_OPERATIONAL_MEETING, title,
                LocalDateTime.of(2030, 5, 14, 9, 30), LocalDateTime.of(2030, 5, 14, 17, 0), BRUSSELS,
                "Conference centre", room, "Bruxelles", "Belgique", Set.of(acronymId("INTERPOL"), europol),
                null, null));
        long meetingId = meeting.getId();
        meeting = meetingService.addAgendaItem(meetingId, meeting.getVersion(),
                new AgendaItemDetails("Sécurité des données", europol, 60, null));
        meeting = meetingService.addParticipant(meetingId, meeting.getVersion(),
                new ParticipantDetails("Jan Novák", europol, ParticipantRole.HEAD_OF_DELEGATION));
        long agendaItemId = meeting.getAgenda().get(0).getId();

        Minutes opened = minutesService.open(meetingId);
        MinutesDraft draft = new MinutesDraft(
                List.of(new MinutesDraft.Notes(opened.getItems().get(0).getId(),
                        "<p>Notes on the exchange, <b>in bold</b> and a list:</p><ul><li>first</li><li>second</li></ul>"
                                + "<script>alert('x')</script>")),
                List.of(new MinutesDraft.AttendanceLine("Jan Novák", europol, AttendanceStatus.PRESENT, false),
                        new MinutesDraft.AttendanceLine("Søren Ødegård", europol, AttendanceStatus.ABSENT, false)),
                List.of(new MinutesDraft.DecisionLine("Both organisations exchange liaison officers.", agendaItemId,
                        null)),
                List.of(new MinutesDraft.ActionLine(null, "Share the contact list", europol, "Jan Novák",
                        LocalDate.of(2030, 6, 30), 1, null)));
        return minutesService.saveDraft(opened.getId(), opened.getVersion(), draft);
    }

    private long acronymId(String acronym) {
        return organisationService.findByAcronym(acronym).orElseThrow().getId();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
