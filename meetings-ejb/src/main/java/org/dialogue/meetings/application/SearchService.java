package org.dialogue.meetings.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dialogue.meetings.domain.account.Reader;
import org.dialogue.meetings.domain.account.Roles;
import org.dialogue.meetings.domain.action.ActionItem;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.domain.search.SearchHit;
import org.dialogue.meetings.domain.search.SearchQuery;
import org.dialogue.meetings.infrastructure.persistence.ActionRepository;
import org.dialogue.meetings.infrastructure.persistence.MinutesRepository;
import org.dialogue.meetings.infrastructure.persistence.SearchRepository;
import org.dialogue.meetings.infrastructure.text.Excerpt;
import org.dialogue.meetings.infrastructure.text.RichText;
import org.dialogue.meetings.infrastructure.text.SearchWords;

/**
 * The search box: minutes notes, decisions and actions that contain every word typed (each as the start of a word;
 * case and accents do not matter), with optional filters. Everyone signed in searches, and finds only what they may
 * read: the newest revision of the minutes of meetings they may see, and, for everyone but the secretariat, only
 * minutes already circulated. Words are looked up in the search index kept by {@code SearchIndex}.
 */
@Stateless
@Interceptors(CallerAccountCheck.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.SECRETARIAT, Roles.DELEGATE, Roles.OBSERVER})
public class SearchService {

    /** More words than this are ignored: each one is a condition of the query. */
    static final int MAX_WORDS = 8;

    /**
     * Counting stops past this many places ({@link #count} answers one more): a count reads every match, which at
     * thousands of meetings took seconds for a common word, and nobody pages through a thousand places.
     */
    public static final int MOST_COUNTED = 1_000;

    @Inject
    private SearchRepository search;

    @Inject
    private MinutesRepository minutes;

    @Inject
    private ActionRepository actions;

    @Inject
    private Callers callers;

    @Resource
    private SessionContext context;

    /**
     * One page of the places found, the newest meetings first; nothing for a query without words. {@code counted} is
     * what {@link #count} answered for the same query (a page shown with its count has it), 0 if unknown: past
     * {@value #MOST_COUNTED} places the page is read from the newest meetings down, a way that suits common words;
     * the places and their order are the same either way.
     */
    public List<SearchHit> search(SearchQuery query, int first, int max, long counted) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        Reader reader = callers.reader(context);
        List<SearchHit> hits = new ArrayList<>();
        for (SearchRepository.Found found : search.search(reader, query, words, first, max,
                counted > MOST_COUNTED)) {
            hit(found, words).ifPresent(hits::add);
        }
        return hits;
    }

    /**
     * How many places a search finds, up to {@value #MOST_COUNTED}; {@code MOST_COUNTED + 1} means more than that.
     * 0 for a query without words.
     */
    public long count(SearchQuery query) {
        List<String> words = words(query);
        return words.isEmpty() ? 0 : search.count(callers.reader(context), query, words, MOST_COUNTED + 1);
    }

    /** The folded words of the query, at most {@value #MAX_WORDS}. */
    static List<String> words(SearchQuery query) {
        if (query == null) {
            return List.of();
        }
        return SearchWords.words(query.text()).stream().limit(MAX_WORDS).toList();
    }

    /** The hit with its meeting and excerpt (the query already applied need-to-know to the place). */
    private Optional<SearchHit> hit(SearchRepository.Found found, List<String> words) {
        Minutes written = minutes.find(found.minutesId()).orElse(null);
        if (written == null) {
            return Optional.empty();
        }
        return switch (found.kind()) {
            case NOTES -> search.item(found.recordId()).map(item -> hit(found, written, item.getTitle(), null,
                    Excerpt.of(RichText.plainText(item.getNotesHtml()), words)));
            case DECISION -> search.decision(found.recordId()).map(decision -> {
                int number = written.getDecisions().indexOf(decision) + 1;
                return hit(found, written, null, number, Excerpt.of(decision.getText(), words));
            });
            case ACTION -> actions.find(found.recordId()).map(action -> hit(found, written, action.getTitle(), null,
                    Excerpt.of(actionText(action), words)));
        };
    }

    private static SearchHit hit(SearchRepository.Found found, Minutes written, String place, Integer number,
            Excerpt excerpt) {
        Meeting meeting = written.getMeeting();
        return new SearchHit(found.kind(), found.recordId(), found.minutesId(), written.getRevision(),
                meeting.getId(), meeting.getTitle(), meeting.getStartsAt(), meeting.getTimeZone(), place, number,
                excerpt.before(), excerpt.match(), excerpt.after());
    }

    /** What an action's index holds: its title and its focal point. */
    private static String actionText(ActionItem action) {
        return action.getTitle() + (action.getFocalPoint() == null ? "" : " · " + action.getFocalPoint());
    }
}
