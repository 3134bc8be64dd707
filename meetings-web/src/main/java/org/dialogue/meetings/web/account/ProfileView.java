package org.dialogue.meetings.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.dialogue.meetings.application.AccountService;
import org.dialogue.meetings.application.AccountSummary;
import org.dialogue.meetings.web.support.Feedback;
import org.dialogue.meetings.web.support.ViewerZone;

/**
 * "My profile": the signed-in user's own account (name, role, organisation) and their time zone, which they change
 * here; the password has its own page, linked from this one. Sections for more of one's own settings are added to
 * the page as includes.
 */
@Named
@ViewScoped
public class ProfileView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "zoneForm";

    @Inject
    private AccountService accounts;

    @Inject
    private Feedback feedback;

    @Inject
    private ViewerZone viewerZone;

    private AccountSummary me;
    private String timeZone;

    public void load() {
        me = accounts.me();
        timeZone = me.getTimeZone() == null ? null : me.getTimeZone().getId();
    }

    /** Saves the chosen zone against the version of the account shown. */
    public void saveTimeZone() {
        feedback.attempt(FORM, () -> accounts.changeOwnTimeZone(me.getVersion(), timeZone)).ifPresent(saved -> {
            me = saved;
            viewerZone.changed(saved.getTimeZone());
            feedback.info("profile.timeZone.saved", saved.getTimeZone().getId());
        });
    }

    public AccountSummary getMe() {
        return me;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}
