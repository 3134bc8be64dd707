package org.dialogue.meetings.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.PeopleBusyException;
import org.dialogue.meetings.domain.meeting.PersonConflict;
import org.dialogue.meetings.domain.meeting.RoomTakenException;
import org.dialogue.meetings.infrastructure.persistence.MeetingRepository;

/**
 * The scheduling conflicts of a meeting about to be saved, found by queries on indexed columns:
 * <ul>
 * <li>a room taken: another scheduled meeting in the same room of the same venue ({@code Venue.roomKey()}) at an
 * overlapping time is a refusal ({@link RoomTakenException});</li>
 * <li>people busy: a person of the meeting who also takes part in another scheduled meeting at an overlapping time is
 * a warning ({@link PeopleBusyException}) unless the organiser confirmed it.</li>
 * </ul>
 * Meetings that only touch (one ends when the other starts) do not overlap; cancelled meetings never conflict.
 */
@Dependent
public class ConflictCheck {

    @Inject
    private MeetingRepository meetings;

    /**
     * @param roomChanged whether the time or the room changed (a meeting unchanged in both keeps its room)
     * @param people the people to look for in other meetings: all of them after a new time, only the newcomers after
     *        participants were added
     * @param overlapsConfirmed whether the organiser has seen and accepted the people's overlaps
     */
    public void check(Meeting meeting, boolean roomChanged, Collection<Long> people, boolean overlapsConfirmed) {
        if (meeting.isCancelled()) {
            return;
        }
        if (roomChanged && meeting.getRoomKey() != null) {
            meetings.inSameRoom(meeting.getRoomKey(), meeting.getStartsAt(), meeting.getEndsAt(), meeting.getId())
                    .stream().findFirst().ifPresent(other -> {
                        throw new RoomTakenException(meeting.getVenue().getRoom(), other);
                    });
        }
        if (overlapsConfirmed || people.isEmpty()) {
            return;
        }
        List<PersonConflict> conflicts = meetings.busyPeople(people, meeting.getStartsAt(), meeting.getEndsAt(),
                        meeting.getId()).stream()
                .map(busy -> new PersonConflict(busy.personId(), busy.name(), busy.organisation(), meeting.getTitle(),
                        busy.other().getId(), busy.other().getTitle(), busy.other().getStartsAt(),
                        busy.other().getEndsAt(), busy.other().getTimeZone()))
                .toList();
        if (!conflicts.isEmpty()) {
            throw new PeopleBusyException(conflicts);
        }
    }
}
