package org.dialogue.meetings.application;

import java.io.Serializable;
import org.dialogue.meetings.domain.organisation.Person;

/**
 * One of an organisation's people as the caller may see them. Name and function are shown to everyone signed in;
 * e-mail, phone and preferred language only to the secretariat, administrators and the users of the person's own
 * organisation ({@link #contactShown()}); for everyone else they are {@code null}.
 */
public record PersonEntry(long id, long version, long organisationId, String organisationAcronym, String name,
        String function, String email, String phone, String preferredLanguage, boolean contactShown)
        implements Serializable {

    static PersonEntry of(Person person, boolean contactShown) {
        return new PersonEntry(person.getId(), person.getVersion(), person.getOrganisation().getId(),
                person.getOrganisation().getAcronym(), person.getName(), person.getFunction(),
                contactShown ? person.getEmail() : null, contactShown ? person.getPhone() : null,
                contactShown ? person.getPreferredLanguage() : null, contactShown);
    }

    // Getters for the pages: Jakarta EL 5 (Jakarta EE 10) reads bean properties, not record components.

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getOrganisationAcronym() {
        return organisationAcronym;
    }

    public String getName() {
        return name;
    }

    public String getFunction() {
        return function;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public boolean isContactShown() {
        return contactShown;
    }
}
