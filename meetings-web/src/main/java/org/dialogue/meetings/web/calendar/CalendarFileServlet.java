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
 * One meeting as a calendar file, to download: {@code GET /calendar/meetings/<id>.ics} answers
 * {@code text/calendar; charset=UTF-8} as an attachment named {@code meeting-<id>.ics}. A meeting that does not exist
 * and one the reader may not see get the same not-found page (404), as does an address without a readable id. Like
 * every page, the address needs a signed-in user: {@code SignInFilter} sends anonymous requests to the sign-in page
 * without creating a session, and marks the answer {@code Cache-Control: no-store}. A program that the API linked
 * here signs in with its token instead ({@code BearerSignIn}, a GET only, no session).
 */
@WebServlet(name = "CalendarFile", urlPatterns = CalendarDownloads.MEETING_PATH + "*")
public class CalendarFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient CalendarService calendarService;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Long> id = CalendarDownloads.name(request.getPathInfo()).filter(n -> n.matches("\\d{1,18}"))
                .map(Long::valueOf);
        Optional<byte[]> file = id.flatMap(calendarService::meetingFile);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(MeetingCalendar.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"meeting-" + id.get() + ".ics\"");
        response.setContentLength(file.get().length);
        response.getOutputStream().write(file.get());
    }
}
