package org.dialogue.meetings.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.dialogue.meetings.application.AccountSummary;
import org.dialogue.meetings.application.PersonEntry;
import org.dialogue.meetings.application.PersonService;
import org.dialogue.meetings.web.support.Feedback;

/**
 * On the administrator's user form: the person the account belongs to, chosen among the people of the user's
 * organisation, linked (or unlinked) against the account's version on the page ({@link UserEditView}).
 */
@Named
@ViewScoped
public class UserPersonView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "personLinkForm";

    @Inject
    private UserEditView userEditView;

    @Inject
    private PersonService personService;

    @Inject
    private Feedback feedback;

    private Long personId;
    private List<PersonEntry> people;
    /** The account whose link and choices were read: read again when the page shows another version. */
    private Long readForVersion;

    private void read() {
        AccountSummary user = userEditView.getUser();
        if (user == null || Long.valueOf(user.getVersion()).equals(readForVersion)) {
            return;
        }
        readForVersion = user.getVersion();
        personId = personService.linkedTo(user.getId()).map(PersonEntry::id).orElse(null);
        people = user.getOrganisationId() == null ? List.of()
                : personService.findByOrganisation(user.getOrganisationId());
    }

    public void save() {
        AccountSummary user = userEditView.getUser();
        Long chosen = personId;
        feedback.attempt(FORM, () -> personService.linkAccount(user.getId(), user.getVersion(), chosen))
                .ifPresent(saved -> {
                    userEditView.load();
                    feedback.info(chosen == null ? "user.person.unlinked" : "user.person.linked",
                            saved.getUsername());
                });
    }

    public List<PersonEntry> getPeople() {
        read();
        return people == null ? List.of() : people;
    }

    public Long getPersonId() {
        read();
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }
}
