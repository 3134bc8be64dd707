package org.dialogue.meetings.application.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.dialogue.meetings.domain.mail.MailKind;
import org.dialogue.meetings.domain.mail.OutboxMail;
import org.dialogue.meetings.domain.meeting.Participant;
import org.dialogue.meetings.domain.minutes.Answer;
import org.dialogue.meetings.domain.minutes.ApprovalRound;
import org.dialogue.meetings.domain.minutes.ApprovalRoundEnded;
import org.dialogue.meetings.domain.minutes.ApprovalRoundStarted;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.domain.minutes.RoundAnswer;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.organisation.Person;
import org.dialogue.meetings.infrastructure.mail.MailSettings;
import org.dialogue.meetings.infrastructure.persistence.OutboxRepository;

/**
 * The mails of an approval round, through the outbox (each queued once, by its key): to each organisation asked to
 * answer, that is to its people taking part in the meeting who have an e-mail address (the delegation that was there
 * reviews the record of it), when the minutes are circulated (the deadline and the link), before
 * the deadline while their organisation has not answered (the days of {@code meetings.mail.reminder-days}, as for
 * meetings), and when the round ends (approved, with the SHA-256, or back in draft). In each person's language.
 *
 * <p>The circulation and the outcome are queued by observing the services' events inside their transactions, so a
 * mail commits or rolls back with the change; the reminders are queued by the periodic mail job.
 */
@ApplicationScoped
public class MinutesRoundMails {

    static final String MINUTES_PAGE = "/minutes/view.xhtml?id=";

    @Inject
    private OutboxRepository outbox;

    @Inject
    private MailQueue people;

    @Inject
    private MailSettings settings;

    @Inject
    private Clock clock;

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    void roundStarted(@Observes ApprovalRoundStarted event) {
        Minutes minutes = minutes(event.minutesId());
        ApprovalRound round = minutes.getRounds().get(event.round() - 1);
        for (RoundAnswer answer : round.getAnswers()) {
            for (Person person : recipients(minutes, answer.getOrganisation())) {
                queue("minutes-circulated:" + minutes.getId() + ":" + round.getNumber() + ":" + person.getId(),
                        MailKind.MINUTES_CIRCULATED, minutes, person, MinutesMailComposer.circulated(
                                facts(minutes, round, answer.getOrganisation()), person.getName(),
                                people.languageOf(person)));
            }
        }
    }

    void roundEnded(@Observes ApprovalRoundEnded event) {
        Minutes minutes = minutes(event.minutesId());
        ApprovalRound round = minutes.getRounds().get(event.round() - 1);
        for (RoundAnswer answer : round.getAnswers()) {
            for (Person person : recipients(minutes, answer.getOrganisation())) {
                queue("minutes-outcome:" + minutes.getId() + ":" + round.getNumber() + ":" + person.getId(),
                        MailKind.MINUTES_OUTCOME, minutes, person, MinutesMailComposer.outcome(
                                facts(minutes, round, answer.getOrganisation()), event.outcome(),
                                minutes.getApprovedSha256(), person.getName(), people.languageOf(person)));
            }
        }
    }

    /**
     * Queues the reminders due now for the organisations that have not answered a round under way; returns how many.
     * Nothing when no mail server is configured: the moment of a reminder passes.
     */
    public int queueReminders() {
        List<Integer> days = settings.reminderDays();
        if (days.isEmpty() || !serverConfigured()) {
            return 0;
        }
        Instant now = clock.instant();
        int queued = 0;
        for (Minutes minutes : outbox.minutesWithRoundClosingBetween(now, now.plus(Duration.ofDays(days.get(0))))) {
            ApprovalRound round = minutes.currentRound().orElseThrow();
            OptionalInt due = ReminderWindow.due(round.getDeadline(), round.getCirculatedAt(), now, days);
            if (due.isEmpty()) {
                continue;
            }
            for (RoundAnswer answer : round.getAnswers()) {
                if (answer.getAnswer() != Answer.PENDING) {
                    continue;
                }
                for (Person person : recipients(minutes, answer.getOrganisation())) {
                    String key = "minutes-reminder:" + minutes.getId() + ":" + round.getNumber() + ":"
                            + due.getAsInt() + ":" + person.getId();
                    if (queue(key, MailKind.MINUTES_REMINDER, minutes, person, MinutesMailComposer.reminder(
                            facts(minutes, round, answer.getOrganisation()), person.getName(),
                            people.languageOf(person), due.getAsInt()))) {
                        queued++;
                    }
                }
            }
        }
        return queued;
    }

    /** The organisation's people among the meeting's participants, each once, who have an e-mail address. */
    private static List<Person> recipients(Minutes minutes, Organisation organisation) {
        return minutes.getMeeting().getParticipants().stream().map(Participant::getPerson)
                .filter(person -> person != null && person.getEmail() != null && !person.getEmail().isBlank()
                        && person.getOrganisation().getId().equals(organisation.getId()))
                .distinct().toList();
    }

    private Minutes minutes(long id) {
        Minutes minutes = em.find(Minutes.class, id);
        if (minutes == null) {
            throw new IllegalStateException("No minutes " + id + " to write the mails of");
        }
        return minutes;
    }

    private MinutesMailComposer.RoundFacts facts(Minutes minutes, ApprovalRound round, Organisation organisation) {
        return new MinutesMailComposer.RoundFacts(minutes.getMeeting().getTitle(), minutes.getRevision(),
                round.getNumber(), organisation.getAcronym(), round.getDeadline(),
                minutes.getMeeting().getTimeZone(), settings.publicUrl() + MINUTES_PAGE + minutes.getId());
    }

    private boolean queue(String key, MailKind kind, Minutes minutes, Person person, ComposedMail mail) {
        if (outbox.contains(key)) {
            return false;
        }
        return outbox.queue(new OutboxMail(key, kind, minutes.getMeeting().getId(), person.getId(), person.getName(),
                person.getEmail(), mail.subject(), mail.body(), null, serverConfigured(), clock.instant()));
    }

    /** Whether a usable server is configured; unusable settings (a bad port) never stop a round. */
    private boolean serverConfigured() {
        try {
            return settings.server().isPresent();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
