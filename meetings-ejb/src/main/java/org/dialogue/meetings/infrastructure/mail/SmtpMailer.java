package org.dialogue.meetings.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.activation.DataHandler;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import org.dialogue.meetings.domain.mail.CalendarAttachment;
import org.dialogue.meetings.domain.mail.OutboxMail;

/**
 * Sends one mail of the outbox through an SMTP server with Jakarta Mail: a plain text part and, when the mail has one,
 * its iCalendar file attached ({@code text/calendar; method=...}). Connecting, reading and writing each give up after
 * {@value #TIMEOUT_MILLIS} ms, well within the sender's claim on the row.
 */
@ApplicationScoped
public class SmtpMailer {

    static final int TIMEOUT_MILLIS = 30_000;

    /** Sends the mail; a {@link MessagingException} says why the server did not take it. */
    public void send(SmtpServer server, OutboxMail mail, Instant now) throws MessagingException {
        Session session = session(server);
        MimeMessage message = compose(session, server, mail, now);
        if (server.signsIn()) {
            Transport.send(message, server.user(), server.password() == null ? "" : server.password());
        } else {
            Transport.send(message);
        }
    }

    static Session session(SmtpServer server) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", server.host());
        properties.put("mail.smtp.port", String.valueOf(server.port()));
        properties.put("mail.smtp.auth", String.valueOf(server.signsIn()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(server.startTls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(server.startTls()));
        properties.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
        properties.put("mail.smtp.timeout", String.valueOf(TIMEOUT_MILLIS));
        properties.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT_MILLIS));
        properties.put("mail.smtp.from", envelopeSender(server.sender()));
        return Session.getInstance(properties);
    }

    /** The bare address of a sender written as {@code Name <address>}, for SMTP's MAIL FROM. */
    static String envelopeSender(String sender) {
        try {
            return new InternetAddress(sender).getAddress();
        } catch (jakarta.mail.internet.AddressException e) {
            return sender;
        }
    }

    /** The message as it is sent; public for the tests that read it back. */
    public static MimeMessage compose(Session session, SmtpServer server, OutboxMail mail, Instant now)
            throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(server.sender()));
        message.setRecipient(Message.RecipientType.TO, recipient(mail));
        message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(now));
        // The outbox row's key makes a stable Message-ID-like header: a receiving system can tell a repeat.
        message.setHeader("X-Meetings-Mail", mail.getDedupKey());

        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getBody(), StandardCharsets.UTF_8.name(), "plain");
        if (mail.getAttachment().isEmpty()) {
            message.setContent(new MimeMultipart(text));
        } else {
            CalendarAttachment attachment = mail.getAttachment().get();
            MimeBodyPart calendar = new MimeBodyPart();
            String type = "text/calendar; charset=UTF-8; method=" + attachment.method();
            calendar.setDataHandler(new DataHandler(
                    new ByteArrayDataSource(attachment.ics().getBytes(StandardCharsets.UTF_8), type)));
            calendar.setFileName(attachment.fileName());
            calendar.setDisposition(MimeBodyPart.ATTACHMENT);
            calendar.setHeader("Content-Type", type + "; name=" + attachment.fileName());
            message.setContent(new MimeMultipart("mixed", text, calendar));
        }
        message.saveChanges();
        return message;
    }

    private static InternetAddress recipient(OutboxMail mail) throws MessagingException {
        try {
            InternetAddress address = new InternetAddress(mail.getRecipientAddress(), mail.getRecipientName(),
                    StandardCharsets.UTF_8.name());
            address.validate();
            return address;
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("Unusable recipient name", e);
        }
    }
}
