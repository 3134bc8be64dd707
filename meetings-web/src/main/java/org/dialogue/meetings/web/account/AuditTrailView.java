package org.dialogue.meetings.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dialogue.meetings.application.AuditService;
import org.dialogue.meetings.domain.audit.AuditAction;
import org.dialogue.meetings.domain.audit.AuditEntry;
import org.dialogue.meetings.domain.audit.AuditSearch;
import org.dialogue.meetings.web.support.Feedback;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The administrator's audit trail: newest first, one page at a time from the database, filtered by user, record,
 * action and dates. Dates are whole days in UTC, the zone the page shows times in: "to" includes that whole day.
 */
@Named
@ViewScoped
public class AuditTrailView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "auditForm";

    /** The kinds of record the services write, with the page that shows one (by its {@code id} parameter). */
    private static final Map<String, String> PAGES = Map.of(
            "Meeting", "/meetings/view",
            "Edition", "/editions/view",
            "Agreement", "/agreements/edit",
            "Organisation", "/organisations/view",
            "User", "/admin/user");

    /** The record kinds offered by the filter, in this order; each has the label {@code AuditRecord.<kind>}. */
    public static final List<String> RECORD_KINDS = List.of("Meeting", "Edition", "Agreement", "Organisation", "User",
            "Invitation", "Attendance", "Person");

    @Inject
    private AuditService auditService;

    @Inject
    private Feedback feedback;

    private String actor;
    private String recordKind;
    private Long recordId;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;

    /** The filters the table applies: changed only by a search whose input was accepted. */
    private Applied applied = new Applied(null, null, null, null, null, null);

    /** The filters applied, kept with the page (an {@link AuditSearch} is not serializable). */
    private record Applied(String actor, String recordKind, Long recordId, AuditAction action, Instant from,
            Instant before) implements Serializable {

        AuditSearch search() {
            return new AuditSearch(actor, recordKind, recordId, action, from, before);
        }
    }

    private final LazyDataModel<AuditEntry> entries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(auditService.count(applied.search()));
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            // PrimeFaces counts only while the model's row count is 0, which it never is again after the first page
            // shown: without this, the paginator keeps the count from before the filters changed.
            setRowCount(count(filterBy));
            return auditService.search(applied.search(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.getId());
        }
    };

    /** Applies the filters; a "to" date before the "from" date is explained beside it and changes nothing. */
    public void search() {
        if (from != null && to != null && to.isBefore(from)) {
            feedback.errorAtField(FORM, "to", "audit.to.beforeFrom");
            return;
        }
        String name = actor == null || actor.isBlank() ? null : actor.strip().toLowerCase(Locale.ROOT);
        applied = new Applied(name, recordKind, recordId, action, startOf(from),
                to == null ? null : startOf(to.plusDays(1)));
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The page that shows the entry's record, or null when its kind has none or the entry names no record. */
    public String pageOf(AuditEntry entry) {
        return entry.getRecordId() == null ? null : PAGES.get(entry.getRecordKind());
    }

    /** The label of a record kind; a kind without a label of its own is shown as written. */
    public String kindLabel(String kind) {
        if (kind == null) {
            return "";
        }
        String key = "AuditRecord." + kind;
        return RECORD_KINDS.contains(kind) ? feedback.text(key) : kind;
    }

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    public List<String> getRecordKinds() {
        return RECORD_KINDS;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getRecordKind() {
        return recordKind;
    }

    public void setRecordKind(String recordKind) {
        this.recordKind = recordKind;
    }

    public Long getRecordId() {
        return recordId;
    }

    public void setRecordId(Long recordId) {
        this.recordId = recordId;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
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
