package org.dialogue.meetings.web.minutes;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.dialogue.meetings.application.MinutesService;
import org.dialogue.meetings.domain.minutes.ApprovalSignature;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.domain.shared.RecordNotFoundException;

/**
 * The application's signature of approved minutes, beside their canonical text ({@code minutes/signature?id=<minutes
 * id>}, downloaded as {@code minutes-<meeting id>-rev<revision>.txt.sig}): the raw DER bytes that {@code openssl dgst
 * -sha256 -verify key.pem -signature <file>.sig <file>.txt} checks, the key being the one published under the id in
 * the {@code X-Signing-Key-Id} header (and on the minutes page). Need-to-know as for the canonical text: minutes that
 * do not exist, that the reader may not see, or that carry no signature (not approved, or approved before approvals
 * were signed) answer 404.
 */
@WebServlet(name = "MinutesSignature", urlPatterns = MinutesDownloads.SIGNATURE_PATH)
public class MinutesSignatureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private MinutesService minutesService;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Long> id = MinutesDownloads.id(request.getParameter("id"));
        Optional<Minutes> minutes = id.flatMap(minutesService::find);
        Optional<ApprovalSignature> signature;
        try {
            signature = minutes.flatMap(found -> minutesService.signature(found.getId()));
        } catch (RecordNotFoundException gone) {
            signature = Optional.empty();
        }
        if (signature.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("X-Signing-Key-Id", signature.get().getKeyId());
        MinutesDownloads.sendAttachment(response, "application/octet-stream",
                MinutesDownloads.canonicalFileName(minutes.get()) + ".sig", signature.get().getBytes());
    }
}
