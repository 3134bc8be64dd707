package org.dialogue.meetings.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.dialogue.meetings.ServiceDeployment;
import org.dialogue.meetings.application.MailOverview;
import org.dialogue.meetings.application.MailService;
import org.dialogue.meetings.application.MeetingDetails;
import org.dialogue.meetings.application.MeetingService;
import org.dialogue.meetings.application.OrganisationService;
import org.dialogue.meetings.application.calendar.MeetingCalendar;
import org.dialogue.meetings.application.mail.OutboxSender;
import org.dialogue.meetings.domain.invitation.Invitation;
import org.dialogue.meetings.domain.invitation.InvitationIssued;
import org.dialogue.meetings.domain.invitation.InvitationStatus;
import org.dialogue.meetings.domain.mail.MailKind;
import org.dialogue.meetings.domain.mail.MailStatus;
import org.dialogue.meetings.domain.mail.OutboxMail;
import org.dialogue.meetings.domain.mail.RetryPolicy;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.MeetingKind;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.organisation.Person;
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
 * The mail outbox end to end, in Payara Micro: mails queued by the real events (an invitation issued, a meeting
 * rescheduled, moved or cancelled), sent by the real sender through Jakarta Mail to GreenMail, a real SMTP server
 * started by each test inside the deployment on a free port; the received message read back and its calendar file
 * parsed with ical4j. Each mail once: the sender run twice, two senders at once, a claim left by a crashed sender;
 * a failing server retried with back-off, given up after the last attempt and sent again from the mail service; no
 * server configured. Each test writes to addresses of its own, so the rows of other tests do not matter.
 *
 * <p>In a package of its own, outside the service package; GreenMail is one of the test libraries of the module's one
 * test deployment ({@code ServiceDeployment}).
 */
@ContainerTest
class MailOutboxIT {

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
    private MailService mailService;

    @EJB
    private MeetingService meetingService;

    @EJB
    private OrganisationService organisationService;

    @EJB
    private OutboxFixtures fixtures;

    private GreenMailInbox smtp;

    @BeforeEach
    void start() throws IOException {
        users.ensureAccounts();
        smtp = new GreenMailInbox().start();
        mailSettings.useServer(smtp.settings());
    }

    @AfterEach
    void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    // --- invitations ---

    @Test
    void anInvitationIsMailedOnceWithItsReplyLinkAndItsCalendarFile() throws Exception {
        Meeting meeting = schedule("Invitation mail " + unique(), 30);
        String address = address("amina");
        long person = fixtures.person("AFRIPOL", "Amina Diallo", address, null);
        String token = "reply-token-" + unique();

        long invitation = fixtures.invite(meeting.getId(), person, token, Instant.now());
        OutboxMail queued = fixtures.mail("invitation:" + invitation);
        assertThat(queued.getStatus()).isEqualTo(MailStatus.DUE);
        assertThat(queued.getKind()).isEqualTo(MailKind.INVITATION);
        assertThat(queued.getRecipientAddress()).isEqualTo(address);

        // The same event again (a retried transaction, say) queues nothing more.
        fixtures.fire(invitation, token);
        assertThat(fixtures.mailsTo(address)).hasSize(1);

        sender.sendDue();
        sender.sendDue();
        List<MimeMessage> received = smtp.receivedBy(address, 1);
        assertThat(received).hasSize(1);
        MimeMessage message = received.get(0);
        assertThat(message.getSubject()).startsWith("Invitation: " + meeting.getTitle());
        assertThat(message.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("Amina Diallo <" + address + ">");
        assertThat(message.getFrom()).extracting(Object::toString).containsExactly("secretariat@example.org");
        String body = GreenMailInbox.text(message);
        assertThat(body).startsWith("Dear Amina Diallo,")
                .contains("You are invited to the meeting \"" + meeting.getTitle() + "\".")
                .contains(TestMailSettings.PUBLIC_URL + "/invitations/reply.xhtml?token=" + token)
                .contains("Europe/Paris")
                .contains(TestMailSettings.PUBLIC_URL + "/meetings/view.xhtml?id=" + meeting.getId());

        Attached ics = calendarOf(message);
        assertThat(ics.contentType()).contains("text/calendar").contains("method=REQUEST");
        assertThat(ics.calendar().getProperty(Property.METHOD).map(Property::getValue)).contains("REQUEST");
        VEvent event = ics.event();
        assertThat(event.getUid().map(Property::getValue)).contains(MeetingCalendar.uid(meeting));
        assertThat(event.getProperty(Property.SEQUENCE).map(Property::getValue)).contains("0");
        assertThat(event.<Property>getProperties(Property.ATTENDEE)).extracting(Property::getValue)
                .containsExactly("mailto:" + address);

        OutboxMail sent = fixtures.mail("invitation:" + invitation);
        assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(sent.getAttempts()).isEqualTo(1);
        assertThat(sent.getSentAt()).isNotNull();
        assertThat(sent.getClaimedBy()).isNull();
    }

    @Test
    void aSpanishSpeakersInvitationGivesTheDayAsSpanishWritesIt() throws Exception {
        Meeting meeting = schedule("Reunión " + unique(), 30);
        String address = address("ana");
        fixtures.invite(meeting.getId(), fixtures.person("AFRIPOL", "Ana Ruiz", address, "es"),
                "reply-token-" + unique(), Instant.now());

        sender.sendDue();
        String body = GreenMailInbox.text(smtp.receivedBy(address, 1).get(0));

        // "martes, 12 de octubre de 2027": the language's own full date (LocalFormats), with its "de"
        LocalDate day = meeting.getSlot().localStart().toLocalDate();
        String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.forLanguageTag("es"));
        assertThat(body).contains("Cuándo: ").contains(day.getDayOfMonth() + " de " + month + " de " + day.getYear());
    }

