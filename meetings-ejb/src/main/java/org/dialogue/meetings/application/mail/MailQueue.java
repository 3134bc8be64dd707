package org.dialogue.meetings.application.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.dialogue.meetings.application.calendar.CalendarMethod;
import org.dialogue.meetings.application.calendar.MeetingCalendar;
import org.dialogue.meetings.domain.invitation.Invitation;
import org.dialogue.meetings.domain.invitation.InvitationIssued;
import org.dialogue.meetings.domain.mail.CalendarAttachment;
import org.dialogue.meetings.domain.mail.MailKind;
import org.dialogue.meetings.domain.mail.OutboxMail;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.MeetingChange;
import org.dialogue.meetings.domain.meeting.MeetingChanged;
import org.dialogue.meetings.domain.account.UserAccount;
import org.dialogue.meetings.domain.organisation.Person;
import org.dialogue.meetings.infrastructure.mail.MailSettings;
import org.dialogue.meetings.infrastructure.persistence.OutboxRepository;

/**
 * Puts mails in the outbox. The invitation and change notices are queued by observing the events that the services
 * fire inside their transactions (synchronous observers): the mail commits, or rolls back, with the invitation or the
 * change. Without a configured mail server they are recorded as not sent (shown on the mail page, and sent from there
 * once a server is configured). Reminders are queued by {@link #queueReminders} from the periodic job, only while a
 * server is configured.
 */
@ApplicationScoped
public class MailQueue {

    public static final String REPLY_PAGE = "/invitations/reply.xhtml?token=";

    @Inject
    private OutboxRepository outbox;

    @Inject
    private MailSettings settings;

    @Inject
    private MeetingCalendar calendars;

    @Inject
    private Clock clock;

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    /** The invitation mail, with the reply link and the meeting's calendar file. */
    public void invitationIssued(@Observes InvitationIssued event) {
        String key = "invitation:" + event.invitationId();
        if (outbox.contains(key)) {
            return;
        }
        Invitation invitation = em.find(Invitation.class, event.invitationId());
        if (invitation == null) {
            throw new IllegalStateException("No invitation " + event.invitationId() + " to write the mail of");
        }
        Meeting meeting = invitation.getMeeting();
        Person person = invitation.getPerson();
        String publicUrl = settings.publicUrl();
        CalendarAttachment ics = calendarFor(CalendarMethod.REQUEST, invitation);
        String replyLink = publicUrl + REPLY_PAGE + URLEncoder.encode(event.replyToken(), StandardCharsets.UTF_8);
        ComposedMail mail = MailComposer.invitation(MeetingFacts.of(meeting, publicUrl), person.getName(),
                languageOf(person), replyLink, ics);
        outbox.queue(mail(key, MailKind.INVITATION, meeting, person, mail, ics));
    }

    /** A notice of the new time or place, or of the cancellation, to each invited person who has not declined. */
    public void meetingChanged(@Observes MeetingChanged event) {
        Meeting meeting = em.find(Meeting.class, event.meetingId());
        if (meeting == null) {
            throw new IllegalStateException("No meeting " + event.meetingId() + " to write the notice of");
        }
        List<Invitation> invited = outbox.invitationsNotDeclined(event.meetingId());
        if (invited.isEmpty()) {
            return;
        }
        String publicUrl = settings.publicUrl();
        MailKind kind = kindOf(event.change());
        CalendarMethod method = event.change() == MeetingChange.CANCELLED ? CalendarMethod.CANCEL
                : CalendarMethod.REQUEST;
        MeetingFacts facts = MeetingFacts.of(meeting, publicUrl);
        for (Invitation invitation : invited) {
            Person person = invitation.getPerson();
            String key = "change:" + event.meetingId() + ":" + event.calendarSequence() + ":" + person.getId();
            if (outbox.contains(key)) {
                continue;
            }
            CalendarAttachment ics = calendarFor(method, invitation);
            ComposedMail mail = MailComposer.change(kind, facts, person.getName(), languageOf(person), ics);
            outbox.queue(mail(key, kind, meeting, person, mail, ics));
        }
    }

    /**
     * Queues the reminders due now (see {@link ReminderWindow}) for invited people who have not declined; returns how
     * many were queued. Nothing when no mail server is configured: the moment of a reminder passes.
     */
    public int queueReminders() {
        if (!serverConfigured()) {
            return 0;
        }
        List<Integer> days = settings.reminderDays();
        if (days.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        String publicUrl = settings.publicUrl();
        int queued = 0;
        for (Invitation invitation : outbox.invitationsToMeetingsStartingBetween(now,
                now.plus(Duration.ofDays(days.get(0))))) {
            Meeting meeting = invitation.getMeeting();
            OptionalInt due = ReminderWindow.due(meeting.getStartsAt(), invitation.getInvitedAt(), now, days);
            if (due.isEmpty()) {
                continue;
            }
            Person person = invitation.getPerson();
            String key = "reminder:" + meeting.getId() + ":" + due.getAsInt() + ":" + person.getId();
            if (outbox.contains(key)) {
                continue;
            }
            ComposedMail mail = MailComposer.reminder(MeetingFacts.of(meeting, publicUrl), person.getName(),
                    languageOf(person), due.getAsInt());
            if (outbox.queue(mail(key, MailKind.REMINDER, meeting, person, mail, null))) {
                queued++;
            }
        }
        return queued;
    }

    /**
     * The language of the mails to a person: their preferred language when the secretariat set one, else the language
     * the user linked to them chose with the language switch, else English (null).
     */
    public String languageOf(Person person) {
        if (person.getPreferredLanguage() != null) {
            return person.getPreferredLanguage();
        }
        if (person.getId() == null) {
            return null;
        }
        return em.createNamedQuery(UserAccount.LANGUAGE_OF_PERSON, String.class).setParameter("person", person)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private OutboxMail mail(String key, MailKind kind, Meeting meeting, Person person, ComposedMail mail,
            CalendarAttachment ics) {
        return new OutboxMail(key, kind, meeting.getId(), person.getId(), person.getName(), person.getEmail(),
                mail.subject(), mail.body(), ics, serverConfigured(), clock.instant());
    }

    /** Whether a usable server is configured; unusable settings (a bad port) never stop an invitation or a change. */
    private boolean serverConfigured() {
        try {
            return settings.server().isPresent();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The meeting's calendar file for one person: the event with that person alone as its attendee (with the PARTSTAT
     * of their reply), so that a mail never lists the other invited people's addresses.
     */
    private CalendarAttachment calendarFor(CalendarMethod method, Invitation invitation) {
        return new CalendarAttachment(calendars.text(method, invitation.getMeeting(), List.of(invitation)),
                method.name());
    }

    private static MailKind kindOf(MeetingChange change) {
        return switch (change) {
            case RESCHEDULED -> MailKind.RESCHEDULED;
            case MOVED -> MailKind.MOVED;
            case CANCELLED -> MailKind.CANCELLED;
        };
    }
}
