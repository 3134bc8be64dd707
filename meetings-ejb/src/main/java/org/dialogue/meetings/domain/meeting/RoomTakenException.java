package org.dialogue.meetings.domain.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.ResourceBundle;
import org.dialogue.meetings.domain.shared.BusinessRuleException;
import org.dialogue.meetings.domain.shared.LocalFormats;
import org.dialogue.meetings.domain.shared.SlotText;

/**
 * Another scheduled meeting uses the same room of the same venue at an overlapping time. Carries that meeting's id,
 * so that the page can link to it (the caller is the secretariat, who reads every meeting).
 */
public class RoomTakenException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    private final String room;
    private final long otherMeetingId;
    private final String otherTitle;
    private final Instant otherStart;
    private final Instant otherEnd;
    private final ZoneId otherZone;

    public RoomTakenException(String room, Meeting other) {
        super("error.meeting.roomTaken", "venueRoom", room, other.getTitle(), other.getId());
        this.room = room;
        this.otherMeetingId = other.getId();
        this.otherTitle = other.getTitle();
        this.otherStart = other.getStartsAt();
        this.otherEnd = other.getEndsAt();
        this.otherZone = other.getTimeZone();
    }

    /** The meeting that already has the room. */
    public long otherMeetingId() {
        return otherMeetingId;
    }

    public String otherTitle() {
        return otherTitle;
    }

    /** The other meeting's time at its venue, with the zone, in the given language. */
    public String otherSlot(Locale locale) {
        return SlotText.of(otherStart, otherEnd, otherZone, locale);
    }

    /** The room, the other meeting's title and its time at its venue, with the zone. */
    @Override
    public String localizedMessage(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, RoomTakenException.class.getClassLoader());
        return LocalFormats.message(bundle.getString(messageKey()), locale, room, otherTitle, otherSlot(locale));
    }
}
