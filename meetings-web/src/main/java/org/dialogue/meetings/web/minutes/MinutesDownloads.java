package org.dialogue.meetings.web.minutes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;

/**
 * The addresses of the files a page of minutes links to. From a page:
 * {@code <a href="#{minutesDownloads.pdf(minutes.id)}">} gives {@code /<context>/minutes/pdf?id=<minutes id>}, the PDF
 * of that revision (see {@link MinutesPdfServlet}), downloaded as {@code minutes-<meeting id>-rev<revision>.pdf}.
 */
@Named
@ApplicationScoped
public class MinutesDownloads {

    /** Where {@link MinutesPdfServlet} answers, inside the application. */
    public static final String PDF_PATH = "/minutes/pdf";

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
}
