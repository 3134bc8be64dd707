package org.dialogue.meetings.web.organisation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.dialogue.meetings.application.PersonDetails;
import org.dialogue.meetings.application.PersonEntry;
import org.dialogue.meetings.application.PersonService;
import org.dialogue.meetings.domain.organisation.Person;
import org.dialogue.meetings.web.support.Feedback;

/**
 * The people of the organisation shown on its page: listed for everyone (contact details as the service allows),
 * added, changed and removed in a dialog by those who maintain them (the secretariat, administrators, the
 * organisation's own delegates).
 */
@Named
@ViewScoped
public class PeopleView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String LIST_FORM = "peopleForm";
    private static final String DIALOG_FORM = "personForm";

    @Inject
    private PersonService personService;

    @Inject
    private Feedback feedback;

    private Long organisationId;
    private List<PersonEntry> people = List.of();
    private boolean maintains;

    /** The person in the dialog: null for a new one. */
    private PersonEntry editing;
    private String name;
    private String function;
    private String email;
    private String phone;
    private String preferredLanguage;

    /** Called by the organisation page once it knows the organisation. */
    public void load(Long organisationId) {
        this.organisationId = organisationId;
        if (organisationId != null) {
            people = personService.findByOrganisation(organisationId);
            maintains = personService.maintains(organisationId);
        }
    }

    public void startNew() {
        editing = null;
        fill(null, null, null, null, null);
    }

    public void startEdit(PersonEntry person) {
        editing = person;
        fill(person.name(), person.function(), person.email(), person.phone(), person.preferredLanguage());
    }

    private void fill(String name, String function, String email, String phone, String preferredLanguage) {
        this.name = name;
        this.function = function;
        this.email = email;
        this.phone = phone;
        this.preferredLanguage = preferredLanguage;
    }

    public void save() {
        PersonDetails details = new PersonDetails(name, function, email, phone, preferredLanguage);
        boolean adding = editing == null;
        feedback.attempt(DIALOG_FORM, () -> adding ? personService.add(organisationId, details)
                : personService.update(editing.id(), editing.version(), details)).ifPresent(saved -> {
                    feedback.info(adding ? "people.added" : "people.saved", saved.name());
                    load(organisationId);
                });
    }

    public void remove(PersonEntry person) {
        feedback.attempt(LIST_FORM, () -> {
            personService.remove(person.id(), person.version());
            return person;
        }).ifPresent(removed -> {
            feedback.info("people.removed", removed.name());
            load(organisationId);
        });
    }

    public List<String> getLanguages() {
        return Person.LANGUAGES;
    }

    public List<PersonEntry> getPeople() {
        return people;
    }

    public boolean isMaintains() {
        return maintains;
    }

    public boolean isAdding() {
        return editing == null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFunction() {
        return function;
    }

    public void setFunction(String function) {
        this.function = function;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }
}
