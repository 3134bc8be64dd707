package org.dialogue.meetings.web.signing;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.dialogue.meetings.application.SigningKeyDetails;
import org.dialogue.meetings.application.SigningKeyService;

/**
 * The public keys approved minutes are signed with, as PEM files at stable addresses, for {@code openssl}:
 * {@code /signing-keys/current.pem} (the key that signs now) and {@code /signing-keys/<key id>.pem} (any key ever
 * used, the id being the one shown beside a record's SHA-256). Open to everyone without signing in and without an HTTP
 * session ({@code SignInFilter} lets the folder through). Any other name answers 404.
 */
@WebServlet(name = "SigningKeys", urlPatterns = SigningKeysServlet.PATH + "*")
public class SigningKeysServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The folder of the key files, inside the application. */
    public static final String PATH = "/signing-keys/";
    public static final String CURRENT = "current";
    private static final String EXTENSION = ".pem";

    @EJB
    private SigningKeyService signingKeys;

    /** The address of a key's PEM inside the application, without the context path. */
    public static String path(String keyIdOrCurrent) {
        return PATH + keyIdOrCurrent + EXTENSION;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<SigningKeyDetails> key = Optional.empty();
        if (name.endsWith(EXTENSION)) {
            String id = name.substring(0, name.length() - EXTENSION.length());
            key = CURRENT.equals(id) ? Optional.of(signingKeys.current()) : signingKeys.find(id);
        }
        if (key.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pem = key.get().publicKeyPem().getBytes(StandardCharsets.US_ASCII);
        response.setContentType("application/x-pem-file");
        response.setHeader("Content-Disposition", "inline; filename=\"" + key.get().keyId() + EXTENSION + "\"");
        // A key under its id never changes; "current" changes at a rotation, so it is checked again each time.
        response.setHeader("Cache-Control", name.startsWith(CURRENT) ? "no-cache" : "public, max-age=86400");
        response.setHeader("X-Signing-Key-Id", key.get().keyId());
        response.setContentLength(pem.length);
        response.getOutputStream().write(pem);
    }
}
