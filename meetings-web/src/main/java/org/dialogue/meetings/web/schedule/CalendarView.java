package org.dialogue.meetings.web.schedule;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.dialogue.meetings.application.MeetingService;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.MeetingKind;
import org.dialogue.meetings.domain.meeting.PeopleBusyException;
import org.dialogue.meetings.domain.shared.BusinessRuleException;
import org.dialogue.meetings.web.meeting.ConflictNotice;
import org.dialogue.meetings.web.security.CurrentUser;
import org.dialogue.meetings.web.support.Feedback;
import org.dialogue.meetings.web.support.TimeFormat;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.event.schedule.ScheduleEntryResizeEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

/**
 * The calendar: the meetings the user may see in the schedule's visible range (read lazily, one query per range,
 * need-to-know inside), filtered by organisation and kind. Each event is a link to the meeting page and shows the
 * venue's time with its zone. The grid itself is laid out in UTC on the server and shown in the browser's own zone.
 *
 * <p>The secretariat drags an event to another time (or stretches it) to reschedule the meeting through
 * {@link MeetingService#reschedule}, with the version the calendar read: the same checks as the form. A refusal is
 * shown and the calendar is read again, so the event goes back where it is stored. People in two meetings at once
 * are a warning with a "Move anyway" button.
 */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "calendarForm";

    @Inject
    private MeetingService meetingService;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private TimeFormat timeFormat;

    @Inject
    private Feedback feedback;

    @Inject
    private ConflictNotice notice;

    private Long organisationId;
    private MeetingKind kind;
    /** Where the schedule opens, kept as the user pages so that a filter does not send them back to today. */
    private LocalDate initialDate;

    /** A move that people's other meetings made into a warning, kept for "Move anyway". */
    private PendingMove pending;

    private final ScheduleModel model = new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            if (initialDate == null || initialDate.isBefore(start.toLocalDate())
                    || !initialDate.isBefore(end.toLocalDate())) {
                // paged elsewhere: a day inside the new range (its middle, so a month view stays on its month)
                initialDate = start.plus(Duration.between(start, end).dividedBy(2)).toLocalDate();
            }
            meetingService.findBetween(start.toInstant(ZoneOffset.UTC), end.toInstant(ZoneOffset.UTC), organisationId,
                    kind).forEach(meeting -> addEvent(event(meeting)));
        }
    };

    /** What the calendar needs of a meeting to move it. */
    public record Entry(long meetingId, long version, LocalDateTime localStart, LocalDateTime localEnd)
            implements Serializable {
    }

    /** A move waiting for the organiser's confirmation. */
    public record PendingMove(Entry entry, LocalDateTime newStart, LocalDateTime newEnd) implements Serializable {
    }

    private ScheduleEvent<Entry> event(Meeting meeting) {
        boolean movable = currentUser.isSecretariat() && !meeting.isCancelled();
        String time = timeFormat.slot(meeting.getStartsAt(), meeting.getEndsAt(), meeting.getTimeZone());
        String title = meeting.isCancelled() ? feedback.text("calendar.event.cancelled", meeting.getTitle())
                : meeting.getTitle();
        return DefaultScheduleEvent.<Entry>builder()
                .id("meeting-" + meeting.getId())
                .title(feedback.text("calendar.event.title", title, time, meeting.getVenue().getLabel()))
                .description(feedback.text("calendar.event.description", time, meeting.getVenue().getLabel()))
                .startDate(LocalDateTime.ofInstant(meeting.getStartsAt(), ZoneOffset.UTC))
                .endDate(LocalDateTime.ofInstant(meeting.getEndsAt(), ZoneOffset.UTC))
                .url(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                        + "/meetings/view.xhtml?id=" + meeting.getId())
                .styleClass("calendar-" + meeting.getKind().name().toLowerCase(java.util.Locale.ROOT)
                        + (meeting.isCancelled() ? " calendar-cancelled" : ""))
                .editable(movable)
                .draggable(movable)
                .resizable(movable)
                // Meetings in other rooms may overlap: the service, not the browser, decides what conflicts.
                .overlapAllowed(true)
                .data(new Entry(meeting.getId(), meeting.getVersion(), meeting.getSlot().localStart().toLocalDateTime(),
                        meeting.getSlot().localEnd().toLocalDateTime()))
                .build();
    }

    /** An event dragged elsewhere: the same wall-clock shift at the venue (days, then minutes). */
    public void onMove(ScheduleEntryMoveEvent moved) {
        Entry entry = entry(moved.getScheduleEvent());
        move(new PendingMove(entry, shift(entry.localStart(), moved.getYearDelta(), moved.getMonthDelta(),
                moved.getDayDelta(), moved.getMinuteDelta()), shift(entry.localEnd(), moved.getYearDelta(),
                moved.getMonthDelta(), moved.getDayDelta(), moved.getMinuteDelta())), false);
    }

    /** An event stretched or shortened. */
    public void onResize(ScheduleEntryResizeEvent resized) {
        Entry entry = entry(resized.getScheduleEvent());
        move(new PendingMove(entry, shift(entry.localStart(), resized.getYearDeltaStart(),
                resized.getMonthDeltaStart(), resized.getDayDeltaStart(), resized.getMinuteDeltaStart()),
                shift(entry.localEnd(), resized.getYearDeltaEnd(), resized.getMonthDeltaEnd(),
                        resized.getDayDeltaEnd(), resized.getMinuteDeltaEnd())), false);
    }

    /** "Move anyway": the move the warning was about, with the people's overlaps accepted. */
    public void confirmMove() {
        if (pending != null) {
            move(pending, true);
        }
    }

    public void dismissMove() {
        pending = null;
        notice.clear();
    }

    private void move(PendingMove move, boolean confirmed) {
        pending = null;
        notice.clear();
        Entry entry = move.entry();
        try {
            Meeting saved = meetingService.reschedule(entry.meetingId(), entry.version(), move.newStart(),
                    move.newEnd(), confirmed);
            // Above the calendar, not among the page's messages: those are redrawn (emptied) by the calendar's next
            // reading of its events, which follows at once.
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(FORM, new FacesMessage(FacesMessage.SEVERITY_INFO, feedback.text("calendar.moved",
                    saved.getTitle(), timeFormat.slot(saved.getStartsAt(), saved.getEndsAt(), saved.getTimeZone())),
                    null));
        } catch (PeopleBusyException busy) {
            pending = move;
            notice.show(busy);
        } catch (BusinessRuleException refused) {
            notice.show(refused);
            feedback.reject(refused, FORM);
        }
    }

    private static Entry entry(ScheduleEvent<?> event) {
        return (Entry) event.getData();
    }

    private static LocalDateTime shift(LocalDateTime time, int years, int months, int days, int minutes) {
        return time.plusYears(years).plusMonths(months).plusDays(days).plusMinutes(minutes);
    }

    public ScheduleModel getModel() {
        return model;
    }

    public boolean isMovable() {
        return currentUser.isSecretariat();
    }

    public boolean isMovePending() {
        return pending != null;
    }

    public MeetingKind[] getKinds() {
        return MeetingKind.values();
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    /** The day to open on, from the address ({@code ?date=2030-03-04}); a date that cannot be read is ignored. */
    public String getDate() {
        return initialDate == null ? null : initialDate.toString();
    }

    public void setDate(String date) {
        try {
            initialDate = date == null || date.isBlank() ? initialDate : LocalDate.parse(date.strip());
        } catch (java.time.format.DateTimeParseException ignored) {
            // the calendar opens on today instead
        }
    }

    public LocalDate getInitialDate() {
        return Optional.ofNullable(initialDate).orElseGet(LocalDate::now);
    }

}
