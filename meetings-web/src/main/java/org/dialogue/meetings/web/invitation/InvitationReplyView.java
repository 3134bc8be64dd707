package org.dialogue.meetings.web.invitation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.dialogue.meetings.application.InvitationService;
import org.dialogue.meetings.domain.invitation.Invitation;
import org.dialogue.meetings.domain.invitation.InvitationStatus;
import org.dialogue.meetings.domain.shared.BusinessRuleException;
import org.dialogue.meetings.web.support.Feedback;

/**
 * The page the invitation e-mail's link opens, {@code /invitations/reply.xhtml?token=...}: no sign-in, the signed
 * token is the credential. It shows the meeting and the person's current answer; the answer changes only when a
 * button is pressed (a POST), never by opening the link, since mail scanners open links too. The page is a transient
 * view and this bean request-scoped, so neither showing the page nor replying creates an HTTP session. A token that is
 * changed, made up or expired gets a clear message instead of the meeting.
 */
@Named
@RequestScoped
public class InvitationReplyView {

    @Inject
    private InvitationService invitationService;

    @Inject
    private FacesContext faces;

    @Inject
    private Feedback feedback;

    /** The client id of the form's hidden token field (reply.xhtml). */
    private static final String TOKEN_FIELD = "replyForm:token";

    private String token;
    private Invitation invitation;
    /** Why the link cannot be used, when it cannot. */
    private String refusal;

    /** On opening the link: the invitation the token names, or the reason it cannot be used. */
    public void load() {
        noStore();
        getInvitation();
    }

    /** One of the three buttons. */
    public void reply(InvitationStatus answer) {
        noStore();
        try {
            invitation = invitationService.replyByToken(token, answer);
            feedback.info("reply.thanks", label(answer));
        } catch (BusinessRuleException refused) {
            invitation = null;
            refusal = refused.localizedMessage(locale());
        }
    }

    /** The page holds a credential and a person's answer: no browser or proxy keeps a copy. */
    private void noStore() {
        ((HttpServletResponse) faces.getExternalContext().getResponse()).setHeader("Cache-Control", "no-store");
    }

    private Locale locale() {
        return faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.ENGLISH;
    }

    public InvitationStatus[] getAnswers() {
        return new InvitationStatus[] {InvitationStatus.ACCEPTED, InvitationStatus.DECLINED,
            InvitationStatus.TENTATIVE};
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    /**
     * The invitation the token names, looked up once per request. On a button's POST this is asked while the form is
     * decoded, before the hidden token field reaches {@link #token}, so the token is read from the request then: the
     * form must be rendered for its button to count, and this view keeps no state between requests.
     */
    public Invitation getInvitation() {
        if (invitation == null && refusal == null) {
            String posted = token != null ? token
                    : faces.getExternalContext().getRequestParameterMap().get(TOKEN_FIELD);
            try {
                invitation = invitationService.findByToken(posted);
            } catch (BusinessRuleException refused) {
                refusal = refused.localizedMessage(locale());
            }
        }
        return invitation;
    }

    public String getRefusal() {
        return refusal;
    }

    /** The label of an answer or an attendance status ("InvitationStatus.ACCEPTED" in the bundle). */
    private String label(Enum<?> value) {
        String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
        return feedback.text(key);
    }
}
