package org.dialogue.meetings.application.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.dialogue.meetings.domain.mail.CalendarAttachment;
import org.dialogue.meetings.domain.mail.MailKind;
import org.junit.jupiter.api.Test;

class MailComposerTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final MeetingFacts LYON = new MeetingFacts(42L, "Joint operational meeting",
            ZonedDateTime.of(LocalDateTime.of(2030, 3, 4, 9, 0), PARIS),
            ZonedDateTime.of(LocalDateTime.of(2030, 3, 4, 17, 30), PARIS), "Headquarters, Room 1, Lyon, France",
            "https://meetings.example.org/meetings/view.xhtml?id=42");
    private static final CalendarAttachment REQUEST = new CalendarAttachment("BEGIN:VCALENDAR", "REQUEST");
    private static final CalendarAttachment CANCEL = new CalendarAttachment("BEGIN:VCALENDAR", "CANCEL");

    @Test
    void anInvitationGivesTheVenuesTimeWithItsZoneThePlaceAndTheReplyLink() {
        ComposedMail mail = MailComposer.invitation(LYON, "Amina Diallo", null,
                "https://meetings.example.org/invitations/reply.xhtml?token=abc", REQUEST);
        assertThat(mail.subject()).isEqualTo("Invitation: Joint operational meeting, Monday, March 4, 2030, 09:00 to"
                + " 17:30 (Europe/Paris, UTC+01:00)");
        assertThat(mail.body()).isEqualTo("""
                Dear Amina Diallo,

                You are invited to the meeting "Joint operational meeting".

                When: Monday, March 4, 2030, 09:00 to 17:30 (Europe/Paris, UTC+01:00)
                Where: Headquarters, Room 1, Lyon, France

                Please reply (accept, decline or tentative) here, no sign-in needed:
                https://meetings.example.org/invitations/reply.xhtml?token=abc

                The attached calendar file (invite.ics) adds the meeting to your calendar, or updates it there.

                The meeting's page (for users of the application): https://meetings.example.org/meetings/view.xhtml?id=42

                --\s
                Dialogue Meetings, on behalf of the secretariat
                """);
    }

    @Test
    void aMeetingAcrossTheEndOfSummerTimeShowsBothOffsets() {
        MeetingFacts overnight = new MeetingFacts(1L, "Two-day meeting",
                ZonedDateTime.of(LocalDateTime.of(2027, 10, 30, 10, 0), PARIS),
                ZonedDateTime.of(LocalDateTime.of(2027, 10, 31, 12, 0), PARIS), "", "https://x/meetings/view.xhtml?id=1");
        ComposedMail english = MailComposer.reminder(overnight, "Jan", "en", 1);
        assertThat(english.subject()).isEqualTo("Reminder: Two-day meeting tomorrow, Saturday, October 30, 2027, 10:00"
                + " to Sunday, October 31, 2027, 12:00 (Europe/Paris, UTC+02:00 / UTC+01:00)");
        assertThat(english.body()).contains("The meeting \"Two-day meeting\" is tomorrow.").doesNotContain("Where:")
                .doesNotContain("calendar file").doesNotContain("reply");
        // A person whose language is French gets it in French, with the same offsets (French spacing: no-break space).
        ComposedMail french = MailComposer.reminder(overnight, "Jan", "fr", 1);
        assertThat(french.subject().replace('\u00a0', ' ')).isEqualTo("Rappel : Two-day meeting demain, du samedi"
                + " 30 octobre 2027, 10:00 au dimanche 31 octobre 2027, 12:00 (Europe/Paris, UTC+02:00 / UTC+01:00)");
        assertThat(french.body().replace('\u00a0', ' ')).contains("La réunion « Two-day meeting » a lieu demain.")
                .doesNotContain("Lieu :").doesNotContain("Veuillez répondre");
    }

    @Test
    void eachLanguageWritesTheDayItsOwnWayAndArabicInLatinDigits() {
        MeetingFacts madrid = new MeetingFacts(3L, "Reunión conjunta",
                ZonedDateTime.of(LocalDateTime.of(2027, 10, 12, 10, 0), ZoneId.of("Europe/Madrid")),
                ZonedDateTime.of(LocalDateTime.of(2027, 10, 12, 12, 0), ZoneId.of("Europe/Madrid")), "Madrid", "link");

        assertThat(MailComposer.reminder(madrid, "Ana", "es", 1).body())
                .contains("martes, 12 de octubre de 2027, 10:00 a 12:00 (Europe/Madrid, UTC+02:00)");
        String arabic = MailComposer.reminder(madrid, "Ana", "ar", 7).body();
        assertThat(arabic).contains("الثلاثاء، 12 أكتوبر 2027، 10:00").contains("بعد 7 أيام")
                .doesNotContainPattern("[\u0660-\u0669]");
    }

    @Test
    void changesSayWhatChanged() {
        assertThat(MailComposer.change(MailKind.RESCHEDULED, LYON, "Jan", "en", REQUEST).body())
                .contains("has a new time").contains("(invite.ics) adds the meeting to your calendar");
        assertThat(MailComposer.change(MailKind.MOVED, LYON, "Jan", "en", REQUEST).subject())
                .isEqualTo("New place: Joint operational meeting, Headquarters, Room 1, Lyon, France");
        ComposedMail cancelled = MailComposer.change(MailKind.CANCELLED, LYON, "Jan", "en", CANCEL);
        assertThat(cancelled.subject()).startsWith("Cancelled: Joint operational meeting, Monday, March 4, 2030");
        assertThat(cancelled.body()).contains("is cancelled")
                .contains("The attached calendar file (cancel.ics) removes the meeting from your calendar.");
        assertThatThrownBy(() -> MailComposer.change(MailKind.INVITATION, LYON, "Jan", "en", REQUEST))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void remindersCountTheDays() {
        assertThat(MailComposer.reminder(LYON, "Jan", null, 7).subject())
                .startsWith("Reminder: Joint operational meeting in 7 days, Monday, March 4, 2030");
        assertThat(MailComposer.reminder(LYON, null, null, 14).body()).startsWith("Dear colleague,")
                .contains("is in 14 days.");
    }

    @Test
    void aHalfHourZoneIsWrittenWithItsOffset() {
        ZoneId kolkata = ZoneId.of("Asia/Kolkata");
        MeetingFacts delhi = new MeetingFacts(2L, "Regional meeting",
                ZonedDateTime.of(LocalDateTime.of(2030, 3, 5, 9, 30), kolkata),
                ZonedDateTime.of(LocalDateTime.of(2030, 3, 5, 13, 0), kolkata), "New Delhi", "link");
        assertThat(MailComposer.reminder(delhi, "A", null, 1).body())
                .contains("When: Tuesday, March 5, 2030, 09:30 to 13:00 (Asia/Kolkata, UTC+05:30)");
    }
}