    // --- changes ---

    @Test
    void aNewTimeANewPlaceAndACancellationReachTheInvitedWhoHaveNotDeclined() throws Exception {
        Meeting meeting = schedule("Changed meeting " + unique(), 40);
        String coming = address("coming");
        String declining = address("declining");
        long comingPerson = fixtures.person("EUROPOL", "Jan Kowalski", coming, "en");
        long decliningPerson = fixtures.person("EUROPOL", "Eva Declined", declining, null);
        long noAddressPerson = fixtures.person("EUROPOL", "Pat Noaddress " + unique(), null, null);
        fixtures.invite(meeting.getId(), comingPerson, "t1-" + unique(), Instant.now());
        long declined = fixtures.invite(meeting.getId(), decliningPerson, "t2-" + unique(), Instant.now());
        long unreachable = fixtures.invite(meeting.getId(), noAddressPerson, "t3-" + unique(), Instant.now());
        fixtures.reply(declined, InvitationStatus.DECLINED);
        assertThat(fixtures.mail("invitation:" + unreachable).getStatus()).isEqualTo(MailStatus.NO_ADDRESS);
        sender.sendDue();
        assertThat(smtp.receivedBy(coming, 1)).hasSize(1);

        // A new time: SEQUENCE 1, METHOD:REQUEST, to the person coming only.
        Meeting rescheduled = users.secretariat().call(() -> meetingService.update(meeting.getId(),
                meeting.getVersion(), details(meeting.getTitle(), meeting.getSlot().localStart().toLocalDateTime()
                        .plusDays(1), "Lyon")));
        assertThat(rescheduled.getCalendarSequence()).isEqualTo(1);
        OutboxMail notice = fixtures.mail("change:" + meeting.getId() + ":1:" + comingPerson);
        assertThat(notice.getKind()).isEqualTo(MailKind.RESCHEDULED);
        assertThat(fixtures.mail("change:" + meeting.getId() + ":1:" + noAddressPerson).getStatus())
                .isEqualTo(MailStatus.NO_ADDRESS);
        assertThat(fixtures.mailsTo(declining)).extracting(OutboxMail::getKind).containsExactly(MailKind.INVITATION);
        sender.sendDue();
        List<MimeMessage> afterReschedule = smtp.receivedBy(coming, 2);
        assertThat(afterReschedule).hasSize(2);
        MimeMessage newTime = afterReschedule.get(1);
        assertThat(newTime.getSubject()).startsWith("New time: " + meeting.getTitle());
        assertThat(GreenMailInbox.text(newTime)).contains("has a new time");
        Attached request = calendarOf(newTime);
        assertThat(request.calendar().getProperty(Property.METHOD).map(Property::getValue)).contains("REQUEST");
        assertThat(request.event().getUid().map(Property::getValue)).contains(MeetingCalendar.uid(meeting));
        assertThat(request.event().getProperty(Property.SEQUENCE).map(Property::getValue)).contains("1");

        // A new place: SEQUENCE 2, METHOD:REQUEST, LOCATION the new city.
        Meeting moved = users.secretariat().call(() -> meetingService.update(meeting.getId(),
                rescheduled.getVersion(), details(meeting.getTitle(),
                        rescheduled.getSlot().localStart().toLocalDateTime(), "Marseille")));
        assertThat(moved.getCalendarSequence()).isEqualTo(2);
        assertThat(fixtures.mail("change:" + meeting.getId() + ":2:" + comingPerson).getKind())
                .isEqualTo(MailKind.MOVED);
        sender.sendDue();
        List<MimeMessage> afterMove = smtp.receivedBy(coming, 3);
        assertThat(afterMove).hasSize(3);
        MimeMessage newPlace = afterMove.get(2);
        assertThat(newPlace.getSubject()).startsWith("New place: " + meeting.getTitle()).contains("Marseille");
        Attached movedIcs = calendarOf(newPlace);
        assertThat(movedIcs.calendar().getProperty(Property.METHOD).map(Property::getValue)).contains("REQUEST");
        assertThat(movedIcs.event().getProperty(Property.SEQUENCE).map(Property::getValue)).contains("2");
        assertThat(movedIcs.event().getProperty(Property.LOCATION).map(Property::getValue).orElseThrow())
                .contains("Marseille");

        // Cancelled: SEQUENCE 3, METHOD:CANCEL, STATUS:CANCELLED.
        users.secretariat().call(() -> meetingService.cancel(meeting.getId(), moved.getVersion()));
        sender.sendDue();
        List<MimeMessage> afterCancel = smtp.receivedBy(coming, 4);
        assertThat(afterCancel).hasSize(4);
        MimeMessage cancelled = afterCancel.get(3);
        assertThat(cancelled.getSubject()).startsWith("Cancelled: " + meeting.getTitle());
        Attached cancel = calendarOf(cancelled);
        assertThat(cancel.contentType()).contains("method=CANCEL");
        assertThat(cancel.calendar().getProperty(Property.METHOD).map(Property::getValue)).contains("CANCEL");
        assertThat(cancel.event().getUid().map(Property::getValue)).contains(MeetingCalendar.uid(meeting));
        assertThat(cancel.event().getProperty(Property.SEQUENCE).map(Property::getValue)).contains("3");
        assertThat(cancel.event().getProperty(Property.STATUS).map(Property::getValue)).contains("CANCELLED");
        assertThat(smtp.receivedBy(declining, 1)).hasSize(1); // the invitation only
    }

