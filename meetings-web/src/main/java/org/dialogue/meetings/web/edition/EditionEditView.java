package org.dialogue.meetings.web.edition;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.dialogue.meetings.application.EditionDetails;
import org.dialogue.meetings.application.EditionService;
import org.dialogue.meetings.domain.edition.DialogueEdition;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.web.support.Feedback;

/** The edition form, for a new edition or an existing one ({@code ?id=}). */
@Named
@ViewScoped
public class EditionEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "editionForm";

    @Inject
    private EditionService editionService;

    @Inject
    private Feedback feedback;

    private Long id;
    private long version;
    private boolean found = true;

    private Integer number;
    private String title;
    private Integer year;
    private LocalDate plannedStart;
    private LocalDate plannedEnd;
    private String venueCity;
    private String venueCountry;
    private String timeZone;
    private List<Long> participantIds = new ArrayList<>();

    public void load() {
        if (id == null) {
            title = feedback.text("edition.defaultTitle");
            number = editionService.nextNumber();
            return;
        }
        editionService.find(id).ifPresentOrElse(this::fill, () -> found = false);
    }

    private void fill(DialogueEdition edition) {
        version = edition.getVersion();
        number = edition.getNumber();
        title = edition.getTitle();
        year = edition.getYear();
        plannedStart = edition.getPlannedStart();
        plannedEnd = edition.getPlannedEnd();
        venueCity = edition.getVenue() == null ? null : edition.getVenue().getCity();
        venueCountry = edition.getVenue() == null ? null : edition.getVenue().getCountry();
        timeZone = edition.getTimeZone() == null ? null : edition.getTimeZone().getId();
        participantIds = new ArrayList<>(edition.getParticipants().stream().map(Organisation::getId).toList());
    }

    public String save() {
        EditionDetails details = new EditionDetails(number == null ? 0 : number, title, year, plannedStart,
                plannedEnd, venueCity, venueCountry, timeZone == null ? null : ZoneId.of(timeZone),
                new HashSet<>(participantIds));
        return feedback.attempt(FORM, () -> id == null ? editionService.schedule(details)
                            : editionService.update(id, version, details))
                .map(saved -> {
                    feedback.infoAfterRedirect("edition.saved", saved.getNumber());
                    return "/editions/view?faces-redirect=true&id=" + saved.getId();
                })
                .orElse(null); // refused: stay on the form, with the input and the reasons
    }

    public boolean isCreating() {
        return id == null;
    }

    public boolean isFound() {
        return found;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public void setPlannedStart(LocalDate plannedStart) {
        this.plannedStart = plannedStart;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public void setPlannedEnd(LocalDate plannedEnd) {
        this.plannedEnd = plannedEnd;
    }

    public String getVenueCity() {
        return venueCity;
    }

    public void setVenueCity(String venueCity) {
        this.venueCity = venueCity;
    }

    public String getVenueCountry() {
        return venueCountry;
    }

    public void setVenueCountry(String venueCountry) {
        this.venueCountry = venueCountry;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public List<Long> getParticipantIds() {
        return participantIds;
    }

    public void setParticipantIds(List<Long> participantIds) {
        this.participantIds = participantIds == null ? new ArrayList<>() : participantIds;
    }
}
