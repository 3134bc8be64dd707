package org.dialogue.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.dialogue.meetings.domain.account.Reader;
import org.dialogue.meetings.infrastructure.persistence.ActionFiguresChanges;
import org.dialogue.meetings.infrastructure.persistence.StatusCount;

/**
 * The dashboard's action figures as last counted, per reader and day, until a record they are counted from changes.
 * <p>
 * Counting them reads every action the reader may see, which grows with the record (about a second for a delegate
 * with 93,000 actions); the dashboard is the first page of every visit, and actions change far less often than it is
 * seen. The figures are exact: they are kept under {@link ActionFiguresChanges#generation()} as read before counting,
 * and used only while it has not moved on, which any committed change of an action, minutes, meeting,
 * participation, organisation or priority axis does, on this instance or another.
 * <p>
 * Thread-safe: many requests read and fill it at once; two that miss together both count, and the newer count stays.
 */
@ApplicationScoped
public class DashboardFiguresCache {

    /** A bound on memory: beyond as many readers the figures are dropped and counted again as they are asked for. */
    static final int MOST_KEPT = 2_000;

    private final ConcurrentMap<Key, Kept> kept = new ConcurrentHashMap<>();

    /** The figures with the listed actions as ids, so that none of the requests shares an entity. */
    public record Counted(List<StatusCount> byAxis, List<StatusCount> byOrganisation, List<Long> overdueIds,
            long overdueCount, List<Long> ownOpenIds, long ownOpenCount) implements Serializable {
    }

    /** Whose figures: the secretariat all read every meeting, anyone else as far as their need-to-know goes. */
    private record Key(String reader, LocalDate day) {
    }

    private record Kept(long generation, Counted figures) {
    }

    /** The reader's figures for the day, counted by {@code count} unless kept and still up to date. */
    public Counted figures(Reader reader, LocalDate day, Supplier<Counted> count) {
        long generation = ActionFiguresChanges.generation();
        Key key = new Key(reader.readsEveryMeeting() ? "every meeting"
                : reader.userId() + " " + reader.role() + " " + reader.organisationId(), day);
        Kept found = kept.get(key);
        if (found != null && found.generation() == generation) {
            return found.figures();
        }
        Counted figures = count.get();
        if (kept.size() >= MOST_KEPT) {
            kept.clear();
        }
        kept.merge(key, new Kept(generation, figures),
                (older, newer) -> older.generation() > newer.generation() ? older : newer);
        return figures;
    }

    /** How many readers' figures are kept. */
    int size() {
        return kept.size();
    }
}
