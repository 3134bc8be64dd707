package org.dialogue.meetings.application.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Clazz;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableClazz;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.dialogue.meetings.domain.invitation.Invitation;
import org.dialogue.meetings.domain.invitation.InvitationStatus;
import org.dialogue.meetings.domain.meeting.AgendaItem;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.shared.LocalFormats;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Writes meetings as iCalendar (RFC 5545) text with ical4j, for a download, a feed or a mail attachment.
 *
 * <p>Each meeting is one VEVENT: UID {@code meeting-<id>@dialogue-meetings} (stable for the meeting's life), SEQUENCE
 * from {@link Meeting#getCalendarSequence()} (raised on each new time, place or cancellation, so calendars replace the
 * event), DTSTAMP (now), DTSTART/DTEND on the venue's wall clock with its TZID and a VTIMEZONE for that zone, SUMMARY,
 * LOCATION (the venue), DESCRIPTION (the timed agenda, then the page's address), URL of the meeting page, CLASS,
 * STATUS (CONFIRMED, or CANCELLED for a cancelled meeting and for every event of a {@link CalendarMethod#CANCEL}),
 * ORGANIZER (the secretariat's sender address) and one ATTENDEE per invited person with an e-mail address, with the
 * PARTSTAT of their reply.
 *
 * <p>Configuration (MicroProfile Config): {@value #PUBLIC_URL_KEY}, the address users open the application at
 * (default {@value #DEFAULT_PUBLIC_URL}, the run command's port), and {@value #SENDER_KEY}, the secretariat's sender
 * address, either {@code address@host} or {@code Name <address@host>} (default {@value #DEFAULT_SENDER}).
 *
 * <p>Meetings must come with their agenda loaded and invitations with their person and meeting (call inside the
 * transaction that read them, or load them first). Time-zone definitions come from ical4j's own bundled registry;
 * nothing is fetched from the network ({@code ical4j.properties}).
 */
@ApplicationScoped
public class MeetingCalendar {

    /** The media type of every calendar this class writes. */
    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";

    public static final String PUBLIC_URL_KEY = "meetings.public-url";
    public static final String DEFAULT_PUBLIC_URL = "http://localhost:8080/";
    public static final String SENDER_KEY = "meetings.mail.sender";
    public static final String DEFAULT_SENDER = "secretariat@localhost";

    /** The page of one meeting, relative to the public address. */
    public static final String MEETING_PAGE = "meetings/view.xhtml?id=";

    static final String PRODUCT_ID = "-//Dialogue Meetings//Meetings calendar//EN";
    private static final String UID_DOMAIN = "@dialogue-meetings";
    private static final Pattern NAMED_ADDRESS = Pattern.compile("\\s*(.*?)\\s*<([^<>\\s]+@[^<>\\s]+)>\\s*");
    /** The calendar file speaks English (its summary and description are the product's words, in one language). */
    private static final DateTimeFormatter DAY = LocalFormats.mediumDate(Locale.ENGLISH);
    /** How often a subscribed calendar should read the feed again. */
    private static final Duration FEED_REFRESH = Duration.ofHours(1);

    @Inject
    private Clock clock;

    private String publicUrl;
    private String sender;

    /** For CDI: the clock is injected, the addresses are read from the configuration. */
    public MeetingCalendar() {
    }

    /** For tests and tools: everything given. */
    public MeetingCalendar(Clock clock, String publicUrl, String sender) {
        this.clock = Objects.requireNonNull(clock);
        this.publicUrl = withSlash(Objects.requireNonNull(publicUrl));
        this.sender = Objects.requireNonNull(sender);
    }

    // --- the public API ---

    /** One meeting as iCalendar text, with its invited people (invitations of other meetings are ignored). */
    public String text(CalendarMethod method, Meeting meeting, Collection<Invitation> invitations) {
        return text(method, List.of(meeting), invitations);
    }

    /** Several meetings in one calendar, each with the invitations among {@code invitations} that are its own. */
    public String text(CalendarMethod method, List<Meeting> meetings, Collection<Invitation> invitations) {
        return write(calendar(method, meetings, invitations));
    }

    /** {@link #text(CalendarMethod, Meeting, Collection)} as UTF-8 bytes. */
    public byte[] bytes(CalendarMethod method, Meeting meeting, Collection<Invitation> invitations) {
        return text(method, meeting, invitations).getBytes(StandardCharsets.UTF_8);
    }

    /** {@link #text(CalendarMethod, List, Collection)} as UTF-8 bytes. */
    public byte[] bytes(CalendarMethod method, List<Meeting> meetings, Collection<Invitation> invitations) {
        return text(method, meetings, invitations).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A personal feed (METHOD:PUBLISH) with a name calendar applications show for the subscription, and a hint to
     * read it again every hour.
     */
    public byte[] feed(String name, List<Meeting> meetings, Collection<Invitation> invitations) {
        Calendar calendar = calendar(CalendarMethod.PUBLISH, meetings, invitations);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-PUBLISHED-TTL", FEED_REFRESH.toString()));
        calendar.add(new RefreshInterval(new ParameterList(List.of(
                net.fortuna.ical4j.model.parameter.Value.DURATION)), FEED_REFRESH));
        return write(calendar).getBytes(StandardCharsets.UTF_8);
    }

    /** The media type for a mail part carrying a calendar of this method (RFC 6047 wants the method named). */
    public static String contentType(CalendarMethod method) {
        return CONTENT_TYPE + "; method=" + method.name();
    }

    /** The event's UID: the same for the meeting's whole life, whatever changes. */
    public static String uid(Meeting meeting) {
        return uid(meeting.getId());
    }

    public static String uid(long meetingId) {
        return "meeting-" + meetingId + UID_DOMAIN;
    }

    /** The name a downloaded or attached file gets. */
    public static String fileName(Meeting meeting) {
        return "meeting-" + meeting.getId() + ".ics";
    }

    /** The full address of a meeting's page, from {@value #PUBLIC_URL_KEY}. */
    public String meetingPage(long meetingId) {
        return publicUrl() + MEETING_PAGE + meetingId;
    }

    /** The public address of the application, ending with a slash. */
    public String publicUrl() {
        if (publicUrl == null) {
            publicUrl = withSlash(config(PUBLIC_URL_KEY, DEFAULT_PUBLIC_URL));
        }
        return publicUrl;
    }

    // --- building ---

    private Calendar calendar(CalendarMethod method, List<Meeting> meetings, Collection<Invitation> invitations) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method(method));
        Instant now = clock.instant();
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        Set<String> zonesAdded = new LinkedHashSet<>();
        for (Meeting meeting : meetings) {
            Optional<VTimeZone> zone = vTimeZone(registry, meeting.getTimeZone());
            if (zone.isPresent() && zonesAdded.add(meeting.getTimeZone().getId())) {
                calendar.add(zone.get());
            }
            List<Invitation> own = invitations.stream()
                    .filter(i -> Objects.equals(i.getMeeting().getId(), meeting.getId())).toList();
            calendar.add(event(method, meeting, own, now, zone.isPresent()));
        }
        return calendar;
    }

    private VEvent event(CalendarMethod method, Meeting meeting, List<Invitation> invitations, Instant now,
            boolean zoneDefined) {
        // With a VTIMEZONE the times are the venue's wall clock with its TZID; without one (a zone ical4j does not
        // know) they are written in UTC, which every calendar reads correctly.
        ZoneId zone = zoneDefined ? meeting.getTimeZone() : java.time.ZoneOffset.UTC;
        VEvent event = new VEvent(false);
        event.add(new Uid(uid(meeting)));
        event.add(new Sequence(meeting.getCalendarSequence()));
        event.add(new DtStamp(now));
        event.add(new DtStart<>(meeting.getStartsAt().atZone(zone)));
        event.add(new DtEnd<>(meeting.getEndsAt().atZone(zone)));
        event.add(new Summary(meeting.getTitle()));
        event.add(new Location(meeting.getVenue().getLabel()));
        event.add(new Description(description(meeting)));
        event.add(new Url(URI.create(meetingPage(meeting.getId()))));
        event.add(classOf(meeting));
        event.add(meeting.isCancelled() || method == CalendarMethod.CANCEL ? ImmutableStatus.VEVENT_CANCELLED
                : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(organizer());
        for (Invitation invitation : invitations) {
            attendee(method, invitation).ifPresent(event::add);
        }
        return event;
    }

    /** The timed agenda: each item's start and end on the venue's clock, computed from the meeting's start. */
    static String description(Meeting meeting, String meetingPage) {
        StringBuilder text = new StringBuilder();
        List<AgendaItem> agenda = meeting.getAgenda();
        ZoneId zone = meeting.getTimeZone();
        if (!agenda.isEmpty()) {
            text.append("Agenda (times in ").append(zone.getId()).append("):\n");
            ZonedDateTime start = meeting.getStartsAt().atZone(zone);
            ZonedDateTime meetingEnd = meeting.getEndsAt().atZone(zone);
            ZonedDateTime itemStart = start;
            for (AgendaItem item : agenda) {
                ZonedDateTime itemEnd = itemStart.plus(item.getPlannedDuration());
                text.append(clockTime(itemStart, start)).append('–').append(clockTime(itemEnd, start))
                        .append("  ").append(item.getTitle());
                if (item.getPresenter() != null) {
                    text.append(" (").append(item.getPresenter().getAcronym()).append(')');
                }
                if (itemEnd.isAfter(meetingEnd)) {
                    text.append(" [runs past the meeting's end]");
                }
                text.append('\n');
                itemStart = itemEnd;
            }
            text.append('\n');
        }
        if (meeting.isCancelled()) {
            text.append("This meeting is cancelled.\n\n");
        }
        return text.append("Meeting page: ").append(meetingPage).toString();
    }

    private String description(Meeting meeting) {
        return description(meeting, meetingPage(meeting.getId()));
    }

    /** The time alone on the meeting's first day, the day too after it. */
    private static String clockTime(ZonedDateTime time, ZonedDateTime meetingStart) {
        return (time.toLocalDate().equals(meetingStart.toLocalDate()) ? "" : DAY.format(time) + ", ")
                + LocalFormats.TIME.format(time);
    }

    private static Clazz classOf(Meeting meeting) {
        return switch (meeting.getClassification()) {
            case OPEN -> ImmutableClazz.PUBLIC;
            case RESTRICTED -> ImmutableClazz.PRIVATE;
            case CONFIDENTIAL -> ImmutableClazz.CONFIDENTIAL;
        };
    }

    private Organizer organizer() {
        String configured = sender();
        Matcher named = NAMED_ADDRESS.matcher(configured);
        String address = named.matches() ? named.group(2) : configured.strip();
        String name = named.matches() && !named.group(1).isBlank() ? named.group(1).replace("\"", "")
                : "Secretariat";
        Organizer organizer = new Organizer(URI.create("mailto:" + address));
        organizer.add(new Cn(name));
        return organizer;
    }

    /** An ATTENDEE needs an address: invited people without an e-mail address are left out. */
    private static Optional<Attendee> attendee(CalendarMethod method, Invitation invitation) {
        String email = invitation.getPerson().getEmail();
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        Attendee attendee = new Attendee(URI.create("mailto:" + email.strip()));
        attendee.add(new Cn(invitation.getPerson().getName()));
        attendee.add(CuType.INDIVIDUAL);
        attendee.add(Role.REQ_PARTICIPANT);
        attendee.add(partStat(invitation.getStatus()));
        if (method == CalendarMethod.REQUEST && invitation.getStatus() == InvitationStatus.PENDING) {
            attendee.add(Rsvp.TRUE);
        }
        return Optional.of(attendee);
    }

    static PartStat partStat(InvitationStatus status) {
        return switch (status) {
            case PENDING -> PartStat.NEEDS_ACTION;
            case ACCEPTED -> PartStat.ACCEPTED;
            case DECLINED -> PartStat.DECLINED;
            case TENTATIVE -> PartStat.TENTATIVE;
        };
    }

    private static Method method(CalendarMethod method) {
        return switch (method) {
            case PUBLISH -> ImmutableMethod.PUBLISH;
            case REQUEST -> ImmutableMethod.REQUEST;
            case CANCEL -> ImmutableMethod.CANCEL;
        };
    }

    /** ical4j's definition of the zone, from the definitions it bundles (never fetched). */
    private static Optional<VTimeZone> vTimeZone(TimeZoneRegistry registry, ZoneId zone) {
        TimeZone timeZone = registry.getTimeZone(zone.getId());
        return Optional.ofNullable(timeZone).map(TimeZone::getVTimeZone);
    }

    private static String write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            // Not validating: ical4j's iTIP rules refuse ATTENDEE in a PUBLISH, which the issue asks for (calendar
            // applications read it); the unit tests check what matters by parsing the output back.
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private String sender() {
        if (sender == null) {
            sender = config(SENDER_KEY, DEFAULT_SENDER);
        }
        return sender;
    }

    private static String config(String key, String fallback) {
        return ConfigProvider.getConfig().getOptionalValue(key, String.class).filter(v -> !v.isBlank())
                .orElse(fallback);
    }

    private static String withSlash(String url) {
        String trimmed = url.strip();
        return trimmed.endsWith("/") ? trimmed : trimmed + "/";
    }
}
