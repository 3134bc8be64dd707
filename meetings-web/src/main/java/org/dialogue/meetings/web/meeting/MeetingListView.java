package org.dialogue.meetings.web.meeting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.dialogue.meetings.application.MeetingService;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.MeetingKind;
import org.dialogue.meetings.domain.meeting.MeetingSearch;
import org.dialogue.meetings.domain.meeting.MeetingStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The meetings list: one page of rows at a time from the database, sorted and filtered there, so that it stays
 * fast with many thousands of meetings.
 */
@Named
@ViewScoped
public class MeetingListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingService meetingService;

    private Long organisationId;
    private Long editionId;

    private final LazyDataModel<Meeting> meetings = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(meetingService.count(search(Map.of(), filterBy)));
        }

        @Override
        public List<Meeting> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            // PrimeFaces counts only while the model's row count is 0, which it never is again after the first page
            // shown: without this, the paginator keeps the count from before the filters changed.
            setRowCount(count(filterBy));
            return meetingService.search(search(sortBy, filterBy), first, pageSize);
        }

        @Override
        public String getRowKey(Meeting meeting) {
            return String.valueOf(meeting.getId());
        }
    };

    private MeetingSearch search(Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        MeetingSearch.SortField sort = MeetingSearch.SortField.START;
        boolean ascending = false;
        for (SortMeta meta : sortBy.values()) {
            sort = switch (meta.getField()) {
                case "title" -> MeetingSearch.SortField.TITLE;
                case "kind" -> MeetingSearch.SortField.KIND;
                case "status" -> MeetingSearch.SortField.STATUS;
                default -> MeetingSearch.SortField.START;
            };
            ascending = meta.getOrder() == SortOrder.ASCENDING;
        }
        return new MeetingSearch(filter(filterBy, "title", String.class), filter(filterBy, "kind", MeetingKind.class),
                filter(filterBy, "status", MeetingStatus.class), organisationId, editionId, null, null, sort,
                ascending);
    }

    /** A column filter's value, or null when empty or of another type (a forged request value is ignored). */
    private static <T> T filter(Map<String, FilterMeta> filterBy, String field, Class<T> type) {
        FilterMeta meta = filterBy.get(field);
        if (meta == null || meta.getFilterValue() == null) {
            return null;
        }
        Object value = meta.getFilterValue();
        if (type.isEnum() && value instanceof String name && !name.isBlank()) {
            for (T constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return constant;
                }
            }
            return null;
        }
        return type.isInstance(value) ? type.cast(value) : null;
    }

    public LazyDataModel<Meeting> getMeetings() {
        return meetings;
    }

    public MeetingKind[] getKinds() {
        return MeetingKind.values();
    }

    public MeetingStatus[] getStatuses() {
        return MeetingStatus.values();
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Long getEditionId() {
        return editionId;
    }

    public void setEditionId(Long editionId) {
        this.editionId = editionId;
    }
}
