package org.dialogue.meetings.domain.meeting;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.persistence.FetchType;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.organisation.Person;
import org.dialogue.meetings.domain.shared.Text;

/** A person taking part in a meeting for an organisation, in a role. */
@Entity
@Table(name = "participant")
public class Participant implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
    @SequenceGenerator(name = "ids", sequenceName = "id_sequence", allocationSize = 50)
    private Long id;

    @NotBlank(message = "{participant.name.required}")
    @Size(max = 200, message = "{participant.name.size}")
    @Column(name = "full_name", nullable = false, length = 200)
    private String name;

    @NotNull(message = "{participant.organisation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    /** The person taking part; empty only for participants recorded before people were kept. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @NotNull(message = "{participant.role.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ParticipantRole role;

    protected Participant() {
        // for JPA
    }

    Participant(String name, Organisation organisation, ParticipantRole role) {
        this.name = Text.trimToNull(name);
        this.organisation = organisation;
        this.role = role;
    }

    Participant(Person person, ParticipantRole role) {
        this(person.getName(), person.getOrganisation(), role);
        this.person = person;
    }

    /** Takes the person's current name (participants keep a copy, which minutes and lists read). */
    public void personRenamed() {
        if (person != null) {
            this.name = person.getName();
        }
    }

    /** The same person (or name), organisation and role, for a copy of the meeting. */
    Participant copy() {
        Participant copy = new Participant(name, organisation, role);
        copy.person = person;
        return copy;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    /** The person taking part, or {@code null} for a participant recorded by name only. */
    public Person getPerson() {
        return person;
    }

    public ParticipantRole getRole() {
        return role;
    }
}
