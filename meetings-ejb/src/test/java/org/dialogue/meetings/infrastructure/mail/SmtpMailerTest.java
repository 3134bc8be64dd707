package org.dialogue.meetings.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.dialogue.meetings.domain.mail.CalendarAttachment;
import org.dialogue.meetings.domain.mail.MailKind;
import org.dialogue.meetings.domain.mail.OutboxMail;
import org.junit.jupiter.api.Test;

/** The message as it goes on the wire, written out and read back. */
class SmtpMailerTest {

    private static final Instant NOW = Instant.parse("2030-01-15T10:00:00Z");
    private static final SmtpServer SERVER = new SmtpServer("smtp.example.org", 2525, "bot", "pw", true,
            "Dialogue Secretariat <secretariat@example.org>");
    private static final String ICS = "BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nSUMMARY:Réunion à Genève\r\nEND:VCALENDAR\r\n";

    private static MimeMessage roundTrip(OutboxMail mail) throws Exception {
        Session session = SmtpMailer.session(SERVER);
        MimeMessage message = SmtpMailer.compose(session, SERVER, mail, NOW);
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        message.writeTo(wire);
        return new MimeMessage(session, new ByteArrayInputStream(wire.toByteArray()));
    }

    @Test
    void aMailWithItsCalendarFileAttached() throws Exception {
        MimeMessage read = roundTrip(new OutboxMail("change:1:2:3", MailKind.CANCELLED, 1L, 3L, "Zoë Müller",
                "zoe@example.org", "Cancelled: Réunion à Genève", "Dear Zoë,\n\nCancelled.\n",
                new CalendarAttachment(ICS, CalendarAttachment.CANCEL), true, NOW));

        assertThat(read.getSubject()).isEqualTo("Cancelled: Réunion à Genève");
        assertThat(read.getFrom()[0].toString()).isEqualTo("Dialogue Secretariat <secretariat@example.org>");
        assertThat(read.getRecipients(Message.RecipientType.TO)[0].toString()).contains("zoe@example.org");
        assertThat(read.getHeader("X-Meetings-Mail")).containsExactly("change:1:2:3");
        assertThat(read.getSentDate().toInstant()).isEqualTo(NOW);
        MimeMultipart parts = (MimeMultipart) read.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/mixed");
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("utf-8");
        // Text travels with CRLF line ends (MIME's canonical form).
        assertThat(((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n"))
                .isEqualTo("Dear Zoë,\n\nCancelled.\n");
        BodyPart calendar = parts.getBodyPart(1);
        assertThat(calendar.getContentType()).startsWith("text/calendar").contains("method=CANCEL")
                .containsIgnoringCase("charset=UTF-8");
        assertThat(calendar.getDisposition()).isEqualTo(BodyPart.ATTACHMENT);
        assertThat(calendar.getFileName()).isEqualTo("cancel.ics");
        try (InputStream in = calendar.getInputStream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(ICS);
        }
    }

    @Test
    void aMailWithoutAttachmentIsTextAlone() throws Exception {
        MimeMessage read = roundTrip(new OutboxMail("reminder:1:7:3", MailKind.REMINDER, 1L, 3L, "Jan",
                "jan@example.org", "Reminder", "Body", null, true, NOW));
        MimeMultipart parts = (MimeMultipart) read.getContent();
        assertThat(parts.getCount()).isEqualTo(1);
        assertThat(parts.getBodyPart(0).getContent()).isEqualTo("Body");
    }

    @Test
    void theSessionSignsInUpgradesWithStartTlsAndGivesUpInTime() {
        Session session = SmtpMailer.session(SERVER);
        assertThat(session.getProperty("mail.smtp.host")).isEqualTo("smtp.example.org");
        assertThat(session.getProperty("mail.smtp.port")).isEqualTo("2525");
        assertThat(session.getProperty("mail.smtp.auth")).isEqualTo("true");
        assertThat(session.getProperty("mail.smtp.starttls.enable")).isEqualTo("true");
        assertThat(session.getProperty("mail.smtp.starttls.required")).isEqualTo("true");
        assertThat(session.getProperty("mail.smtp.timeout")).isEqualTo("30000");
        assertThat(session.getProperty("mail.smtp.connectiontimeout")).isEqualTo("30000");
        assertThat(session.getProperty("mail.smtp.from")).isEqualTo("secretariat@example.org");
    }
}
