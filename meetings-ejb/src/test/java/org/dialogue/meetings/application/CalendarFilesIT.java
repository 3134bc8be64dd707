package org.dialogue.meetings.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DateProperty;
import org.dialogue.meetings.ServiceDeployment;
import org.dialogue.meetings.application.calendar.MeetingCalendar;
import org.dialogue.meetings.domain.invitation.Invitation;
import org.dialogue.meetings.domain.invitation.InvitationStatus;
import org.dialogue.meetings.domain.meeting.Classification;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.MeetingKind;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.organisation.Person;
import org.dialogue.meetings.testing.ContainerTest;
import org.dialogue.meetings.testing.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Calendar files and feeds in the container, on the migrated database: a meeting's file as its readers get it (venue
 * zone, invited people, need-to-know), a reschedule and a cancellation as calendars see them, each user's feed with
 * exactly what that user may see from 30 days back on, and the feed's token (replaced, refused for a disabled account).
 * Every file is parsed back with ical4j. Each test makes its own meetings (unique titles), so the order does not matter
 * and rows left by other tests do not disturb the assertions.
 */
@ContainerTest
class CalendarFilesIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    /** Test only: invitations stored directly (the invitation service is another part of the work). */
    @Stateless
    @PermitAll
    public static class InvitationFixture {

        @PersistenceContext(unitName = "meetings")
        private EntityManager em;

        public void invite(long meetingId, String acronym, String name, String email, InvitationStatus reply) {
            Organisation organisation = em.createQuery("select o from Organisation o where o.acronym = :acronym",
                    Organisation.class).setParameter("acronym", acronym).getSingleResult();
            Person person = new Person(organisation, name);
            person.describe(name, null, email, null, "en");
            em.persist(person);
            Invitation invitation = new Invitation(em.find(Meeting.class, meetingId), person, TestUsers.SECRETARIAT,
                    Instant.now());
            if (reply != null) {
                invitation.reply(reply, TestUsers.DELEGATE, Instant.now());
            }
            em.persist(invitation);
        }
    }

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @Inject
    private TestUsers users;

    @EJB
    private CalendarService calendarService;

    @EJB
    private MeetingService meetingService;

    @EJB
    private OrganisationService organisationService;

    @EJB
    private AccountService accountService;

    @EJB
    private InvitationFixture invitations;

    @BeforeEach
    void accounts() {
        users.ensureAccounts();
    }

    // --- one meeting's file ---

    @Test
    void aMeetingsFileHasTheVenuesZoneTheAgendaAndTheInvitedPeopleForThoseWhoMaySeeIt() throws Exception {
        String title = "Calendar file " + unique();
        Meeting meeting = users.secretariat().call(() -> {
            Meeting scheduled = meetingService.schedule(details(title, LocalDateTime.of(2031, 3, 5, 9, 30),
                    LocalDateTime.of(2031, 3, 5, 13, 0), KOLKATA, Classification.RESTRICTED, "AFRIPOL"));
            return meetingService.addAgendaItem(scheduled.getId(), scheduled.getVersion(),
                    new AgendaItemDetails("Opening", acronymId("AFRIPOL"), 30, null));
        });
        invitations.invite(meeting.getId(), "AFRIPOL", "Amina Haddad", "amina." + unique() + "@afripol.example",
                InvitationStatus.ACCEPTED);
        invitations.invite(meeting.getId(), "AFRIPOL", "Kwame Mensah", "kwame." + unique() + "@afripol.example",
                null);

        Calendar calendar = parse(users.delegate().call(() -> calendarService.meetingFile(meeting.getId()))
                .orElseThrow());

        assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).contains("PUBLISH");
        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).extracting(z -> z.getTimeZoneId().getValue())
                .containsExactly("Asia/Kolkata");
        VEvent event = event(calendar, meeting.getId());
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter(Parameter.TZID)
                .map(Parameter::getValue)).contains("Asia/Kolkata");
        assertThat(instant(event, Property.DTSTART)).isEqualTo(meeting.getStartsAt())
                .isEqualTo(Instant.parse("2031-03-05T04:00:00Z"));
        assertThat(instant(event, Property.DTEND)).isEqualTo(meeting.getEndsAt());
        assertThat(value(event, Property.SUMMARY)).isEqualTo(title);
        assertThat(value(event, Property.LOCATION)).isEqualTo("Headquarters, Room of " + title + ", Lyon, France");
        assertThat(value(event, Property.DESCRIPTION)).contains("09:30–10:00  Opening (AFRIPOL)");
        assertThat(value(event, Property.URL)).endsWith("/meetings/view.xhtml?id=" + meeting.getId());
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(event.getProperty(Property.ORGANIZER)).isPresent();
        List<Attendee> attendees = event.getProperties(Property.ATTENDEE);
        assertThat(attendees).extracting(a -> a.getParameter(Parameter.CN).orElseThrow().getValue() + " "
                + a.getParameter(Parameter.PARTSTAT).orElseThrow().getValue())
                .containsExactly("Amina Haddad ACCEPTED", "Kwame Mensah NEEDS-ACTION");

        // Need-to-know: another organisation's delegate gets nothing, exactly as for a meeting that does not exist.
        assertThat(users.secondDelegate().call(() -> calendarService.meetingFile(meeting.getId()))).isEmpty();
        assertThat(users.delegate().call(() -> calendarService.meetingFile(-1L))).isEmpty();
    }

    @Test
    void aRescheduleKeepsTheUidWithAHigherSequenceAndACancellationIsCancelled() throws Exception {
        Meeting meeting = users.secretariat().call(() -> meetingService.schedule(details("Moving " + unique(),
                LocalDateTime.of(2031, 4, 1, 9, 0), LocalDateTime.of(2031, 4, 1, 12, 0), PARIS,
                Classification.OPEN)));
        VEvent before = event(parse(users.observer().call(() -> calendarService.meetingFile(meeting.getId()))
                .orElseThrow()), meeting.getId());

        Meeting moved = users.secretariat().call(() -> meetingService.update(meeting.getId(), meeting.getVersion(),
                details(meeting.getTitle(), LocalDateTime.of(2031, 4, 2, 14, 0), LocalDateTime.of(2031, 4, 2, 16, 0),
                        PARIS, Classification.OPEN)));
        VEvent after = event(parse(users.observer().call(() -> calendarService.meetingFile(meeting.getId()))
                .orElseThrow()), meeting.getId());
        users.secretariat().call(() -> meetingService.cancel(moved.getId(), moved.getVersion()));
        VEvent cancelled = event(parse(users.observer().call(() -> calendarService.meetingFile(meeting.getId()))
                .orElseThrow()), meeting.getId());

        assertThat(value(before, Property.UID)).isEqualTo(MeetingCalendar.uid(meeting.getId()))
                .isEqualTo(value(after, Property.UID)).isEqualTo(value(cancelled, Property.UID));
        assertThat(sequence(after)).isGreaterThan(sequence(before));
        assertThat(instant(after, Property.DTSTART)).isEqualTo(Instant.parse("2031-04-02T12:00:00Z"));
        assertThat(value(before, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(sequence(cancelled)).isGreaterThan(sequence(after));
    }

    // --- feeds ---

    @Test
    void aFeedHoldsWhatItsOwnerMaySeeFromThirtyDaysBackCancelledOnesIncluded() throws Exception {
        String run = unique();
        LocalDateTime soon = LocalDateTime.now(PARIS).plusDays(10).truncatedTo(ChronoUnit.HOURS).withHour(9);
        List<Meeting> m = users.secretariat().call(() -> {
            Meeting ours = meetingService.schedule(details("Ours " + run, soon, soon.plusHours(3), PARIS,
                    Classification.RESTRICTED, "AFRIPOL"));
            Meeting theirs = meetingService.schedule(details("Theirs " + run, soon, soon.plusHours(3), PARIS,
                    Classification.RESTRICTED, "EUROPOL"));
            Meeting open = meetingService.schedule(details("Open " + run, soon.plusDays(1),
                    soon.plusDays(1).plusHours(2), KOLKATA, Classification.OPEN));
            Meeting cancelled = meetingService.schedule(details("Cancelled " + run, soon.plusDays(2),
                    soon.plusDays(2).plusHours(2), PARIS, Classification.RESTRICTED, "AFRIPOL"));
            cancelled = meetingService.cancel(cancelled.getId(), cancelled.getVersion());
            Meeting recent = meetingService.schedule(details("Recent " + run, soon.minusDays(30),
                    soon.minusDays(30).plusHours(2), PARIS, Classification.RESTRICTED, "AFRIPOL"));
            Meeting old = meetingService.schedule(details("Old " + run, soon.minusDays(60),
                    soon.minusDays(60).plusHours(2), PARIS, Classification.RESTRICTED, "AFRIPOL"));
            return List.of(ours, theirs, open, cancelled, recent, old);
        });
        Meeting ours = m.get(0);
        Meeting theirs = m.get(1);
        Meeting open = m.get(2);
        Meeting cancelled = m.get(3);
        Meeting recent = m.get(4);
        Meeting old = m.get(5);
        String afripolToken = users.delegate().call(() -> calendarService.renewFeed());
        String europolToken = users.secondDelegate().call(() -> calendarService.renewFeed());

        // Read without signing in, as a calendar application does.
        Calendar afripolFeed = parse(users.anonymous().call(() -> calendarService.feed(afripolToken)).orElseThrow());
        Calendar europolFeed = parse(users.anonymous().call(() -> calendarService.feed(europolToken)).orElseThrow());

        assertThat(uids(afripolFeed)).contains(uid(ours), uid(open), uid(cancelled), uid(recent))
                .doesNotContain(uid(theirs), uid(old));
        assertThat(value(event(afripolFeed, cancelled.getId()), Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(event(afripolFeed, ours.getId()), Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(instant(event(afripolFeed, open.getId()), Property.DTSTART)).isEqualTo(open.getStartsAt());
        assertThat(instant(event(afripolFeed, ours.getId()), Property.DTSTART)).isEqualTo(ours.getStartsAt());
        assertThat(afripolFeed.getProperty(Property.METHOD).map(Property::getValue)).contains("PUBLISH");
        assertThat(afripolFeed.getProperty("X-WR-CALNAME").map(Property::getValue).orElseThrow())
                .contains(TestUsers.DELEGATE);
        // Another organisation's user: none of AFRIPOL's restricted meetings, only its own and the open one.
        assertThat(uids(europolFeed)).contains(uid(theirs), uid(open))
                .doesNotContain(uid(ours), uid(cancelled), uid(recent), uid(old));
    }

    @Test
    void renewingAFeedStopsTheOldTokenAndOnlyRealTokensOfEnabledAccountsOpenAFeed() {
        Optional<Instant> first = users.observer().call(() -> {
            calendarService.renewFeed();
            return calendarService.feedIssuedAt();
        });
        String old = users.observer().call(() -> calendarService.renewFeed());
        String current = users.observer().call(() -> calendarService.renewFeed());

        assertThat(first).isPresent();
        assertThat(old).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(current);
        assertThat(users.anonymous().call(() -> calendarService.feed(old))).isEmpty();
        assertThat(users.anonymous().call(() -> calendarService.feed(current))).isPresent();
        assertThat(users.observer().call(() -> calendarService.feedIssuedAt())).get()
                .satisfies(issued -> assertThat(issued).isAfterOrEqualTo(first.get()));
        for (String forged : new String[] {null, "", "abc", current + "x", current.substring(1) + "A",
                "../../" + current}) {
            assertThat(users.anonymous().call(() -> calendarService.feed(forged))).as(forged).isEmpty();
        }
        AccountSummary account = users.account(TestUsers.OBSERVER);

        // A disabled account's feed answers nothing, and again once the account is enabled.
        AccountSummary disabled = users.administrator().call(() -> accountService.disable(account.getId(),
                account.getVersion()));
        try {
            assertThat(users.anonymous().call(() -> calendarService.feed(current))).isEmpty();
        } finally {
            users.administrator().call(() -> accountService.enable(disabled.getId(), disabled.getVersion()));
        }
        assertThat(users.anonymous().call(() -> calendarService.feed(current))).isPresent();
    }

    // --- helpers ---

    private MeetingDetails details(String title, LocalDateTime start, LocalDateTime end, ZoneId zone,
            Classification classification, String... coOrganisers) {
        Set<Long> ids = Set.of(coOrganisers).stream().map(this::acronymId).collect(java.util.stream.Collectors
                .toSet());
        return new MeetingDetails(MeetingKind.JOINT_OPERATIONAL_MEETING, title, start, end, zone, "Headquarters",
                "Room of " + title, "Lyon", "France", ids, null, null, classification, null);
    }

    private Long acronymId(String acronym) {
        return organisationService.findByAcronym(acronym).orElseThrow().getId();
    }

    private static Calendar parse(byte[] file) throws Exception {
        return new CalendarBuilder().build(new StringReader(new String(file, StandardCharsets.UTF_8)));
    }

    private static VEvent event(Calendar calendar, long meetingId) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().map(Property::getValue).orElse("").equals(MeetingCalendar.uid(meetingId)))
                .findFirst().orElseThrow(() -> new AssertionError("no event for meeting " + meetingId));
    }

    private static List<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream().map(e -> e.getUid().orElseThrow().getValue())
                .toList();
    }

    private static String uid(Meeting meeting) {
        return MeetingCalendar.uid(meeting);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow(() -> new AssertionError("no " + property)).getValue();
    }

    private static int sequence(VEvent event) {
        return Integer.parseInt(value(event, Property.SEQUENCE));
    }

    private static Instant instant(VEvent event, String property) {
        Temporal date = ((DateProperty<?>) event.getProperty(property).orElseThrow()).getDate();
        return Instant.from(date);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
