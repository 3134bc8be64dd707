package org.dialogue.meetings.application.mail;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.ResourceBundle;
import org.dialogue.meetings.domain.mail.CalendarAttachment;
import org.dialogue.meetings.domain.mail.MailKind;
import org.dialogue.meetings.domain.shared.LocalFormats;

/**
 * Writes the mails' subjects and bodies from the {@value #BUNDLE} bundle, in the person's preferred language where the
 * bundle has it and in English otherwise. Times are the venue's, with its zone, as everywhere in the application.
 */
public final class MailComposer {

    public static final String BUNDLE = "org.dialogue.meetings.application.mail.MailMessages";

    private MailComposer() {
    }

    /** The invitation: the meeting, the reply link, and a word on the attached calendar file. */
    public static ComposedMail invitation(MeetingFacts meeting, String personName, String language, String replyLink,
            CalendarAttachment attachment) {
        return compose(MailKind.INVITATION, meeting, personName, language, 0, replyLink, attachment);
    }

    /** A new time, a new place or a cancellation. */
    public static ComposedMail change(MailKind kind, MeetingFacts meeting, String personName, String language,
            CalendarAttachment attachment) {
        if (kind != MailKind.RESCHEDULED && kind != MailKind.MOVED && kind != MailKind.CANCELLED) {
            throw new IllegalArgumentException("Not a change: " + kind);
        }
        return compose(kind, meeting, personName, language, 0, null, attachment);
    }

    public static ComposedMail reminder(MeetingFacts meeting, String personName, String language, int daysBefore) {
        return compose(MailKind.REMINDER, meeting, personName, language, daysBefore, null, null);
    }

    private static ComposedMail compose(MailKind kind, MeetingFacts meeting, String personName, String language,
            int days, String replyLink, CalendarAttachment attachment) {
        ResourceBundle bundle = bundle(language);
        Locale locale = bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
        Object[] arguments = {meeting.title(), when(bundle, locale, meeting), meeting.venue(),
            personName == null || personName.isBlank() ? bundle.getString("colleague") : personName, days,
            attachment == null ? "" : attachment.fileName(), meeting.pageLink()};
        String subject = text(bundle, locale, "subject." + kind, arguments);
        StringBuilder body = new StringBuilder();
        body.append(text(bundle, locale, "greeting", arguments)).append("\n\n");
        body.append(text(bundle, locale, "intro." + kind, arguments)).append("\n\n");
        body.append(text(bundle, locale, "when", arguments)).append('\n');
        if (!meeting.venue().isBlank()) {
            body.append(text(bundle, locale, "where", arguments)).append('\n');
        }
        body.append('\n');
        if (replyLink != null) {
            body.append(text(bundle, locale, "reply", arguments)).append('\n').append(replyLink).append("\n\n");
        }
        if (attachment != null) {
            body.append(text(bundle, locale, "calendar." + attachment.method(), arguments)).append("\n\n");
        }
        body.append(text(bundle, locale, "page", arguments)).append("\n\n");
        body.append("-- \n").append(text(bundle, locale, "signature", arguments)).append('\n');
        return new ComposedMail(subject, body.toString());
    }

    /**
     * "Tuesday, October 12, 2027, 10:00 to 12:00 (Europe/Paris, UTC+02:00)": the day in the language's own full
     * format ({@link LocalFormats#fullDate}), so Spanish reads "martes, 12 de octubre de 2027".
     */
    static String when(ResourceBundle bundle, Locale locale, MeetingFacts meeting) {
        boolean sameDay = meeting.start().toLocalDate().equals(meeting.end().toLocalDate());
        String start = dayAndTime(bundle, locale, meeting.start());
        String end = sameDay ? LocalFormats.TIME.format(meeting.end()) : dayAndTime(bundle, locale, meeting.end());
        ZoneOffset startOffset = meeting.start().getOffset();
        ZoneOffset endOffset = meeting.end().getOffset();
        String zone = meeting.start().getZone().getId() + ", " + utc(startOffset)
                + (startOffset.equals(endOffset) ? "" : " / " + utc(endOffset));
        return text(bundle, locale, sameDay ? "time.sameDay" : "time.days", new Object[] {start, end, zone});
    }

    private static String dayAndTime(ResourceBundle bundle, Locale locale, ZonedDateTime time) {
        return text(bundle, locale, "format.dayAndTime",
                new Object[] {LocalFormats.fullDate(locale).format(time), LocalFormats.TIME.format(time)});
    }

    private static String utc(ZoneOffset offset) {
        return "UTC" + (offset.getTotalSeconds() == 0 ? "" : offset.getId());
    }

    private static String text(ResourceBundle bundle, Locale locale, String key, Object[] arguments) {
        return LocalFormats.message(bundle.getString(key), locale, arguments);
    }

    private static ResourceBundle bundle(String language) {
        Locale locale = language == null || language.isBlank() ? Locale.ROOT : Locale.forLanguageTag(language);
        return ResourceBundle.getBundle(BUNDLE, locale, MailComposer.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
