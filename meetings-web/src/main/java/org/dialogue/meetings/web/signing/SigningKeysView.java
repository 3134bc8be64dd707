package org.dialogue.meetings.web.signing;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.util.List;
import org.dialogue.meetings.application.SigningKeyDetails;
import org.dialogue.meetings.application.SigningKeyService;

/**
 * The signing keys as the About page shows them (the current key's fingerprint and PEM link, then the earlier keys),
 * and the PEM addresses the minutes page links beside a record's fingerprint. Read once per request.
 */
@Named
@RequestScoped
public class SigningKeysView {

    @EJB
    private SigningKeyService signingKeys;

    @Inject
    private ServletContext servletContext;

    private SigningKeyDetails current;
    private List<SigningKeyDetails> published;

    public SigningKeyDetails getCurrent() {
        if (current == null) {
            current = signingKeys.current();
        }
        return current;
    }

    /** The keys used before the current one (a rotation), the most recent first. */
    public List<SigningKeyDetails> getEarlier() {
        if (published == null) {
            published = signingKeys.published();
        }
        return published.stream().filter(key -> !key.current()).toList();
    }

    /** The stable address of the current key's PEM, with the context path: ready for an {@code href}. */
    public String getCurrentPem() {
        return servletContext.getContextPath() + SigningKeysServlet.path(SigningKeysServlet.CURRENT);
    }

    /** The address of one key's PEM, with the context path. */
    public String pem(String keyId) {
        return servletContext.getContextPath() + SigningKeysServlet.path(keyId);
    }
}
