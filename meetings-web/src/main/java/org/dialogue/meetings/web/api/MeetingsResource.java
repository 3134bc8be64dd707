package org.dialogue.meetings.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.dialogue.meetings.application.MeetingService;
import org.dialogue.meetings.application.MinutesService;
import org.dialogue.meetings.domain.meeting.MeetingSearch;
import org.dialogue.meetings.domain.meeting.MeetingStatus;
import org.dialogue.meetings.domain.minutes.ApprovalSignature;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.web.api.Representations.CurrentMinutesJson;
import org.dialogue.meetings.web.api.Representations.MeetingJson;
import org.dialogue.meetings.web.api.Representations.MeetingLinks;
import org.dialogue.meetings.web.api.Representations.MinutesJson;
import org.dialogue.meetings.web.api.Representations.MinutesLinks;
import org.dialogue.meetings.web.api.Representations.Page;
import org.dialogue.meetings.web.calendar.CalendarDownloads;
import org.dialogue.meetings.web.minutes.MinutesDownloads;
import org.dialogue.meetings.web.signing.SigningKeysServlet;

/**
 * Meetings, read through {@link MeetingService} exactly as the meetings list and page read them: a caller sees the
 * meetings their role and organisation may see there, and a meeting they may not see answers 404 like one that does
 * not exist. The list is paged, in a stable order: by start, then by id. A meeting's approved minutes are read
 * through {@link MinutesService}, as the minutes page and its downloads read them.
 */
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class MeetingsResource {

    @EJB
    private MeetingService meetings;

    @EJB
    private MinutesService minutes;

    @Context
    private HttpServletRequest request;

    @Context
    private UriInfo uri;

    /**
     * The meetings that start from {@code from} (a date, UTC, included) to {@code to} (included), of an edition, with
     * an organisation taking part (by id), in a status; {@code limit} (1 to 100, 20 by default) from {@code offset}.
     */
    @GET
    public Page<MeetingJson> listMeetings(@QueryParam("edition") String edition,
            @QueryParam("organisation") String organisation, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("status") String status, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Long editionId = Parameters.id(request, "edition", edition, errors);
        Long organisationId = Parameters.id(request, "organisation", organisation, errors);
        LocalDate fromDate = Parameters.date(request, "from", from, errors);
        LocalDate toDate = Parameters.date(request, "to", to, errors);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            errors.add(new Problem.FieldError("to", Problems.text(request, "api.parameter.range")));
        }
        MeetingStatus meetingStatus = Parameters.oneOf(request, MeetingStatus.class, "status", status, errors);
        Paging paging = Paging.of(request, limit, offset, errors);
        if (!errors.isEmpty()) {
            throw new BadParametersException(errors);
        }
        Instant starts = fromDate == null ? null : fromDate.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant before = toDate == null ? null : toDate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        MeetingSearch search = new MeetingSearch(null, null, meetingStatus, organisationId, editionId, starts, before,
                MeetingSearch.SortField.START, true);
        long total = meetings.count(search);
        List<MeetingJson> items = meetings.search(search, paging.offset(), paging.limit()).stream()
                .map(MeetingJson::of).toList();
        return paging.page(items, total, uri);
    }

    /**
     * One meeting with its agenda and participants, the revision of its minutes the meeting page links to for the
     * caller (the newest one {@link MinutesService#ofMeeting} lets them read: need-to-know is the service's), and links
     * to its calendar file and its approved minutes.
     */
    @GET
    @Path("{id}")
    public MeetingJson getMeeting(@PathParam("id") long id) {
        return meetings.find(id).map(meeting -> MeetingJson.detailed(meeting,
                minutes.ofMeeting(id).stream().findFirst().map(current -> CurrentMinutesJson.of(current,
                        uri.getBaseUriBuilder().path("minutes/{id}").build(current.getId()).toString()))
                        .orElse(null),
                new MeetingLinks(address(CalendarDownloads.MEETING_PATH + id + CalendarDownloads.SUFFIX),
                        uri.getBaseUriBuilder().path("meetings/{id}/minutes").build(id).toString())))
                .orElseThrow(NotFoundException::new);
    }

    /**
     * The approved revisions of a meeting's minutes the caller may read (approved, or superseded by an approved
     * correction), the newest first, each with its canonical text, SHA-256 and signature.
     */
    @GET
    @Path("{id}/minutes")
    public List<MinutesJson> listMeetingMinutes(@PathParam("id") long id) {
        if (meetings.find(id).isEmpty()) {
            throw new NotFoundException();
        }
        return minutes.ofMeeting(id).stream().filter(revision -> revision.getState().isFrozen())
                .map(this::approved).toList();
    }

    private MinutesJson approved(Minutes revision) {
        long id = revision.getId();
        Optional<ApprovalSignature> signature = revision.getApprovalSignature();
        return new MinutesJson(id, revision.getRevision(), String.valueOf(revision.getState()),
                revision.getApprovedAt(), revision.getSupersededAt(), revision.getApprovedSha256(),
                signature.map(s -> Base64.getEncoder().encodeToString(s.getBytes())).orElse(null),
                signature.map(ApprovalSignature::getKeyId).orElse(null), revision.getApprovedText(),
                new MinutesLinks(address(MinutesDownloads.pdfPath(id)),
                        address(MinutesDownloads.CANONICAL_PATH + "?id=" + id),
                        signature.isEmpty() ? null : address(MinutesDownloads.SIGNATURE_PATH + "?id=" + id),
                        signature.map(s -> address(SigningKeysServlet.path(s.getKeyId()))).orElse(null)));
    }

    /** An absolute address of the application's, from its path inside the application. */
    private String address(String path) {
        return uri.getBaseUri().resolve(request.getContextPath() + path).toString();
    }
}
