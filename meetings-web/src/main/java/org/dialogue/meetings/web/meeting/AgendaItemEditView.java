package org.dialogue.meetings.web.meeting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.dialogue.meetings.application.AgendaItemDetails;
import org.dialogue.meetings.application.MeetingService;
import org.dialogue.meetings.domain.meeting.AgendaItem;
import org.dialogue.meetings.web.support.Feedback;

/**
 * The dialog that changes one agenda item of the meeting page (title, presenter, planned duration, notes), saved
 * against the version of the meeting on the page ({@link MeetingView}), which is then read again.
 */
@Named
@ViewScoped
public class AgendaItemEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "agendaItemForm";

    @Inject
    private MeetingView meetingView;

    @Inject
    private MeetingService meetingService;

    @Inject
    private Feedback feedback;

    private Long itemId;
    private String title;
    private Long presenterId;
    private Integer plannedMinutes;
    private String notes;

    public void open(AgendaItem item) {
        itemId = item.getId();
        title = item.getTitle();
        presenterId = item.getPresenter() == null ? null : item.getPresenter().getId();
        plannedMinutes = item.getPlannedMinutes();
        notes = item.getNotes();
    }

    public void save() {
        AgendaItemDetails details = new AgendaItemDetails(title, presenterId,
                plannedMinutes == null ? 0 : plannedMinutes, notes);
        feedback.attempt(FORM, () -> meetingService.reviseAgendaItem(meetingView.getId(),
                meetingView.getMeeting().getVersion(), itemId, details)).ifPresent(saved -> {
                    meetingView.load();
                    feedback.info("meeting.agenda.revised", title);
                });
    }

    public Long getItemId() {
        return itemId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getPresenterId() {
        return presenterId;
    }

    public void setPresenterId(Long presenterId) {
        this.presenterId = presenterId;
    }

    public Integer getPlannedMinutes() {
        return plannedMinutes;
    }

    public void setPlannedMinutes(Integer plannedMinutes) {
        this.plannedMinutes = plannedMinutes;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
