package org.dialogue.meetings.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;
import org.dialogue.meetings.domain.shared.Text;

/**
 * One of an organisation's people: a delegation is chosen from them, invitations go to them, and a user account may
 * belong to one of them. Only the name is required; the secretariat often learns the rest later.
 */
@Entity
@Table(name = "person")
@NamedQuery(name = Person.FIND_BY_ORGANISATION,
        query = "select p from Person p where p.organisation.id = :organisation order by p.name, p.id")
public class Person implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_ORGANISATION = "Person.findByOrganisation";

    /** The languages mail can be written in. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("ar", "en", "es", "fr");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
    @SequenceGenerator(name = "ids", sequenceName = "id_sequence", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotNull(message = "{person.organisation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @NotBlank(message = "{person.name.required}")
    @Size(max = 200, message = "{person.name.size}")
    @Column(name = "full_name", nullable = false, length = 200)
    private String name;

    @Size(max = 200, message = "{person.function.size}")
    @Column(name = "job_function", length = 200)
    private String function;

    @Email(message = "{person.email.format}")
    @Size(max = 254, message = "{person.email.size}")
    @Column(length = 254)
    private String email;

    @Size(max = 40, message = "{person.phone.size}")
    @Pattern(regexp = "\\+?[0-9 ().\\-]*", message = "{person.phone.format}")
    @Column(length = 40)
    private String phone;

    /** A language tag (ar, en, es, fr): the language mail to this person is written in. */
    @Size(max = 10, message = "{person.language.size}")
    @Pattern(regexp = "ar|en|es|fr", message = "{person.language.offered}")
    @Column(name = "preferred_language", length = 10)
    private String preferredLanguage;

    protected Person() {
        // for JPA
    }

    public Person(Organisation organisation, String name) {
        this.organisation = organisation;
        this.name = Text.trimToNull(name);
    }

    /** Replaces what is known of the person; the organisation never changes. */
    public void describe(String name, String function, String email, String phone, String preferredLanguage) {
        this.name = Text.trimToNull(name);
        this.function = Text.trimToNull(function);
        this.email = Text.trimToNull(email);
        this.phone = Text.trimToNull(phone);
        this.preferredLanguage = Text.trimToNull(preferredLanguage);
    }

    /** The facts an audit entry compares before and after a change. */
    public java.util.Map<String, String> auditFields() {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("organisation", organisation == null ? "" : organisation.getAcronym());
        fields.put("name", name == null ? "" : name);
        fields.put("function", function == null ? "" : function);
        fields.put("email", email == null ? "" : email);
        fields.put("phone", phone == null ? "" : phone);
        fields.put("preferredLanguage", preferredLanguage == null ? "" : preferredLanguage);
        return fields;
    }

    public boolean belongsTo(long organisationId) {
        return organisation != null && Objects.equals(organisation.getId(), organisationId);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Organisation getOrganisation() {
        return organisation;
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

    @Override
    public String toString() {
        return name;
    }
}
