package org.dialogue.meetings.web.edition;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import java.util.List;
import java.util.function.Supplier;
import org.dialogue.meetings.application.EditionService;
import org.dialogue.meetings.application.MeetingService;
import org.dialogue.meetings.domain.edition.DialogueEdition;
import org.dialogue.meetings.domain.edition.PriorityAxis;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.web.support.Feedback;

/** The edition page: its facts, the priority axes it set (recorded and ordered here), and its meetings. */
@Named
@ViewScoped
public class EditionView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String AXES_FORM = "axesForm";
    private static final String PAGE = null;

    @Inject
    private EditionService editionService;

    @Inject
    private MeetingService meetingService;

    @Inject
    private Feedback feedback;

    private Long id;
    private DialogueEdition edition;
    private List<Meeting> meetings = List.of();
    private String newAxis;

    public void load() {
        edition = id == null ? null : editionService.find(id).orElse(null);
        meetings = edition == null ? List.of() : meetingService.findByEdition(id);
    }

    public void addAxis() {
        if (change(AXES_FORM, () -> editionService.addPriorityAxis(id, edition.getVersion(), newAxis))) {
            newAxis = null;
            feedback.info("edition.priorities.added");
        }
    }

    public void moveUp(PriorityAxis axis) {
        move(axis, -1);
    }

    public void moveDown(PriorityAxis axis) {
        move(axis, +1);
    }

    private void move(PriorityAxis axis, int step) {
        int position = edition.getPriorityAxes().indexOf(axis);
        if (change(AXES_FORM, () -> editionService.movePriorityAxis(id, edition.getVersion(), axis.getId(),
                position + step))) {
            feedback.info("edition.priorities.moved");
        }
    }

    public void removeAxis(PriorityAxis axis) {
        if (change(AXES_FORM, () -> editionService.removePriorityAxis(id, edition.getVersion(), axis.getId()))) {
            feedback.info("edition.priorities.removed");
        }
    }

    public void markHeld() {
        if (change(PAGE, () -> editionService.markHeld(id, edition.getVersion()))) {
            feedback.info("edition.markedHeld", edition.getNumber());
        }
    }

    public void cancelEdition() {
        if (change(PAGE, () -> editionService.cancel(id, edition.getVersion()))) {
            feedback.info("edition.cancelled", edition.getNumber());
        }
    }

    /** Applies one change; on refusal the reason is shown and what was typed stays. */
    private boolean change(String form, Supplier<DialogueEdition> action) {
        Optional<DialogueEdition> changed = feedback.attempt(form, action);
        changed.ifPresent(result -> edition = result);
        return changed.isPresent();
    }

    public DialogueEdition getEdition() {
        return edition;
    }

    public List<Meeting> getMeetings() {
        return meetings;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNewAxis() {
        return newAxis;
    }

    public void setNewAxis(String newAxis) {
        this.newAxis = newAxis;
    }
}
