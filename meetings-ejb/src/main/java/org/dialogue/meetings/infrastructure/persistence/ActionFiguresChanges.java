package org.dialogue.meetings.infrastructure.persistence;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.dialogue.meetings.domain.action.ActionItem;
import org.dialogue.meetings.domain.edition.DialogueEdition;
import org.dialogue.meetings.domain.edition.PriorityAxis;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.Participant;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.internal.sessions.UnitOfWorkChangeSet;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * A number that moves on whenever a record the action figures are counted from has changed, so that figures kept
 * under an older number are known to be out of date ({@code DashboardFiguresCache}).
 * <p>
 * It listens to EclipseLink's merges into its shared cache: the merge of this instance's own commits, which
 * EclipseLink runs once the database transaction has committed (so a reader who sees the new number also sees the
 * new rows), and the merge of the other instances' commits, which arrive through the cache coordination over
 * Payara's data grid (persistence.xml). Changes made around JPA (SQL by hand, a restored backup) are not seen, as
 * EclipseLink's shared cache does not see them either: restart after them (docs/operations.md).
 * <p>
 * Registered in persistence.xml ({@code eclipselink.session-event-listener}); EclipseLink makes the instance, hence
 * the number is held statically, one per deployment.
 */
public class ActionFiguresChanges extends SessionEventAdapter {

    /** What the figures read: the actions, the minutes revision they belong to, need-to-know, the labels. */
    private static final Set<Class<?>> COUNTED_FROM = Set.of(ActionItem.class, Minutes.class, Meeting.class,
            Participant.class, Organisation.class, PriorityAxis.class, DialogueEdition.class);

    private static final AtomicLong GENERATION = new AtomicLong();

    /** The current number: figures computed after reading it are up to date until it moves on. */
    public static long generation() {
        return GENERATION.get();
    }

    /** Moves the number on by hand, for writers that go around JPA (the benchmark's data generator). */
    public static void recordsChangedOutsideJpa() {
        GENERATION.incrementAndGet();
    }

    @Override
    public void postMergeUnitOfWorkChangeSet(SessionEvent event) {
        noteChanges(event);
    }

    @Override
    public void postDistributedMergeUnitOfWorkChangeSet(SessionEvent event) {
        noteChanges(event);
    }

    private static void noteChanges(SessionEvent event) {
        if (event.getProperty("UnitOfWorkChangeSet") instanceof UnitOfWorkChangeSet changes
                && touchesCountedRecords(changes, event.getSession())) {
            GENERATION.incrementAndGet();
        }
    }

    private static boolean touchesCountedRecords(UnitOfWorkChangeSet changes, Session session) {
        // Every change set, not only those sorted by class: a change set from another instance fills only this map.
        for (ObjectChangeSet changed : changes.getAllChangeSets().keySet()) {
            if (counted(changed, session)) {
                return true;
            }
        }
        for (ObjectChangeSet deleted : changes.getDeletedObjects().keySet()) {
            if (counted(deleted, session)) {
                return true;
            }
        }
        return false;
    }

    private static boolean counted(ObjectChangeSet changeSet, Session session) {
        Class<?> type = changeSet.getClassType(session);
        return type == null || counted(type); // a class it cannot tell: counted again rather than wrongly kept
    }

    private static boolean counted(Class<?> type) {
        return COUNTED_FROM.stream().anyMatch(counted -> counted.isAssignableFrom(type));
    }
}
