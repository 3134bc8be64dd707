package org.dialogue.meetings.web.meeting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.dialogue.meetings.domain.meeting.AgendaItem;
import org.dialogue.meetings.domain.meeting.AgendaItemKind;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.TimedAgendaItem;
import org.dialogue.meetings.web.support.TimeFormat;

/**
 * The timing of the meeting page's agenda: each item's planned start and end on the venue's clock
 * ({@link Meeting#timedAgenda()}), and whether it runs past the meeting's end. Computed once per version of the
 * meeting shown, whatever the number of rows and columns that ask.
 */
@Named
@RequestScoped
public class TimedAgendaView {

    @Inject
    private MeetingView meetingView;

    @Inject
    private TimeFormat timeFormat;

    private Meeting timedMeeting;
    private long timedVersion;
    private Map<AgendaItem, TimedAgendaItem> rows = Map.of();

    /** "09:30–10:15" at the venue (with the date on the meeting's later days). */
    public String time(AgendaItem item) {
        TimedAgendaItem row = row(item);
        return row == null ? "" : timeFormat.agendaTime(row.start(), row.end(), row.zone(),
                meetingView.getMeeting().getStartsAt());
    }

    /** Whether the item ends after the meeting does. */
    public boolean overruns(AgendaItem item) {
        TimedAgendaItem row = row(item);
        return row != null && row.overruns();
    }

    /** The kinds offered in the add form: an item or a break. */
    public AgendaItemKind[] getKinds() {
        return AgendaItemKind.values();
    }

    private TimedAgendaItem row(AgendaItem item) {
        Meeting meeting = meetingView.getMeeting();
        if (meeting == null || item == null) {
            return null;
        }
        if (meeting != timedMeeting || meeting.getVersion() != timedVersion) {
            Map<AgendaItem, TimedAgendaItem> computed = new HashMap<>();
            meeting.timedAgenda().forEach(row -> computed.put(row.item(), row));
            rows = computed;
            timedMeeting = meeting;
            timedVersion = meeting.getVersion();
        }
        return rows.get(item);
    }
}
