package org.dialogue.meetings.web.meeting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.dialogue.meetings.application.MeetingService;
import org.dialogue.meetings.application.ParticipantDetails;
import org.dialogue.meetings.application.PersonDetails;
import org.dialogue.meetings.application.PersonEntry;
import org.dialogue.meetings.application.PersonService;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.Participant;
import org.dialogue.meetings.domain.meeting.ParticipantRole;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.organisation.Person;
import org.dialogue.meetings.web.support.Feedback;

/**
 * The meeting page's participants, shown as delegations (an organisation's participants, head first), chosen from
 * the organisation's people (organisation, person, role), or a new person created in the organisation and added to
 * its delegation in one step. Each change is saved against the version of the meeting on the page ({@link MeetingView}),
 * which is then read again.
 */
@Named
@ViewScoped
public class DelegationView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "participantsForm";
    private static final String NEW_PERSON_FORM = "newParticipantForm";

    /** A delegation: one organisation's participants, head of delegation first, then by role and name. */
    public record Delegation(Organisation organisation, List<Participant> members) implements Serializable {

        // Getters for the page: Jakarta EL 5 (Jakarta EE 10) reads bean properties, not record components.
        public Organisation getOrganisation() {
            return organisation;
        }

        public List<Participant> getMembers() {
            return members;
        }
    }

    @Inject
    private ConflictNotice conflicts;

    @Inject
    private MeetingView meetingView;

    @Inject
    private MeetingService meetingService;

    @Inject
    private PersonService personService;

    @Inject
    private Feedback feedback;

    // Choosing one of an organisation's people
    private Long organisationId;
    private Long personId;
    private ParticipantRole role = ParticipantRole.DELEGATE;
    private List<PersonEntry> people = List.of();

    // A new person, added on the spot
    private Long newOrganisationId;
    private ParticipantRole newRole = ParticipantRole.DELEGATE;
    private String name;
    private String function;
    private String email;
    private String phone;
    private String preferredLanguage;

    public List<Delegation> getDelegations() {
        Meeting meeting = meetingView.getMeeting();
        if (meeting == null) {
            return List.of();
        }
        Map<Organisation, List<Participant>> byOrganisation = meeting.getParticipants().stream()
                .sorted(Comparator.comparing((Participant p) -> p.getOrganisation().getAcronym())
                        .thenComparing(Participant::getRole).thenComparing(Participant::getName))
                .collect(Collectors.groupingBy(Participant::getOrganisation, LinkedHashMap::new, Collectors.toList()));
        List<Delegation> delegations = new ArrayList<>();
        byOrganisation.forEach((organisation, members) -> delegations.add(new Delegation(organisation, members)));
        return delegations;
    }

    /** The organisation chosen: its people become the choices (one already taking part is refused with a message). */
    public void organisationChosen() {
        personId = null;
        people = organisationId == null ? List.of() : personService.findByOrganisation(organisationId);
    }

    public void add() {
        add(false);
    }

    /** The organiser accepts that the person is also in another meeting at the same time (the warning shown). */
    public void addAnyway() {
        add(true);
    }

    private void add(boolean overlapsConfirmed) {
        if (change(FORM, () -> conflicts.watch(() -> meetingService.addParticipant(meetingView.getId(),
                meetingView.getMeeting().getVersion(), ParticipantDetails.person(organisationId, personId, role),
                overlapsConfirmed)))) {
            feedback.info("meeting.participants.added");
            organisationChosen();
        }
    }

    /** Opens the new-person dialog for the organisation chosen in the form, if any. */
    public void startNewPerson() {
        newOrganisationId = organisationId;
        newRole = role == null ? ParticipantRole.DELEGATE : role;
        name = null;
        function = null;
        email = null;
        phone = null;
        preferredLanguage = null;
    }

    public void addNewPerson() {
        PersonDetails details = new PersonDetails(name, function, email, phone, preferredLanguage);
        if (change(NEW_PERSON_FORM, () -> meetingService.addParticipant(meetingView.getId(),
                meetingView.getMeeting().getVersion(), ParticipantDetails.newPerson(newOrganisationId, details,
                        newRole)))) {
            feedback.info("meeting.participants.newPersonAdded", name);
            if (newOrganisationId != null && newOrganisationId.equals(organisationId)) {
                organisationChosen();
            }
        }
    }

    public void remove(Participant participant) {
        if (change(FORM, () -> meetingService.removeParticipant(meetingView.getId(),
                meetingView.getMeeting().getVersion(), participant.getId()))) {
            feedback.info("meeting.participants.removed");
            if (organisationId != null) {
                organisationChosen();
            }
        }
    }

    /** Applies one change; the meeting page then shows the meeting as saved. */
    private boolean change(String form, Supplier<Meeting> action) {
        boolean done = feedback.attempt(form, action).isPresent();
        if (done) {
            meetingView.load();
        }
        return done;
    }

    public ParticipantRole[] getRoles() {
        return ParticipantRole.values();
    }

    public List<String> getLanguages() {
        return Person.LANGUAGES;
    }

    public List<PersonEntry> getPeople() {
        return people;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public ParticipantRole getRole() {
        return role;
    }

    public void setRole(ParticipantRole role) {
        this.role = role;
    }

    public Long getNewOrganisationId() {
        return newOrganisationId;
    }

    public void setNewOrganisationId(Long newOrganisationId) {
        this.newOrganisationId = newOrganisationId;
    }

    public ParticipantRole getNewRole() {
        return newRole;
    }

    public void setNewRole(ParticipantRole newRole) {
        this.newRole = newRole;
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
