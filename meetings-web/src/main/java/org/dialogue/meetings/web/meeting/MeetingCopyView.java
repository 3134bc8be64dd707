package org.dialogue.meetings.web.meeting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.dialogue.meetings.application.MeetingService;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.web.support.Feedback;
import org.dialogue.meetings.web.support.TimeFormat;

/**
 * "The next one" on the meeting page: copies the meeting to a new date (same venue times, agenda, participants,
 * co-organisers, agreement, classification and access list) in the edition chosen (the meeting's own by default),
 * then opens the copy's form so that the organiser changes what differs. A room taken on the new date is refused with
 * a link to the meeting that has it; people busy elsewhere are a warning, accepted with "Copy anyway".
 */
@Named
@ViewScoped
public class MeetingCopyView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "copyMeetingForm";

    @Inject
    private MeetingService meetingService;

    @Inject
    private ConflictNotice conflicts;

    @Inject
    private Feedback feedback;

    @Inject
    private TimeFormat timeFormat;

    private Long meetingId;
    private LocalDate date;
    private Long editionId;
    private boolean prepared;

    /** Fills the dialog from the meeting on the page, once: a week later, in the same edition. */
    public void prepare(Meeting meeting) {
        if (!prepared && meeting != null) {
            meetingId = meeting.getId();
            date = meeting.getSlot().localStart().toLocalDate().plusWeeks(1);
            editionId = meeting.getEdition() == null ? null : meeting.getEdition().getId();
            prepared = true;
        }
    }

    public String copy() {
        return copy(false);
    }

    /** After a warning about people in two meetings at once: copies with the overlaps accepted. */
    public String copyAnyway() {
        return copy(true);
    }

    private String copy(boolean overlapsConfirmed) {
        return feedback.attempt(FORM, () -> conflicts.watch(() -> meetingService.copy(meetingId, date, editionId,
                        overlapsConfirmed)))
                .map(copy -> {
                    feedback.infoAfterRedirect("meeting.copied", copy.getTitle(), timeFormat.date(date));
                    return "/meetings/edit?faces-redirect=true&id=" + copy.getId();
                })
                .orElse(null);
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Long getEditionId() {
        return editionId;
    }

    public void setEditionId(Long editionId) {
        this.editionId = editionId;
    }
}