    // --- each mail once ---

    @Test
    void twoSendersAtOnceSendEachMailOnce() throws Exception {
        Meeting meeting = schedule("Two senders " + unique(), 50);
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String address = address("twice" + i);
            addresses.add(address);
            fixtures.invite(meeting.getId(), fixtures.person("AFRIPOL", "Person " + i, address, null),
                    "t-" + unique(), Instant.now());
        }
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch go = new CountDownLatch(1);
        Future<Integer> first = executor.submit(() -> {
            go.await();
            return sender.sendDue();
        });
        Future<Integer> second = executor.submit(() -> {
            go.await();
            return sender.sendDue();
        });
        go.countDown();
        first.get();
        second.get();

        for (String address : addresses) {
            assertThat(smtp.receivedBy(address, 1)).as(address).hasSize(1);
            assertThat(fixtures.mailsTo(address)).extracting(OutboxMail::getStatus).containsExactly(MailStatus.SENT);
        }

        // A claim is won once: a second claim of the same due row gets nothing.
        long invitation = fixtures.invite(meeting.getId(), fixtures.person("AFRIPOL", "Claimed", address("claim"),
                null), "t-" + unique(), Instant.now());
        long id = fixtures.mail("invitation:" + invitation).getId();
        assertThat(sender.claim(id, "first")).isPresent();
        assertThat(sender.claim(id, "second")).isEmpty();
    }

    @Test
    void aClaimLeftByACrashedSenderExpiresAndTheMailIsSentOnce() throws Exception {
        Meeting meeting = schedule("Crashed sender " + unique(), 60);
        String address = address("crash");
        long invitation = fixtures.invite(meeting.getId(), fixtures.person("AFRIPOL", "Crash Victim", address, null),
                "t-" + unique(), Instant.now());
        long id = fixtures.mail("invitation:" + invitation).getId();
        // A sender claims the row and dies before sending.
        assertThat(sender.claim(id, "crashed-sender")).isPresent();

        sender.sendDue();
        assertThat(smtp.receivedBy(address, 0)).isEmpty();
        assertThat(fixtures.mail("invitation:" + invitation).getStatus()).isEqualTo(MailStatus.DUE);

        clock.advance(Duration.ofMinutes(6)); // past the claim
        sender.sendDue();
        sender.sendDue();
        assertThat(smtp.receivedBy(address, 1)).hasSize(1);
        assertThat(fixtures.mail("invitation:" + invitation).getStatus()).isEqualTo(MailStatus.SENT);
    }

    // --- failures ---

    @Test
    void aFailingServerIsTriedAgainWithBackOffAndTheMailSentOnceItIsBack() throws Exception {
        Meeting meeting = schedule("Server down " + unique(), 70);
        String address = address("down");
        smtp.stop();
        long invitation = fixtures.invite(meeting.getId(), fixtures.person("AFRIPOL", "Patient Person", address, null),
                "t-" + unique(), Instant.now());
        String key = "invitation:" + invitation;

        Instant before = Instant.now();
        sender.sendDue();
        OutboxMail failedOnce = fixtures.mail(key);
        assertThat(failedOnce.getStatus()).isEqualTo(MailStatus.DUE);
        assertThat(failedOnce.getAttempts()).isEqualTo(1);
        assertThat(failedOnce.getLastError()).isNotBlank();
        assertThat(failedOnce.getNextAttemptAt()).isBetween(before.plus(Duration.ofMinutes(1)),
                Instant.now().plus(Duration.ofMinutes(1)));

        // Not due yet: the sender leaves it alone.
        sender.sendDue();
        assertThat(fixtures.mail(key).getAttempts()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(61));
        sender.sendDue();
        OutboxMail failedTwice = fixtures.mail(key);
        assertThat(failedTwice.getAttempts()).isEqualTo(2);
        assertThat(Duration.between(failedOnce.getNextAttemptAt(), failedTwice.getNextAttemptAt()))
                .isGreaterThanOrEqualTo(Duration.ofMinutes(2)); // twice the first wait, at least

        smtp.start();
        clock.advance(Duration.ofMinutes(3));
        sender.sendDue();
        sender.sendDue();
        assertThat(smtp.receivedBy(address, 1)).hasSize(1);
        OutboxMail sent = fixtures.mail(key);
        assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(sent.getAttempts()).isEqualTo(3);
        assertThat(sent.getLastError()).isNull();
    }

    @Test
    void aMailIsGivenUpAfterTheLastAttemptShownWithItsErrorAndSentAgainOnRequest() throws Exception {
        Meeting meeting = schedule("Given up " + unique(), 80);
        String address = address("givenup");
        smtp.stop();
        long invitation = fixtures.invite(meeting.getId(), fixtures.person("AFRIPOL", "Given Up", address, null),
                "t-" + unique(), Instant.now());
        String key = "invitation:" + invitation;
        for (int attempt = 1; attempt <= RetryPolicy.DEFAULT_MAX_ATTEMPTS; attempt++) {
            sender.sendDue();
            assertThat(fixtures.mail(key).getAttempts()).isEqualTo(attempt);
            clock.advance(Duration.ofHours(7)); // longer than the longest wait
        }
        OutboxMail failed = fixtures.mail(key);
        assertThat(failed.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.getNextAttemptAt()).isNull();
        assertThat(failed.getLastError()).isNotBlank();
        sender.sendDue();
        assertThat(fixtures.mail(key).getAttempts()).isEqualTo(RetryPolicy.DEFAULT_MAX_ATTEMPTS);

        // The secretariat sees it among the failures, with its error, and sends it again.
        assertThat(users.secretariat().call(() -> mailService.search(MailStatus.FAILED, 0, 1000)))
                .extracting(OutboxMail::getDedupKey).contains(key);
        assertThat(users.administrator().call(() -> mailService.overview()).count(MailStatus.FAILED)).isPositive();
        smtp.start();
        OutboxMail again = users.secretariat().call(() -> mailService.retry(failed.getId()));
        assertThat(again.getStatus()).isEqualTo(MailStatus.DUE);
        // A second press changes nothing more.
        assertThat(users.secretariat().call(() -> mailService.retry(failed.getId())).getStatus())
                .isEqualTo(MailStatus.DUE);
        sender.sendDue();
        sender.sendDue();
        assertThat(smtp.receivedBy(address, 1)).hasSize(1);
        assertThat(fixtures.mail(key).getStatus()).isEqualTo(MailStatus.SENT);
    }

    // --- no server ---

    @Test
    void withoutAServerNothingIsSentAndTheMailsAreShownAsNotSent() throws Exception {
        mailSettings.noServer();
        Meeting meeting = schedule("No server " + unique(), 90);
        String address = address("noserver");
        long invitation = fixtures.invite(meeting.getId(), fixtures.person("AFRIPOL", "Nobody Told", address, null),
                "t-" + unique(), Instant.now());
        String key = "invitation:" + invitation;

        assertThat(sender.sendDue()).isZero();
        assertThat(fixtures.mail(key).getStatus()).isEqualTo(MailStatus.NO_SERVER);
        assertThat(fixtures.reminders()).isZero();
        MailOverview overview = users.secretariat().call(() -> mailService.overview());
        assertThat(overview.configured()).isFalse();
        assertThat(overview.configError()).isNull();
        assertThat(overview.count(MailStatus.NO_SERVER)).isPositive();
        assertThat(smtp.receivedBy(address, 0)).isEmpty();

        // Once a server is configured, the secretariat sends it.
        mailSettings.useServer(smtp.settings());
        assertThat(users.secretariat().call(() -> mailService.overview()).server()).contains("127.0.0.1:" + smtp.port());
        users.secretariat().call(() -> mailService.retry(fixtures.mail(key).getId()));
        sender.sendDue();
        assertThat(smtp.receivedBy(address, 1)).hasSize(1);
    }

    // --- reminders ---

    @Test
    void remindersGoOutSevenDaysAndOneDayBeforeEachOnce() throws Exception {
        // The meeting starts in 7 days less an hour: the 7-day reminder is due, the 1-day one not yet.
        Instant now = Instant.now();
        Meeting meeting = schedule("Reminded meeting " + unique(),
                now.plus(Duration.ofDays(7)).minus(Duration.ofHours(1)));
        String address = address("remind");
        long person = fixtures.person("AFRIPOL", "Remi Nder", address, null);
        fixtures.invite(meeting.getId(), person, "t-" + unique(), now.minus(Duration.ofDays(20)));
        String lateAddress = address("late");
        long latePerson = fixtures.person("AFRIPOL", "Late Invitee", lateAddress, null);
        fixtures.invite(meeting.getId(), latePerson, "t-" + unique(), now); // invited within the 7 days

        fixtures.reminders();
        fixtures.reminders();
        OutboxMail sevenDays = fixtures.mail("reminder:" + meeting.getId() + ":7:" + person);
        assertThat(sevenDays.getKind()).isEqualTo(MailKind.REMINDER);
        assertThat(fixtures.mailsTo(lateAddress)).extracting(OutboxMail::getKind)
                .containsExactly(MailKind.INVITATION);
        sender.sendDue();
        List<MimeMessage> received = smtp.receivedBy(address, 2);
        assertThat(received).extracting(MimeMessage::getSubject).containsExactly(
                "Invitation: " + meeting.getTitle() + ", " + when(received.get(0)),
                "Reminder: " + meeting.getTitle() + " in 7 days, " + when(received.get(0)));

        // Six days later: the 1-day reminder, to both (the late invitee was invited before its day began).
        clock.advance(Duration.ofDays(6));
        fixtures.reminders();
        assertThat(fixtures.mail("reminder:" + meeting.getId() + ":1:" + person).getStatus())
                .isEqualTo(MailStatus.DUE);
        assertThat(fixtures.mail("reminder:" + meeting.getId() + ":1:" + latePerson).getStatus())
                .isEqualTo(MailStatus.DUE);
        sender.sendDue();
        List<MimeMessage> all = smtp.receivedBy(address, 3);
        assertThat(all).hasSize(3);
        assertThat(all.get(2).getSubject()).startsWith("Reminder: " + meeting.getTitle() + " tomorrow");
    }

    // --- helpers ---

    private record Attached(String contentType, Calendar calendar) {
        VEvent event() {
            return calendar.<VEvent>getComponents("VEVENT").get(0);
        }
    }

    private static Attached calendarOf(MimeMessage message) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        BodyPart part = parts.getBodyPart(1);
        assertThat(part.getDisposition()).isEqualTo(BodyPart.ATTACHMENT);
        assertThat(part.getFileName()).endsWith(".ics");
        try (InputStream in = part.getInputStream()) {
            String ics = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Attached(part.getContentType(), new CalendarBuilder().build(new StringReader(ics)));
        }
    }

    /** The date-and-time text that follows the title in a subject. */
    private static String when(MimeMessage invitation) throws Exception {
        String subject = invitation.getSubject();
        return subject.substring(subject.indexOf(", ") + 2);
    }

    private Meeting schedule(String title, int daysAhead) {
        return schedule(title, Instant.now().plus(Duration.ofDays(daysAhead)));
    }

    private Meeting schedule(String title, Instant start) {
        LocalDateTime local = start.atZone(PARIS).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
        return users.secretariat().call(() -> meetingService.schedule(details(title, local, "Lyon")));
    }

    private MeetingDetails details(String title, LocalDateTime start, String city) {
        long interpol = users.secretariat().call(() -> organisationService.findByAcronym("INTERPOL"))
                .orElseThrow().getId();
        return new MeetingDetails(MeetingKind.JOINT_OPERATIONAL_MEETING, title, start, start.plusHours(3), PARIS,
                "Headquarters", "Room of " + title, city, "France", Set.of(interpol), null, null);
    }

    private static String address(String name) {
        return name + "-" + unique() + "@example.org";
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Test only: people and invitations written directly, as the people and invitation services would (the
     * invitation is persisted and {@link InvitationIssued} fired in one transaction), and the outbox read back.
     */
    @Stateless
    public static class OutboxFixtures {

        @PersistenceContext(unitName = "meetings")
        private EntityManager em;

        @Inject
        private Event<InvitationIssued> issued;

        @Inject
        private Clock clock;

        @EJB
        private OutboxSender sender;

        public long person(String acronym, String name, String email, String language) {
            Organisation organisation = em.createQuery("select o from Organisation o where o.acronym = :a",
                    Organisation.class).setParameter("a", acronym).getSingleResult();
            Person person = new Person(organisation, name);
            person.describe(name, null, email, null, language);
            em.persist(person);
            em.flush();
            return person.getId();
        }

        public long invite(long meetingId, long personId, String token, Instant invitedAt) {
            Invitation invitation = new Invitation(em.find(Meeting.class, meetingId), em.find(Person.class, personId),
                    TestUsers.SECRETARIAT, invitedAt);
            em.persist(invitation);
            em.flush();
            issued.fire(new InvitationIssued(invitation.getId(), token));
            return invitation.getId();
        }

        public void fire(long invitationId, String token) {
            issued.fire(new InvitationIssued(invitationId, token));
        }

        public void reply(long invitationId, InvitationStatus answer) {
            em.find(Invitation.class, invitationId).reply(answer, "test", clock.instant());
        }

        public OutboxMail mail(String key) {
            return em.createQuery("select m from OutboxMail m where m.dedupKey = :key", OutboxMail.class)
                    .setParameter("key", key).getSingleResult();
        }

        public List<OutboxMail> mailsTo(String address) {
            return em.createQuery("select m from OutboxMail m where m.recipientAddress = :address order by m.id",
                    OutboxMail.class).setParameter("address", address).getResultList();
        }

        public int reminders() {
            return sender.queueReminders();
        }
    }
}
