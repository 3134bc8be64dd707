package org.dialogue.meetings.web.minutes;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.dialogue.meetings.application.MinutesService;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.domain.shared.RecordNotFoundException;

/**
 * The canonical text of minutes as a file ({@code minutes/canonical?id=<minutes id>}): for approved minutes exactly
 * the bytes whose SHA-256 the minutes page shows, so that {@code sha256sum} on the downloaded file gives that hash.
 * Need-to-know is the service's: minutes that do not exist and minutes the reader may not see both answer 404.
 */
@WebServlet(name = "CanonicalMinutes", urlPatterns = MinutesDownloads.CANONICAL_PATH)
public class CanonicalMinutesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private MinutesService minutesService;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Long> id = MinutesDownloads.id(request.getParameter("id"));
        Optional<Minutes> minutes = id.flatMap(minutesService::find);
        if (minutes.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String text;
        try {
            text = minutesService.canonicalText(id.get());
        } catch (RecordNotFoundException gone) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        MinutesDownloads.sendAttachment(response, "text/plain; charset=UTF-8",
                MinutesDownloads.canonicalFileName(minutes.get()), text.getBytes(StandardCharsets.UTF_8));
    }
}
