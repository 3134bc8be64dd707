package org.dialogue.meetings.application.mail;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.dialogue.meetings.domain.mail.MailKind;
import org.dialogue.meetings.domain.minutes.RoundOutcome;

/**
 * Writes the mails of an approval round from the {@value #BUNDLE} bundle, in the person's language (English where the
 * bundle has none): the circulation with its deadline, the reminder before it, and the outcome. The deadline is the
 * venue's time, with its zone, written the way the language writes a date.
 */
public final class MinutesMailComposer {

    public static final String BUNDLE = "org.dialogue.meetings.application.mail.MinutesMailMessages";

    private MinutesMailComposer() {
    }

    /** What every mail of a round says: which minutes, which round, for which organisation, and where to read them. */
    public record RoundFacts(String meetingTitle, int revision, int round, String organisation, Instant deadline,
            ZoneId venueZone, String minutesLink) {
    }

    public static ComposedMail circulated(RoundFacts facts, String personName, String language) {
        return compose(MailKind.MINUTES_CIRCULATED, "circulated", facts, personName, language, 0, null);
    }

    public static ComposedMail reminder(RoundFacts facts, String personName, String language, int daysLeft) {
        return compose(MailKind.MINUTES_REMINDER, "reminder", facts, personName, language, daysLeft, null);
    }

    /** The outcome: approved (with the SHA-256 of the approved text), or back in draft for a revision. */
    public static ComposedMail outcome(RoundFacts facts, RoundOutcome outcome, String sha256, String personName,
            String language) {
        boolean approved = outcome == RoundOutcome.APPROVED || outcome == RoundOutcome.APPROVED_BY_SILENCE;
        return compose(MailKind.MINUTES_OUTCOME, "outcome." + outcome, facts, personName, language, 0,
                approved ? sha256 : null);
    }

    private static ComposedMail compose(MailKind kind, String key, RoundFacts facts, String personName,
            String language, int days, String sha256) {
        ResourceBundle bundle = bundle(language);
        Locale locale = bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
        Object[] arguments = {facts.meetingTitle(), facts.round(), facts.revision(), facts.organisation(),
            deadline(locale, facts), days, sha256 == null ? "" : sha256, facts.minutesLink(),
            personName == null || personName.isBlank() ? bundle.getString("colleague") : personName};
        StringBuilder body = new StringBuilder();
        body.append(text(bundle, locale, "greeting", arguments)).append("\n\n");
        body.append(text(bundle, locale, "intro." + key, arguments)).append("\n\n");
        if (sha256 != null) {
            body.append(text(bundle, locale, "sha256", arguments)).append('\n').append(sha256).append("\n\n");
        }
        body.append(text(bundle, locale, "link", arguments)).append('\n').append(facts.minutesLink()).append("\n\n");
        body.append("-- \n").append(text(bundle, locale, "signature", arguments)).append('\n');
        return new ComposedMail(text(bundle, locale, "subject." + key, arguments), body.toString());
    }

    /** "Tuesday, 12 October 2027, 17:00 (Europe/Paris)", as the language writes a date and a time. */
    static String deadline(Locale locale, RoundFacts facts) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(locale);
        return format.format(facts.deadline().atZone(facts.venueZone())) + " (" + facts.venueZone().getId() + ")";
    }

    private static String text(ResourceBundle bundle, Locale locale, String key, Object[] arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    private static ResourceBundle bundle(String language) {
        Locale locale = language == null || language.isBlank() ? Locale.ROOT : Locale.forLanguageTag(language);
        return ResourceBundle.getBundle(BUNDLE, locale, MinutesMailComposer.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
