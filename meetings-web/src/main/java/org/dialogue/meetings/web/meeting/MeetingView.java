package org.dialogue.meetings.web.meeting;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.dialogue.meetings.application.AccountSummary;
import org.dialogue.meetings.application.AgendaItemDetails;
import org.dialogue.meetings.application.MeetingService;
import org.dialogue.meetings.application.MinutesService;
import org.dialogue.meetings.domain.meeting.AgendaItem;
import org.dialogue.meetings.domain.meeting.AgendaItemKind;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.minutes.MinutesLanguage;
import org.dialogue.meetings.domain.shared.BusinessRuleException;
import org.dialogue.meetings.domain.shared.StaleRecordException;
import org.dialogue.meetings.web.support.Feedback;
import org.primefaces.event.ReorderEvent;

/**
 * The meeting page: its facts, agenda and participants, and the changes made in place (agenda items added, moved
 * and removed; the meeting cancelled; participants through {@link DelegationView}, agenda item edits through
 * {@link AgendaItemEditView}). Each change is saved at once, against the
 * version of the meeting shown, so a change made on an outdated page is refused rather than applied blindly.
 */
@Named
@ViewScoped
public class MeetingView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String AGENDA_FORM = "agendaForm";
    /** Refusals of page-wide actions (cancelling) are shown at the top of the page. */
    private static final String PAGE = null;

    @Inject
    private MeetingService meetingService;

    @Inject
    private MinutesService minutesService;

    @Inject
    private Feedback feedback;

    private Long id;
    private Meeting meeting;
    /** Who is on a confidential meeting's access list, read when the page shows it (to the secretariat only). */
    private List<AccountSummary> accessList;
    /** The newest revision of the minutes the reader may read (null: none), once looked up. */
    private Long minutesId;
    private boolean minutesLookedUp;
    /** The language the minutes will be written in; the writer's page language until they choose. */
    private MinutesLanguage minutesLanguage;

    // The add-an-agenda-item form
    private AgendaItemKind itemKind = AgendaItemKind.ITEM;
    private String itemTitle;
    private Long itemPresenterId;
    private Integer itemMinutes;
    private String itemNotes;

    public void load() {
        meeting = id == null ? null : meetingService.find(id).orElse(null);
        accessList = null;
    }

    public void addAgendaItem() {
        if (change(AGENDA_FORM, () -> meetingService.addAgendaItem(id, meeting.getVersion(),
                new AgendaItemDetails(itemKind, itemTitle, itemPresenterId, itemMinutes == null ? 0 : itemMinutes,
                        itemNotes)))) {
            itemKind = AgendaItemKind.ITEM;
            itemTitle = null;
            itemPresenterId = null;
            itemMinutes = null;
            itemNotes = null;
            feedback.info("meeting.agenda.added");
        }
    }

    public void moveUp(AgendaItem item) {
        move(item, -1);
    }

    public void moveDown(AgendaItem item) {
        move(item, +1);
    }

    private void move(AgendaItem item, int step) {
        moveTo(item, meeting.getAgenda().indexOf(item) + step);
    }

    /** A row dragged to another place in the agenda table: saved at once, like the up and down buttons. */
    public void reorderAgenda(ReorderEvent event) {
        int from = event.getFromIndex();
        if (meeting == null || from == event.getToIndex() || from < 0 || from >= meeting.getAgenda().size()) {
            return;
        }
        moveTo(meeting.getAgenda().get(from), event.getToIndex());
    }

    /**
     * The table leaves the agenda's order alone when a row is dropped (its default would reorder the shown list
     * itself): the service changes it, under the meeting's version, in {@link #reorderAgenda}.
     */
    public void keepAgendaOrder() {
        // nothing: the order shown is always the one saved
    }

    /**
     * Moves an item under the version shown. When someone else changed the meeting meanwhile, nothing is moved: the
     * page says so and shows the agenda as it is now saved, for the user to move again.
     */
    private void moveTo(AgendaItem item, int position) {
        try {
            meeting = meetingService.moveAgendaItem(id, meeting.getVersion(), item.getId(), position);
            feedback.info("meeting.agenda.moved");
        } catch (StaleRecordException stale) {
            load();
            feedback.errorAtForm(AGENDA_FORM, "meeting.agenda.stale");
        } catch (BusinessRuleException refused) {
            feedback.reject(refused, AGENDA_FORM);
        }
    }

    public void removeAgendaItem(AgendaItem item) {
        if (change(AGENDA_FORM, () -> meetingService.removeAgendaItem(id, meeting.getVersion(), item.getId()))) {
            feedback.info("meeting.agenda.removed");
        }
    }

    public void cancelMeeting() {
        if (change(PAGE, () -> meetingService.cancel(id, meeting.getVersion()))) {
            feedback.info("meeting.cancelled");
        }
    }

    /** The newest revision of the meeting's minutes the reader may read, if any. */
    public Long getMinutesId() {
        if (!minutesLookedUp && meeting != null) {
            minutesId = minutesService.ofMeeting(id).stream().findFirst().map(m -> m.getId()).orElse(null);
            minutesLookedUp = true;
        }
        return minutesId;
    }

    /** The secretariat opens the minutes (one item per agenda item, the participants as attendance) and goes there. */
    public String openMinutes() {
        return feedback.attempt(PAGE, () -> minutesService.open(id, getMinutesLanguage()))
                .map(opened -> {
                    feedback.infoAfterRedirect("minutes.opened");
                    return "/minutes/view?faces-redirect=true&id=" + opened.getId();
                }).orElse(null);
    }

    public MinutesLanguage getMinutesLanguage() {
        if (minutesLanguage == null) {
            minutesLanguage = MinutesLanguage.of(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }
        return minutesLanguage;
    }

    public void setMinutesLanguage(MinutesLanguage minutesLanguage) {
        this.minutesLanguage = minutesLanguage;
    }

    public MinutesLanguage[] getMinutesLanguages() {
        return MinutesLanguage.values();
    }

    /** Applies one change; on refusal the reason is shown and what was typed stays. */
    private boolean change(String form, Supplier<Meeting> action) {
        Optional<Meeting> changed = feedback.attempt(form, action);
        changed.ifPresent(result -> meeting = result);
        return changed.isPresent();
    }

    /** Planned agenda minutes beyond the meeting's length; zero when the agenda fits. */
    public long getAgendaOverrunMinutes() {
        return Math.max(0, getAgendaMinutes() - getMeetingMinutes());
    }

    public long getAgendaMinutes() {
        return meeting == null ? 0 : meeting.plannedAgendaDuration().toMinutes();
    }

    public long getMeetingMinutes() {
        return meeting == null ? 0 : meeting.getSlot().duration().toMinutes();
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public List<AccountSummary> getAccessList() {
        if (accessList == null) {
            accessList = meeting == null ? List.of() : meetingService.accessList(meeting.getId());
        }
        return accessList;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AgendaItemKind getItemKind() {
        return itemKind;
    }

    public void setItemKind(AgendaItemKind itemKind) {
        this.itemKind = itemKind;
    }

    public String getItemTitle() {
        return itemTitle;
    }

    public void setItemTitle(String itemTitle) {
        this.itemTitle = itemTitle;
    }

    public Long getItemPresenterId() {
        return itemPresenterId;
    }

    public void setItemPresenterId(Long itemPresenterId) {
        this.itemPresenterId = itemPresenterId;
    }

    public Integer getItemMinutes() {
        return itemMinutes;
    }

    public void setItemMinutes(Integer itemMinutes) {
        this.itemMinutes = itemMinutes;
    }

    public String getItemNotes() {
        return itemNotes;
    }

    public void setItemNotes(String itemNotes) {
        this.itemNotes = itemNotes;
    }
}
