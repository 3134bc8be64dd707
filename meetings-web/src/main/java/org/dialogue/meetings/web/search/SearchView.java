package org.dialogue.meetings.web.search;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dialogue.meetings.application.SearchService;
import org.dialogue.meetings.domain.action.ActionStatus;
import org.dialogue.meetings.domain.minutes.MinutesState;
import org.dialogue.meetings.domain.search.SearchHit;
import org.dialogue.meetings.domain.search.SearchKind;
import org.dialogue.meetings.domain.search.SearchQuery;
import org.dialogue.meetings.infrastructure.text.SearchWords;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The search page. The query lives in the address (view parameters), so a search can be bookmarked and the back
 * button returns to the previous one: the form posts, then redirects to the page with the new parameters. Results
 * come one page at a time from the database.
 */
@Named
@ViewScoped
public class SearchView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SearchService searchService;

    private String q;
    private SearchKind kind;
    private Long edition;
    private Long organisation;
    private ActionStatus status;
    private MinutesState state;
    private LocalDate from;
    private LocalDate to;

    /** The places found as counted: past {@link SearchService#MOST_COUNTED} the page says "more than". */
    private long found;

    private final LazyDataModel<SearchHit> results = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        /** The places the paginator pages through: at most the first {@link SearchService#MOST_COUNTED}. */
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            found = searchService.count(query());
            return (int) Math.min(found, SearchService.MOST_COUNTED);
        }

        @Override
        public List<SearchHit> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            setRowCount(count(filterBy));
            return searchService.search(query(), first, pageSize, found);
        }

        @Override
        public String getRowKey(SearchHit hit) {
            return hit.kind() + "-" + hit.recordId();
        }
    };

    /** Runs the search: back to this page with the query in the address. */
    public String search() {
        return "/search?faces-redirect=true&includeViewParams=true";
    }

    /** True when the query has no word to look for: the page shows a hint instead of results. */
    public boolean isBlank() {
        return SearchWords.fold(q).isEmpty();
    }

    /** True when more places were found than were counted: the page says "more than" and asks for more words. */
    public boolean isMoreThanCounted() {
        return found > SearchService.MOST_COUNTED;
    }

    public int getMostCounted() {
        return SearchService.MOST_COUNTED;
    }

    public SearchQuery query() {
        return new SearchQuery(q, kind, edition, organisation, status, state, from, to);
    }

    public LazyDataModel<SearchHit> getResults() {
        return results;
    }

    public SearchKind[] getKinds() {
        return SearchKind.values();
    }

    public ActionStatus[] getStatuses() {
        return ActionStatus.values();
    }

    public MinutesState[] getStates() {
        return MinutesState.values();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null ? null : q.strip();
    }

    public SearchKind getKind() {
        return kind;
    }

    public void setKind(SearchKind kind) {
        this.kind = kind;
    }

    public Long getEdition() {
        return edition;
    }

    public void setEdition(Long edition) {
        this.edition = edition;
    }

    public Long getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Long organisation) {
        this.organisation = organisation;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public void setStatus(ActionStatus status) {
        this.status = status;
    }

    public MinutesState getState() {
        return state;
    }

    public void setState(MinutesState state) {
        this.state = state;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
