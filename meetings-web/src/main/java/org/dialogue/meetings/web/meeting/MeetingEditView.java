package org.dialogue.meetings.web.meeting;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dialogue.meetings.application.AccountService;
import org.dialogue.meetings.application.AccountSummary;
import org.dialogue.meetings.application.MeetingDetails;
import org.dialogue.meetings.application.MeetingService;
import org.dialogue.meetings.domain.meeting.Classification;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.MeetingKind;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.web.support.Feedback;

/**
 * The meeting form, for a new meeting or an existing one ({@code ?id=}). What the organiser typed stays in the form
 * whenever a save is refused, including when someone else saved the meeting meanwhile.
 *
 * <p>The form also says who may read the meeting: its classification (restricted unless the organiser chooses
 * otherwise) and, for a confidential meeting, the users on its access list.
 */
@Named
@ViewScoped
public class MeetingEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "meetingForm";

    @Inject
    private MeetingService meetingService;

    @Inject
    private AccountService accountService;

    @Inject
    private Feedback feedback;

    /** The room taken or the people busy elsewhere, shown above the buttons (issue 7's conflicts). */
    @Inject
    private ConflictNotice conflicts;

    private Long id;
    private long version;
    private boolean found = true;
    private boolean overlapsConfirmed;

    private MeetingKind kind = MeetingKind.JOINT_OPERATIONAL_MEETING;
    private String title;
    private LocalDateTime start;
    private LocalDateTime end;
    private String timeZone;
    private String venueName;
    private String venueRoom;
    private String venueCity;
    private String venueCountry;
    private List<Long> coOrganiserIds = new ArrayList<>();
    private Long editionId;
    private Long agreementId;
    private Classification classification = Classification.RESTRICTED;
    private List<Long> accessUserIds = new ArrayList<>();

    /** The users who can be put on the access list, read once per page; see {@link #getAccessOptions()}. */
    private List<SelectItem> accessOptions;
    /** Those already on the meeting's list, offered even when no longer selectable (a disabled account). */
    private final Map<Long, SelectItem> listed = new LinkedHashMap<>();

    /** Fills the form from the stored meeting when editing. */
    public void load() {
        if (id == null) {
            return;
        }
        meetingService.find(id).ifPresentOrElse(this::fill, () -> found = false);
    }

    private void fill(Meeting meeting) {
        version = meeting.getVersion();
        kind = meeting.getKind();
        title = meeting.getTitle();
        start = meeting.getSlot().localStart().toLocalDateTime();
        end = meeting.getSlot().localEnd().toLocalDateTime();
        timeZone = meeting.getTimeZone().getId();
        venueName = meeting.getVenue().getName();
        venueRoom = meeting.getVenue().getRoom();
        venueCity = meeting.getVenue().getCity();
        venueCountry = meeting.getVenue().getCountry();
        coOrganiserIds = new ArrayList<>(meeting.getCoOrganisers().stream().map(Organisation::getId).toList());
        editionId = meeting.getEdition() == null ? null : meeting.getEdition().getId();
        agreementId = meeting.getAgreement() == null ? null : meeting.getAgreement().getId();
        classification = meeting.getClassification();
        List<AccountSummary> accessList = meetingService.accessList(meeting.getId());
        accessUserIds = new ArrayList<>(accessList.stream().map(AccountSummary::getId).toList());
        accessList.forEach(user -> listed.put(user.getId(), option(user)));
    }

    /** One user offered for the access list: "full name (user name, ORG)". */
    private SelectItem option(AccountSummary user) {
        return new SelectItem(user.getId(), user.getOrganisationId() == null
                ? feedback.text("meeting.accessList.user", user.getFullName(), user.getUsername())
                : feedback.text("meeting.accessList.userOfOrganisation", user.getFullName(), user.getUsername(),
                        user.getOrganisationAcronym()));
    }

    public String save() {
        MeetingDetails details = new MeetingDetails(kind, title, start, end,
                timeZone == null ? null : ZoneId.of(timeZone), venueName, venueRoom, venueCity, venueCountry,
                new HashSet<>(coOrganiserIds), editionId, agreementId, classification,
                isConfidential() ? new HashSet<>(accessUserIds) : Set.of());
        return feedback.attempt(FORM, () -> conflicts.watch(() -> id == null ? meetingService.schedule(details)
                            : meetingService.update(id, version, details, overlapsConfirmed)))
                .map(saved -> {
                    feedback.infoAfterRedirect("meeting.saved", saved.getTitle());
                    return "/meetings/view?faces-redirect=true&id=" + saved.getId();
                })
                .orElse(null); // refused: stay on the form, with the input and the reasons
    }

    /** After the warning that people would be in two meetings at once: saves with those overlaps accepted. */
    public String saveAnyway() {
        overlapsConfirmed = true;
        try {
            return save();
        } finally {
            overlapsConfirmed = false;
        }
    }

    public boolean isCreating() {
        return id == null;
    }

    public boolean isFound() {
        return found;
    }

    public MeetingKind[] getKinds() {
        return MeetingKind.values();
    }

    public Classification[] getClassifications() {
        return Classification.values();
    }

    /** Whether the form asks for the access list. */
    public boolean isConfidential() {
        return classification == Classification.CONFIDENTIAL;
    }

    /** Every enabled user, and anyone already on the list, by user name. */
    public List<SelectItem> getAccessOptions() {
        if (accessOptions == null) {
            Map<Long, SelectItem> options = new LinkedHashMap<>();
            accountService.findSelectable().forEach(user -> options.put(user.getId(), option(user)));
            listed.forEach(options::putIfAbsent);
            accessOptions = List.copyOf(options.values());
        }
        return accessOptions;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public void setEnd(LocalDateTime end) {
        this.end = end;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getVenueName() {
        return venueName;
    }

    public void setVenueName(String venueName) {
        this.venueName = venueName;
    }

    public String getVenueRoom() {
        return venueRoom;
    }

    public void setVenueRoom(String venueRoom) {
        this.venueRoom = venueRoom;
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

    public List<Long> getCoOrganiserIds() {
        return coOrganiserIds;
    }

    public void setCoOrganiserIds(List<Long> coOrganiserIds) {
        this.coOrganiserIds = coOrganiserIds == null ? new ArrayList<>() : coOrganiserIds;
    }

    public Long getEditionId() {
        return editionId;
    }

    public void setEditionId(Long editionId) {
        this.editionId = editionId;
    }

    public Classification getClassification() {
        return classification;
    }

    public void setClassification(Classification classification) {
        this.classification = classification;
    }

    public List<Long> getAccessUserIds() {
        return accessUserIds;
    }

    public void setAccessUserIds(List<Long> accessUserIds) {
        this.accessUserIds = accessUserIds == null ? new ArrayList<>() : accessUserIds;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public void setAgreementId(Long agreementId) {
        this.agreementId = agreementId;
    }
}
