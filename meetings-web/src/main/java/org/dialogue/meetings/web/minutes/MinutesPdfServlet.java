package org.dialogue.meetings.web.minutes;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.dialogue.meetings.application.MinutesPdf;
import org.dialogue.meetings.application.MinutesService;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.domain.shared.RecordNotFoundException;
import org.dialogue.meetings.web.language.LanguageFilter;

/**
 * The minutes as a PDF, to download: {@code GET /minutes/pdf?id=<minutes id>} answers {@code application/pdf} as an
 * attachment named {@code minutes-<meeting id>-rev<revision>.pdf}. Minutes that do not exist and minutes the reader
 * may not see get the same not-found page (404), as does an address without a readable id, so the answer reveals
 * nothing. Like every page, the address needs a signed-in user: {@code SignInFilter} sends anonymous requests to the
 * sign-in page without creating a session, and marks the answer {@code Cache-Control: no-store}; a program that the
 * API linked here signs in with its token instead ({@code BearerSignIn}, a GET only, no session). Headings and labels
 * are in the reader's language, as the pages are (see {@link LanguageFilter}); Arabic prints right to left.
 */
@WebServlet(name = "MinutesPdf", urlPatterns = MinutesDownloads.PDF_PATH)
public class MinutesPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient MinutesService minutesService;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Long> id = id(request.getParameter("id"));
        Optional<Minutes> minutes = id.flatMap(minutesService::find);
        byte[] pdf;
        try {
            pdf = minutes.isPresent() ? minutesService.pdf(id.get(), LanguageFilter.localeOf(request)) : null;
        } catch (RecordNotFoundException e) {
            pdf = null; // gone, or out of the reader's sight, between the two calls
        }
        if (pdf == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + MinutesPdf.fileName(minutes.get())
                + "\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    private static Optional<Long> id(String parameter) {
        if (parameter == null || !parameter.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.valueOf(parameter));
    }
}
