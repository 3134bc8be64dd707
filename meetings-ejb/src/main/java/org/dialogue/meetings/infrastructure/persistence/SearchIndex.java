package org.dialogue.meetings.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import org.dialogue.meetings.domain.action.ActionItem;
import org.dialogue.meetings.domain.minutes.Decision;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.domain.minutes.MinutesItem;
import org.dialogue.meetings.domain.search.SearchKind;
import org.dialogue.meetings.infrastructure.text.SearchWords;

/**
 * Keeps the search index ({@code search_term}) of one revision of minutes current: its rows are deleted and written
 * again from the notes, decisions and actions as they stand, in the caller's transaction, so the index never shows
 * what a rolled-back save wrote and never misses what a committed one did. Each distinct word of a text is one row.
 * Only the newest revision of a meeting's minutes is found, so only it is kept: indexing a revision deletes the rows of
 * the earlier ones, and a search needs no check that a row's revision is the newest (which cost a look-up per match).
 */
@ApplicationScoped
public class SearchIndex {

    /** Rows per INSERT statement (four parameters each). */
    private static final int ROWS_PER_STATEMENT = 200;

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    @Inject
    private ActionRepository actions;

    /** One word at one place. */
    record Row(String term, SearchKind kind, long recordId) {
    }

    /** Indexes the minutes as they stand now: their notes, decisions and actions. */
    public void reindex(Minutes minutes) {
        em.flush(); // new items, decisions and actions get their ids
        long minutesId = minutes.getId();
        em.createNativeQuery("DELETE FROM search_term WHERE minutes_id IN (SELECT m.id FROM minutes m"
                + " WHERE m.meeting_id = ?1 AND m.revision <= ?2)")
                .setParameter(1, minutes.getMeeting().getId()).setParameter(2, minutes.getRevision())
                .executeUpdate();
        List<Row> rows = new ArrayList<>();
        for (MinutesItem item : minutes.getItems()) {
            add(rows, SearchKind.NOTES, item.getId(), item.getSearchText());
        }
        for (Decision decision : minutes.getDecisions()) {
            add(rows, SearchKind.DECISION, decision.getId(), decision.getSearchText());
        }
        for (ActionItem action : actions.ofMinutes(minutesId)) {
            add(rows, SearchKind.ACTION, action.getId(), action.getSearchText());
        }
        for (int start = 0; start < rows.size(); start += ROWS_PER_STATEMENT) {
            insert(minutesId, rows.subList(start, Math.min(rows.size(), start + ROWS_PER_STATEMENT)));
        }
    }

    static void add(List<Row> rows, SearchKind kind, long recordId, String text) {
        SearchWords.words(text).forEach(word -> rows.add(new Row(word, kind, recordId)));
    }

    private void insert(long minutesId, List<Row> rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO search_term (term, record_kind, record_id, minutes_id)"
                + " VALUES ");
        for (int i = 0; i < rows.size(); i++) {
            int p = i * 4;
            sql.append(i == 0 ? "" : ", ").append("(?").append(p + 1).append(", ?").append(p + 2).append(", ?")
                    .append(p + 3).append(", ?").append(p + 4).append(')');
        }
        Query insert = em.createNativeQuery(sql.toString());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int p = i * 4;
            insert.setParameter(p + 1, row.term()).setParameter(p + 2, row.kind().name())
                    .setParameter(p + 3, row.recordId()).setParameter(p + 4, minutesId);
        }
        insert.executeUpdate();
    }
}
