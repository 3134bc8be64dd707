package org.dialogue.meetings.web.calendar;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.dialogue.meetings.application.CalendarService;
import org.dialogue.meetings.application.calendar.MeetingCalendar;

/**
 * A user's personal calendar feed, for calendar applications, which cannot sign in: {@code GET
 * /calendar/feeds/<token>.ics} answers {@code text/calendar; charset=UTF-8} with the meetings the token's owner may
 * see. The secret token is the credential, so the address is open ({@code SignInFilter} lets it through) and the answer
 * creates no HTTP session. A token that is not one, has been replaced, or belongs to a disabled account gets 404, the
 * same as any unknown address. Nothing is cached on the way ({@code no-store}): the feed is personal.
 */
@WebServlet(name = "CalendarFeed", urlPatterns = CalendarDownloads.FEED_PATH + "*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient CalendarService calendarService;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<byte[]> feed = CalendarDownloads.name(request.getPathInfo()).flatMap(calendarService::feed);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        if (feed.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(MeetingCalendar.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "inline; filename=\"meetings.ics\"");
        response.setContentLength(feed.get().length);
        response.getOutputStream().write(feed.get());
    }
}
