package org.dialogue.meetings.web.minutes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.dialogue.meetings.domain.minutes.Minutes;

/**
 * The addresses of the files a page of minutes links to. From a page:
 * {@code <a href="#{minutesDownloads.pdf(minutes.id)}">} gives {@code /<context>/minutes/pdf?id=<minutes id>}, the PDF
 * of that revision (see {@link MinutesPdfServlet}), downloaded as {@code minutes-<meeting id>-rev<revision>.pdf};
 * the canonical text ({@link CanonicalMinutesServlet}) and its signature ({@link MinutesSignatureServlet}) are
 * {@code minutes-<meeting id>-rev<revision>.txt} and the same name followed by {@code .sig}.
 */
@Named
@ApplicationScoped
public class MinutesDownloads {

    /** Where {@link MinutesPdfServlet} answers, inside the application. */
    public static final String PDF_PATH = "/minutes/pdf";
    /** Where {@link CanonicalMinutesServlet} answers. */
    public static final String CANONICAL_PATH = "/minutes/canonical";
    /** Where {@link MinutesSignatureServlet} answers. */
    public static final String SIGNATURE_PATH = "/minutes/signature";

    @Inject
    private ServletContext servletContext;

    /** The address of the PDF of one revision of minutes, with the context path: ready for an {@code href}. */
    public String pdf(Long minutesId) {
        return servletContext.getContextPath() + pdfPath(minutesId);
    }

    /** The address of the PDF inside the application, without the context path. */
    public static String pdfPath(Long minutesId) {
        return PDF_PATH + "?id=" + minutesId;
    }

    /** The address of the signature ({@code .sig}) of approved minutes, with the context path. */
    public String signature(Long minutesId) {
        return servletContext.getContextPath() + SIGNATURE_PATH + "?id=" + minutesId;
    }

    /** The canonical text's file name, which the signature's file name extends with {@code .sig}. */
    static String canonicalFileName(Minutes minutes) {
        return "minutes-" + minutes.getMeeting().getId() + "-rev" + minutes.getRevision() + ".txt";
    }

    /**
     * Answers with a file of the minutes to save: its type, its name, and no copy kept by the browser or a proxy (the
     * minutes are need-to-know).
     */
    static void sendAttachment(HttpServletResponse response, String contentType, String fileName, byte[] bytes)
            throws IOException {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** A minutes id given in an address, if it is one. */
    static Optional<Long> id(String parameter) {
        try {
            return parameter == null ? Optional.empty() : Optional.of(Long.parseLong(parameter.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
