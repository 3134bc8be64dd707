package org.dialogue.meetings.web.meeting;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.dialogue.meetings.domain.meeting.PeopleBusyException;
import org.dialogue.meetings.domain.meeting.RoomTakenException;
import org.dialogue.meetings.domain.shared.BusinessRuleException;

/**
 * The scheduling conflicts of the last save on the page, for {@code WEB-INF/includes/conflict-notice.xhtml}: the
 * meeting that has the room (with a link to it), or the people who would be in two meetings at once (a warning the
 * organiser may accept with the page's "Save anyway" button). Used by the meeting form, the copy dialog and the
 * calendar.
 */
@Named
@ViewScoped
public class ConflictNotice implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FacesContext faces;

    private Long otherMeetingId;
    private String otherTitle;
    private String otherSlot;
    private List<String> peopleWarnings = List.of();

    /**
     * Runs a save: its result, or the conflict it ran into, remembered for the notice and thrown again, so that the
     * caller's usual handling ({@code Feedback.attempt}) still shows the refusal and keeps the input.
     */
    public <T> T watch(Supplier<T> save) {
        clear();
        try {
            return save.get();
        } catch (BusinessRuleException refused) {
            show(refused);
            throw refused;
        }
    }

    /** Remembers a conflict; other refusals leave the notice empty. */
    public void show(BusinessRuleException refused) {
        clear();
        Locale locale = faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
        if (refused instanceof RoomTakenException taken) {
            otherMeetingId = taken.otherMeetingId();
            otherTitle = taken.otherTitle();
            otherSlot = taken.otherSlot(locale);
        } else if (refused instanceof PeopleBusyException busy) {
            peopleWarnings = busy.conflicts().stream().map(c -> PeopleBusyException.describe(c, locale)).toList();
        }
    }

    public void clear() {
        otherMeetingId = null;
        otherTitle = null;
        otherSlot = null;
        peopleWarnings = List.of();
    }

    public boolean isRoomTaken() {
        return otherMeetingId != null;
    }

    public boolean isPeopleBusy() {
        return !peopleWarnings.isEmpty();
    }

    public Long getOtherMeetingId() {
        return otherMeetingId;
    }

    public String getOtherTitle() {
        return otherTitle;
    }

    public String getOtherSlot() {
        return otherSlot;
    }

    public List<String> getPeopleWarnings() {
        return peopleWarnings;
    }
}
