package org.dialogue.meetings.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.dialogue.meetings.application.EditionService;
import org.dialogue.meetings.application.MeetingService;
import org.dialogue.meetings.domain.edition.DialogueEdition;
import org.dialogue.meetings.domain.meeting.Meeting;

/** The first page: what is coming up, and the priorities the Dialogue last set. */
@Named
@RequestScoped
public class DashboardView {

    private static final int UPCOMING_SHOWN = 10;

    @Inject
    private MeetingService meetingService;

    @Inject
    private EditionService editionService;

    private List<Meeting> upcoming;
    private DialogueEdition latestWithPriorities;

    @PostConstruct
    void load() {
        upcoming = meetingService.findUpcoming(UPCOMING_SHOWN);
        latestWithPriorities = editionService.findLatestWithPriorities().orElse(null);
    }

    public List<Meeting> getUpcoming() {
        return upcoming;
    }

    public DialogueEdition getLatestWithPriorities() {
        return latestWithPriorities;
    }
}
