package org.dialogue.meetings.application.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DateProperty;
import org.dialogue.meetings.domain.invitation.Invitation;
import org.dialogue.meetings.domain.invitation.InvitationStatus;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.MeetingKind;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.organisation.OrganisationKind;
import org.dialogue.meetings.domain.organisation.Person;
import org.dialogue.meetings.domain.shared.TimeSlot;
import org.dialogue.meetings.domain.shared.Venue;
import org.junit.jupiter.api.Test;

/**
 * The calendar files as calendar applications read them: written by {@link MeetingCalendar}, parsed back with ical4j.
 */
class MeetingCalendarTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final Instant NOW = Instant.parse("2030-01-15T10:00:00Z");

    private final MeetingCalendar writer = new MeetingCalendar(Clock.fixed(NOW, ZoneOffset.UTC),
            "https://meetings.example.org", "Dialogue Secretariat <secretariat@example.org>");
    private final Organisation afripol = withId(new Organisation("AFRIPOL", "African Union Mechanism for Police"
            + " Cooperation", OrganisationKind.REGIONAL), 7L);

    @Test
    void anEventCarriesTheVenuesZoneAndTheSameInstantsInTwoZones() throws Exception {
        Meeting paris = meeting(11L, "Joint meeting in Lyon", LocalDateTime.of(2030, 3, 4, 9, 0),
                LocalDateTime.of(2030, 3, 4, 17, 30), PARIS);
        Meeting kolkata = meeting(12L, "Regional meeting in Kolkata", LocalDateTime.of(2030, 3, 5, 9, 30),
                LocalDateTime.of(2030, 3, 5, 13, 0), KOLKATA);

        Calendar calendar = parse(writer.text(CalendarMethod.PUBLISH, List.of(paris, kolkata), List.of()));

        assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).contains("PUBLISH");
        assertThat(calendar.getComponents("VTIMEZONE")).extracting(z -> ((VTimeZone) z).getTimeZoneId().getValue())
                .containsExactly("Europe/Paris", "Asia/Kolkata");
        VEvent lyon = event(calendar, paris);
        assertThat(tzid(lyon, Property.DTSTART)).contains("Europe/Paris");
        assertThat(instant(lyon, Property.DTSTART)).isEqualTo(paris.getStartsAt())
                .isEqualTo(Instant.parse("2030-03-04T08:00:00Z"));
        assertThat(instant(lyon, Property.DTEND)).isEqualTo(paris.getEndsAt());
        assertThat(lyon.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20300304T090000");
        VEvent india = event(calendar, kolkata);
        assertThat(tzid(india, Property.DTSTART)).contains("Asia/Kolkata");
        assertThat(instant(india, Property.DTSTART)).isEqualTo(Instant.parse("2030-03-05T04:00:00Z"));
        assertThat(india.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20300305T093000");
        assertThat(instant(india, Property.DTEND)).isEqualTo(kolkata.getEndsAt());
    }

    @Test
    void anEventDescribesTheMeetingWithItsTimedAgendaAndPage() throws Exception {
        Meeting meeting = meeting(21L, "Joint meeting", LocalDateTime.of(2030, 3, 4, 9, 0),
                LocalDateTime.of(2030, 3, 4, 10, 0), PARIS);
        meeting.addAgendaItem("Opening", afripol, Duration.ofMinutes(15), null);
        meeting.addAgendaItem("Coffee break", null, Duration.ofMinutes(30), null);
        meeting.addAgendaItem("Data protection", null, Duration.ofMinutes(45), null);

        VEvent event = event(parse(writer.text(CalendarMethod.PUBLISH, meeting, List.of())), meeting);

        assertThat(value(event, Property.UID)).isEqualTo("meeting-21@dialogue-meetings");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Joint meeting");
        assertThat(value(event, Property.LOCATION)).isEqualTo("Headquarters, Room 3, Lyon, France");
        assertThat(value(event, Property.URL)).isEqualTo("https://meetings.example.org/meetings/view.xhtml?id=21");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(event, Property.CLASS)).isEqualTo("PRIVATE");
        assertThat(instant(event, Property.DTSTAMP)).isEqualTo(NOW);
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo("""
                Agenda (times in Europe/Paris):
                09:00–09:15  Opening (AFRIPOL)
                09:15–09:45  Coffee break
                09:45–10:30  Data protection [runs past the meeting's end]

                Meeting page: https://meetings.example.org/meetings/view.xhtml?id=21""");
        assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getValue())
                .isEqualTo("mailto:secretariat@example.org");
        assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getParameter(Parameter.CN)
                .map(Parameter::getValue)).contains("Dialogue Secretariat");
    }

    @Test
    void aRescheduleKeepsTheUidAndRaisesTheSequence() throws Exception {
        Meeting meeting = meeting(31L, "Moving meeting", LocalDateTime.of(2030, 3, 4, 9, 0),
                LocalDateTime.of(2030, 3, 4, 12, 0), PARIS);
        VEvent before = event(parse(writer.text(CalendarMethod.REQUEST, meeting, List.of())), meeting);

        meeting.reschedule(TimeSlot.ofLocal(LocalDateTime.of(2030, 3, 6, 14, 0), LocalDateTime.of(2030, 3, 6, 16, 0),
                PARIS));
        VEvent after = event(parse(writer.text(CalendarMethod.REQUEST, meeting, List.of())), meeting);

        assertThat(value(after, Property.UID)).isEqualTo(value(before, Property.UID));
        assertThat(Integer.parseInt(value(after, Property.SEQUENCE)))
                .isGreaterThan(Integer.parseInt(value(before, Property.SEQUENCE)));
        assertThat(instant(after, Property.DTSTART)).isEqualTo(Instant.parse("2030-03-06T13:00:00Z"));
    }

    @Test
    void aCancelledMeetingIsCancelledInEveryCalendarAndACancelNoticeSaysCancel() throws Exception {
        Meeting meeting = meeting(41L, "Cancelled meeting", LocalDateTime.of(2030, 3, 4, 9, 0),
                LocalDateTime.of(2030, 3, 4, 12, 0), PARIS);
        Meeting scheduled = meeting(42L, "Still on", LocalDateTime.of(2030, 3, 4, 9, 0),
                LocalDateTime.of(2030, 3, 4, 12, 0), PARIS);
        int sequenceBefore = meeting.getCalendarSequence();
        meeting.cancel();

        Calendar feed = parse(writer.text(CalendarMethod.PUBLISH, List.of(meeting, scheduled), List.of()));
        Calendar notice = parse(writer.text(CalendarMethod.CANCEL, meeting, List.of()));

        assertThat(value(event(feed, meeting), Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(event(feed, scheduled), Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(notice.getProperty(Property.METHOD).map(Property::getValue)).contains("CANCEL");
        VEvent cancelled = event(notice, meeting);
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(Integer.parseInt(value(cancelled, Property.SEQUENCE))).isGreaterThan(sequenceBefore);
        assertThat(value(cancelled, Property.DESCRIPTION)).contains("This meeting is cancelled.");
    }

    @Test
    void invitedPeopleAreAttendeesWithThePartStatOfTheirReply() throws Exception {
        Meeting meeting = meeting(51L, "Invitations", LocalDateTime.of(2030, 3, 4, 9, 0),
                LocalDateTime.of(2030, 3, 4, 12, 0), KOLKATA);
        Meeting other = meeting(52L, "Another meeting", LocalDateTime.of(2030, 3, 4, 9, 0),
                LocalDateTime.of(2030, 3, 4, 12, 0), KOLKATA);
        List<Invitation> invitations = List.of(
                invitation(meeting, "Amina Haddad", "amina@afripol.example", null),
                invitation(meeting, "Kwame Mensah", "kwame@afripol.example", InvitationStatus.ACCEPTED),
                invitation(meeting, "Léa Martin", "lea@afripol.example", InvitationStatus.DECLINED),
                invitation(meeting, "Ravi Kumar", "ravi@afripol.example", InvitationStatus.TENTATIVE),
                invitation(meeting, "No Address", null, InvitationStatus.ACCEPTED),
                invitation(other, "Elsewhere", "elsewhere@afripol.example", null));

        byte[] file = writer.bytes(CalendarMethod.REQUEST, meeting, invitations);
        VEvent event = event(parse(new String(file, StandardCharsets.UTF_8)), meeting);

        List<Attendee> attendees = event.getProperties(Property.ATTENDEE);
        assertThat(attendees).extracting(Property::getValue).containsExactly("mailto:amina@afripol.example",
                "mailto:kwame@afripol.example", "mailto:lea@afripol.example", "mailto:ravi@afripol.example");
        assertThat(attendees).extracting(a -> a.<PartStat>getParameter(Parameter.PARTSTAT).orElseThrow().getValue())
                .containsExactly("NEEDS-ACTION", "ACCEPTED", "DECLINED", "TENTATIVE");
        assertThat(attendees).extracting(a -> a.<Cn>getParameter(Parameter.CN).orElseThrow().getValue())
                .containsExactly("Amina Haddad", "Kwame Mensah", "Léa Martin", "Ravi Kumar");
        assertThat(attendees.get(0).getParameter(Parameter.RSVP).map(Parameter::getValue)).contains("TRUE");
    }

    @Test
    void theFeedIsNamedAndAskedToBeReadAgainHourly() throws Exception {
        Meeting meeting = meeting(61L, "Fed meeting", LocalDateTime.of(2030, 3, 4, 9, 0),
                LocalDateTime.of(2030, 3, 4, 12, 0), PARIS);

        Calendar feed = parse(new String(writer.feed("Dialogue meetings: amina", List.of(meeting), List.of()),
                StandardCharsets.UTF_8));

        assertThat(feed.getProperty("X-WR-CALNAME").map(Property::getValue)).contains("Dialogue meetings: amina");
        assertThat(feed.getProperty("REFRESH-INTERVAL").map(Property::getValue)).contains("PT1H");
        assertThat(feed.getComponents("VEVENT")).hasSize(1);
    }

    @Test
    void theMediaTypeNamesUtf8AndForMailTheMethod() {
        assertThat(MeetingCalendar.CONTENT_TYPE).isEqualTo("text/calendar; charset=UTF-8");
        assertThat(MeetingCalendar.contentType(CalendarMethod.REQUEST))
                .isEqualTo("text/calendar; charset=UTF-8; method=REQUEST");
    }

    // --- helpers ---

    private Meeting meeting(long id, String title, LocalDateTime start, LocalDateTime end, ZoneId zone) {
        Meeting meeting = new Meeting(MeetingKind.JOINT_OPERATIONAL_MEETING, title, TimeSlot.ofLocal(start, end, zone),
                new Venue("Headquarters", "Room 3", "Lyon", "France"));
        return withId(meeting, id);
    }

    private Invitation invitation(Meeting meeting, String name, String email, InvitationStatus reply) {
        Person person = new Person(afripol, name);
        person.describe(name, null, email, null, "en");
        Invitation invitation = new Invitation(meeting, person, "secretariat", NOW);
        if (reply != null) {
            invitation.reply(reply, "delegate", NOW);
        }
        return invitation;
    }

    static Calendar parse(String text) throws IOException, ParserException {
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").contains("PRODID:" + MeetingCalendar.PRODUCT_ID);
        return new CalendarBuilder().build(new StringReader(text));
    }

    static VEvent event(Calendar calendar, Meeting meeting) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().map(Property::getValue).orElse("").equals(MeetingCalendar.uid(meeting)))
                .findFirst().orElseThrow(() -> new AssertionError("no event for " + meeting));
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow(() -> new AssertionError("no " + property)).getValue();
    }

    static Optional<String> tzid(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().<TzId>getParameter(Parameter.TZID).map(Parameter::getValue);
    }

    static Instant instant(VEvent event, String property) {
        Temporal date = ((DateProperty<?>) event.getProperty(property).orElseThrow()).getDate();
        return Instant.from(date);
    }

    private static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
