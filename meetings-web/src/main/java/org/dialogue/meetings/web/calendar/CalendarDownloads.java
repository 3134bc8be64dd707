package org.dialogue.meetings.web.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.util.Optional;
import org.dialogue.meetings.application.calendar.MeetingCalendar;

/**
 * The addresses of calendar files. From a page: {@code <a href="#{calendarDownloads.meeting(meeting.id)}">} gives
 * {@code /<context>/calendar/meetings/<id>.ics}, the meeting's file for a signed-in user (see
 * {@link CalendarFileServlet}); a feed's full address, {@code <meetings.public-url>calendar/feeds/<token>.ics}, is what
 * a calendar application subscribes to (see {@link CalendarFeedServlet}).
 */
@Named
@ApplicationScoped
public class CalendarDownloads {

    /** Where {@link CalendarFileServlet} answers, inside the application. */
    public static final String MEETING_PATH = "/calendar/meetings/";
    /** Where {@link CalendarFeedServlet} answers, inside the application. */
    public static final String FEED_PATH = "/calendar/feeds/";
    public static final String SUFFIX = ".ics";

    @Inject
    private ServletContext servletContext;

    @Inject
    private MeetingCalendar calendar;

    /** The address of a meeting's calendar file, with the context path: ready for an {@code href}. */
    public String meeting(Long meetingId) {
        return servletContext.getContextPath() + MEETING_PATH + meetingId + SUFFIX;
    }

    /** The full address of a feed, from the configured public address of the application. */
    public String feed(String token) {
        return calendar.publicUrl() + FEED_PATH.substring(1) + token + SUFFIX;
    }

    /** The part of a path after {@code prefix} and before ".ics" (for example a meeting id or a token), if any. */
    static Optional<String> name(String pathInfo) {
        if (pathInfo == null || !pathInfo.startsWith("/") || !pathInfo.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        String name = pathInfo.substring(1, pathInfo.length() - SUFFIX.length());
        return name.isEmpty() || name.contains("/") ? Optional.empty() : Optional.of(name);
    }
}
