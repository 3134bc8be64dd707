package org.dialogue.meetings.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dialogue.meetings.domain.account.Reader;
import org.dialogue.meetings.domain.action.ActionItem;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.minutes.Decision;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.domain.minutes.MinutesItem;
import org.dialogue.meetings.domain.search.SearchKind;
import org.dialogue.meetings.domain.search.SearchQuery;

/**
 * The search over the index ({@code search_term}): one criteria query whose conditions are all in the database, so
 * pages are exact and nothing is scanned in Java. Each searched word is a range on the first column of the index's
 * primary key ({@link PrefixRange}): the longest word picks the rows, every other word must be found at the same place
 * too ({@code EXISTS} on the record index). Counts stop at a bound (see {@code SearchService.MOST_COUNTED}). Only the newest revision of each meeting's minutes counts (the
 * index holds no other, see {@link SearchIndex}), and need-to-know is the meeting's own rule ({@link MeetingRepository#visibleTo}) plus, for everyone but the secretariat,
 * minutes already circulated.
 */
@ApplicationScoped
public class SearchRepository {

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    /** A place found: which record, in which minutes. */
    public record Found(SearchKind kind, long recordId, long minutesId) {
    }

    /**
     * One page of the places where every word is found, the newest meetings first (then by record).
     *
     * <p>Where the words are rarer than the count's bound, one statement reads their places (at most the bound) with
     * their meetings and sorts them. Where they are common ({@code manyPlaces}: the bounded count stopped), reading
     * and sorting every place grew with the history (2.8 times slower at 5,000 meetings than at 100 in the page
     * benchmark), so two statements read from the newest meetings down instead. The first finds the start of the last
     * meeting the page can reach: each of the newest {@code first + max} meetings with a place holds at least one of
     * the page's places, so none of them is in an older meeting; it reads the meetings newest first (index
     * {@code meeting_newest_first}) and stops there. The second is the page itself, kept to meetings starting then or
     * later, which the database reads meeting by meeting through their minutes' words (index
     * {@code search_term_in_minutes}). The places and their order are the same either way. (With such a bound on a
     * rare word, H2 reads meeting by meeting as well, up to all of them: hence the two ways.)
     *
     * @param words folded words, at least one (see {@code SearchWords.words})
     * @param manyPlaces whether the words are so common that the count stopped at its bound
     */
    public List<Found> search(Reader reader, SearchQuery search, List<String> words, int first, int max,
            boolean manyPlaces) {
        Optional<Instant> from = Optional.empty();
        if (manyPlaces) {
            from = lastMeetingStart(reader, search, words, first + max);
            if (from.isEmpty()) {
                return List.of(); // nothing found (any more)
            }
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<SearchTerm> term = query.from(SearchTerm.class);
        Root<Minutes> minutes = query.from(Minutes.class);
        Root<Meeting> meeting = query.from(Meeting.class);
        Path<Instant> start = meeting.get("startsAt");
        // distinct: a prefix may match two words of one place
        List<Predicate> where = new ArrayList<>(List.of(inRange(cb, term, rarest(words))));
        from.ifPresent(earliest -> where.add(cb.greaterThanOrEqualTo(start, earliest)));
        where.addAll(placeConditions(cb, query, term, minutes, meeting, reader, search, words));
        query.multiselect(term.get("recordKind"), term.get("recordId"), term.get("minutesId"), start).distinct(true)
                .where(where.toArray(Predicate[]::new))
                .orderBy(cb.desc(start), cb.asc(term.get("recordId")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList().stream()
                .map(row -> new Found((SearchKind) row[0], (Long) row[1], (Long) row[2])).toList();
    }

    /**
     * The start of the {@code meetings}-th newest meeting with a place found (of the oldest, if fewer), read from the
     * newest meeting down.
     */
    private Optional<Instant> lastMeetingStart(Reader reader, SearchQuery search, List<String> words, int meetings) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Instant> query = cb.createQuery(Instant.class);
        Root<Meeting> meeting = query.from(Meeting.class);
        Subquery<Long> place = query.subquery(Long.class);
        Root<SearchTerm> term = place.from(SearchTerm.class);
        Root<Minutes> minutes = place.from(Minutes.class);
        List<Predicate> where = new ArrayList<>(List.of(inRange(cb, term, rarest(words))));
        where.addAll(placeConditions(cb, place, term, minutes, meeting, reader, search, words));
        place.select(term.get("recordId")).where(where.toArray(Predicate[]::new));
        // the order of the index meeting_newest_first: read in that order, stopped at the last meeting needed
        query.select(meeting.<Instant>get("startsAt")).where(cb.exists(place))
                .orderBy(cb.desc(meeting.get("startsAt")), cb.desc(meeting.get("id")));
        List<Instant> starts = em.createQuery(query).setMaxResults(meetings).getResultList();
        return starts.isEmpty() ? Optional.empty() : Optional.of(starts.get(starts.size() - 1));
    }

    /**
     * How many places the search finds, counted up to {@code most}: a count reads every match, and past a thousand
     * places nobody pages through them all, so counting stops there.
     */
    public long count(Reader reader, SearchQuery search, List<String> words, int most) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<SearchTerm> term = query.from(SearchTerm.class);
        // The index alone in the outer query, everything else a condition on each of its rows: the database must then
        // read the word's range and stop at the most counted. (With the three tables joined, H2 chose to read every
        // meeting and all their index rows for a word found 138 times: a second per count.)
        Subquery<Long> place = query.subquery(Long.class);
        Root<Minutes> minutes = place.from(Minutes.class);
        Root<Meeting> meeting = place.from(Meeting.class);
        place.select(minutes.get("id"))
                .where(placeConditions(cb, place, term, minutes, meeting, reader, search, words)
                        .toArray(Predicate[]::new));
        // record ids are unique across kinds (one sequence), so their distinct values are the places
        query.select(term.get("recordId")).distinct(true)
                .where(inRange(cb, term, rarest(words)), cb.exists(place));
        return em.createQuery(query).setMaxResults(most).getResultList().size();
    }

    public Optional<MinutesItem> item(long id) {
        return Optional.ofNullable(em.find(MinutesItem.class, id));
    }

    public Optional<Decision> decision(long id) {
        return Optional.ofNullable(em.find(Decision.class, id));
    }

    /** The word the rows are read by: the longest is likely the rarest. */
    private static String rarest(List<String> words) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("A search needs at least one word");
        }
        return words.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
    }

    /**
     * Everything a row of the rarest word's range must also meet: its minutes and meeting, the other words at the
     * same place, need-to-know and the filters.
     */
    private static List<Predicate> placeConditions(CriteriaBuilder cb, CommonAbstractCriteria query,
            Root<SearchTerm> term, Root<Minutes> minutes, Root<Meeting> meeting, Reader reader, SearchQuery search,
            List<String> words) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(term.get("minutesId"), minutes.get("id")));
        where.add(cb.equal(minutes.get("meeting"), meeting));
        String rarest = rarest(words);
        for (String word : words) {
            if (word.equals(rarest)) {
                continue; // its range picks the rows (the words are distinct)
            }
            Subquery<Long> also = query.subquery(Long.class);
            Root<SearchTerm> other = also.from(SearchTerm.class);
            also.select(other.get("recordId")).where(inRange(cb, other, word),
                    cb.equal(other.get("recordKind"), term.get("recordKind")),
                    cb.equal(other.get("recordId"), term.get("recordId")));
            where.add(cb.exists(also));
        }
        // need-to-know
        if (!reader.readsEveryMeeting()) {
            where.add(cb.isNotNull(minutes.get("sharedAt")));
            where.add(MeetingRepository.visibleTo(cb, query, meeting, reader));
        }
        filters(cb, query, term, minutes, meeting, search, where);
        return where;
    }

    private static void filters(CriteriaBuilder cb, CommonAbstractCriteria query, Root<SearchTerm> term,
            Root<Minutes> minutes, Root<Meeting> meeting, SearchQuery search, List<Predicate> where) {
        Path<SearchKind> kind = term.get("recordKind");
        if (search.kind() != null) {
            where.add(cb.equal(kind, search.kind()));
        }
        if (search.editionId() != null) {
            where.add(cb.equal(meeting.get("edition").get("id"), search.editionId()));
        }
        if (search.organisationId() != null) {
            Subquery<Long> owned = query.subquery(Long.class);
            Root<ActionItem> action = owned.from(ActionItem.class);
            owned.select(action.get("id")).where(cb.equal(action.get("id"), term.get("recordId")),
                    cb.equal(action.get("owner").get("id"), search.organisationId()));
            where.add(cb.or(
                    cb.and(cb.equal(kind, SearchKind.ACTION), cb.exists(owned)),
                    cb.and(cb.notEqual(kind, SearchKind.ACTION),
                            MeetingRepository.takesPart(cb, query, meeting, search.organisationId()))));
        }
        if (search.actionStatus() != null) {
            Subquery<Long> inStatus = query.subquery(Long.class);
            Root<ActionItem> action = inStatus.from(ActionItem.class);
            inStatus.select(action.get("id")).where(cb.equal(action.get("id"), term.get("recordId")),
                    cb.equal(action.get("status"), search.actionStatus()));
            where.add(cb.equal(kind, SearchKind.ACTION));
            where.add(cb.exists(inStatus));
        }
        if (search.minutesState() != null) {
            where.add(cb.equal(minutes.get("state"), search.minutesState()));
        }
        if (search.from() != null) {
            where.add(cb.greaterThanOrEqualTo(meeting.<Instant>get("startsAt"),
                    search.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (search.to() != null) {
            where.add(cb.lessThan(meeting.<Instant>get("startsAt"),
                    search.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
    }

    private static Predicate inRange(CriteriaBuilder cb, Root<SearchTerm> term, String word) {
        PrefixRange range = PrefixRange.of(word);
        Path<String> column = term.get("term");
        return cb.and(cb.greaterThanOrEqualTo(column, range.from()), cb.lessThan(column, range.to()));
    }
}
