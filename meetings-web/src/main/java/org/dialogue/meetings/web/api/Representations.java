package org.dialogue.meetings.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dialogue.meetings.domain.action.ActionItem;
import org.dialogue.meetings.domain.action.ActionUpdate;
import org.dialogue.meetings.domain.agreement.CooperationAgreement;
import org.dialogue.meetings.domain.edition.DialogueEdition;
import org.dialogue.meetings.domain.edition.PriorityAxis;
import org.dialogue.meetings.domain.meeting.AgendaItem;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.Participant;
import org.dialogue.meetings.domain.minutes.ApprovalRound;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.domain.minutes.RoundAnswer;
import org.dialogue.meetings.domain.organisation.Organisation;

/**
 * What the API answers, as JSON-B writes it: plain records made from the services' results, so the JSON stays the
 * same when an entity grows a field (nothing internal is written by accident: no versions, hashes, access lists).
 */
public final class Representations {

    private Representations() {
    }

    /** An organisation of the Dialogue. */
    public record OrganisationJson(long id, String acronym, String name, String kind, String headquarters,
            Integer foundedYear) {

        static OrganisationJson of(Organisation organisation) {
            return new OrganisationJson(organisation.getId(), organisation.getAcronym(), organisation.getName(),
                    String.valueOf(organisation.getKind()), organisation.getHeadquarters(),
                    organisation.getFoundedYear());
        }
    }

    /**
     * A cooperation agreement.
     *
     * @param parties the acronyms of the organisations party to it
     * @param scopes  what it covers: joint operations, liaison-officer exchange, criminal-data sharing, jointly
     *                organised operational meetings
     */
    public record AgreementJson(long id, String title, String kind, String status, LocalDate signedOn,
            List<String> parties, List<String> scopes, String summary) {

        static AgreementJson of(CooperationAgreement agreement) {
            return new AgreementJson(agreement.getId(), agreement.getTitle(), String.valueOf(agreement.getKind()),
                    String.valueOf(agreement.getStatus()), agreement.getSignedOn(),
                    agreement.getParties().stream().map(Organisation::getAcronym).toList(),
                    agreement.getScopes().stream().map(Enum::name).sorted().toList(), agreement.getSummary());
        }
    }

    /** A priority axis of an edition, in the edition's order. */
    public record AxisJson(long id, String title) {

        static AxisJson of(PriorityAxis axis) {
            return new AxisJson(axis.getId(), axis.getTitle());
        }
    }

    /** An edition of the Dialogue with its priority axes. */
    public record EditionJson(long id, int number, String title, Integer year, LocalDate plannedStart,
            LocalDate plannedEnd, String status, String city, String country, List<AxisJson> priorityAxes) {

        static EditionJson of(DialogueEdition edition) {
            return new EditionJson(edition.getId(), edition.getNumber(), edition.getTitle(), edition.getYear(),
                    edition.getPlannedStart(), edition.getPlannedEnd(), String.valueOf(edition.getStatus()),
                    edition.getVenue() == null ? null : edition.getVenue().getCity(),
                    edition.getVenue() == null ? null : edition.getVenue().getCountry(),
                    edition.getPriorityAxes().stream().map(AxisJson::of).toList());
        }
    }

    /**
     * A meeting as a list shows it: its times as instants (UTC) with the venue's time zone to show them in.
     *
     * @param organisers the acronyms of the co-organising organisations
     */
    public record MeetingJson(long id, String title, String kind, String status, String classification,
            Instant start, Instant end, String timeZone, String venue, String city, String country, Long editionId,
            List<String> organisers, List<AgendaItemJson> agenda, List<ParticipantJson> participants,
            CurrentMinutesJson currentMinutes, MeetingLinks links) {

        static MeetingJson of(Meeting meeting) {
            return of(meeting, null, null, null, null);
        }

        /**
         * One meeting with its agenda, its participants, the revision of its minutes the caller may read (null when
         * there is none) and the addresses of what goes with it.
         */
        static MeetingJson detailed(Meeting meeting, CurrentMinutesJson currentMinutes, MeetingLinks links) {
            return of(meeting, meeting.getAgenda().stream().map(AgendaItemJson::of).toList(),
                    meeting.getParticipants().stream().map(ParticipantJson::of).toList(), currentMinutes, links);
        }

        private static MeetingJson of(Meeting meeting, List<AgendaItemJson> agenda,
                List<ParticipantJson> participants, CurrentMinutesJson currentMinutes, MeetingLinks links) {
            return new MeetingJson(meeting.getId(), meeting.getTitle(), String.valueOf(meeting.getKind()),
                    String.valueOf(meeting.getStatus()), String.valueOf(meeting.getClassification()),
                    meeting.getStartsAt(), meeting.getEndsAt(), String.valueOf(meeting.getTimeZone()),
                    meeting.getVenue() == null ? null : meeting.getVenue().getName(),
                    meeting.getVenue() == null ? null : meeting.getVenue().getCity(),
                    meeting.getVenue() == null ? null : meeting.getVenue().getCountry(),
                    meeting.getEdition() == null ? null : meeting.getEdition().getId(),
                    meeting.getCoOrganisers().stream().map(Organisation::getAcronym).sorted().toList(), agenda,
                    participants, currentMinutes, links);
        }
    }

    /**
     * The revision of a meeting's minutes that the meeting page links to for the same reader: the newest one they may
     * read (for a delegate or an observer, only once circulated; the secretariat reads drafts too), whatever its
     * state. Its round and answers are at {@code links.self}.
     */
    public record CurrentMinutesJson(long id, int revision, String state, CurrentMinutesLinks links) {

        static CurrentMinutesJson of(Minutes minutes, String self) {
            return new CurrentMinutesJson(minutes.getId(), minutes.getRevision(), String.valueOf(minutes.getState()),
                    new CurrentMinutesLinks(self));
        }
    }

    /** @param self the revision in the API ({@code /api/v1/minutes/{id}}), with its round and its version */
    public record CurrentMinutesLinks(String self) {
    }

    /**
     * Where to find what goes with a meeting, as absolute addresses.
     *
     * @param calendar the meeting's {@code .ics} file (the pages' address, which takes the token as well)
     * @param minutes  its approved minutes in the API
     */
    public record MeetingLinks(String calendar, String minutes) {
    }

    /** An agenda item (or a break) in the agenda's order, with its planned length in minutes. */
    public record AgendaItemJson(long id, String title, String kind, int plannedMinutes, String presenter) {

        static AgendaItemJson of(AgendaItem item) {
            return new AgendaItemJson(item.getId(), item.getTitle(), String.valueOf(item.getKind()),
                    item.getPlannedMinutes(), item.getPresenter() == null ? null : item.getPresenter().getAcronym());
        }
    }

    /** A participant as the meeting page lists them: name, organisation (acronym) and role; no contact details. */
    public record ParticipantJson(String name, String organisation, String role) {

        static ParticipantJson of(Participant participant) {
            return new ParticipantJson(participant.getName(),
                    participant.getOrganisation() == null ? null : participant.getOrganisation().getAcronym(),
                    String.valueOf(participant.getRole()));
        }
    }

    /**
     * An approved revision of a meeting's minutes, as the minutes page and its downloads give it: the canonical text
     * exactly as hashed and signed, its SHA-256 (hex), the signature (base64 of the DER bytes of the {@code .sig}
     * download, SHA-256 with the key's algorithm) and the id of the key, published at {@code links.signingKey}.
     *
     * @param state         {@code APPROVED}, or {@code SUPERSEDED} by an approved correction
     * @param signature     absent for minutes approved before approvals were signed
     */
    public record MinutesJson(long id, int revision, String state, Instant approvedAt, Instant supersededAt,
            String sha256, String signature, String signingKeyId, String canonicalText, MinutesLinks links) {
    }

    /**
     * The files of one revision, as absolute addresses (the pages' downloads, which take the token as well: see
     * {@code BearerSignIn}; the signing key is public).
     */
    public record MinutesLinks(String pdf, String canonical, String signature, String signingKey) {
    }

    /**
     * One revision of minutes as its approval round shows it: the round under way (0 before the first circulation),
     * its deadline and whether it still takes answers, and each delegation's answer in it. Its version is the ETag.
     *
     * @param round     the number of the last round, to send back with an answer
     * @param roundOpen whether that round still takes answers
     */
    public record MinutesRoundJson(long id, long meetingId, int revision, String state, int round, boolean roundOpen,
            Instant deadline, List<RoundAnswerJson> answers) {

        static MinutesRoundJson of(Minutes minutes) {
            Optional<ApprovalRound> round = minutes.currentRound();
            return new MinutesRoundJson(minutes.getId(), minutes.getMeeting().getId(), minutes.getRevision(),
                    String.valueOf(minutes.getState()), round.map(ApprovalRound::getNumber).orElse(0),
                    round.map(ApprovalRound::isOpen).orElse(false), round.map(ApprovalRound::getDeadline).orElse(null),
                    round.map(r -> r.getAnswers().stream().map(RoundAnswerJson::of).toList()).orElse(List.of()));
        }
    }

    /** A delegation's answer in a round: PENDING, APPROVED, COMMENTED or APPROVED_BY_SILENCE, by whom, when. */
    public record RoundAnswerJson(String organisation, String answer, String by, Instant at, String comment) {

        static RoundAnswerJson of(RoundAnswer answer) {
            return new RoundAnswerJson(answer.getOrganisation().getAcronym(), String.valueOf(answer.getAnswer()),
                    answer.getAnsweredBy(), answer.getAnsweredAt(), answer.getComment());
        }
    }

    /**
     * A follow-up action decided in minutes, with its status as the actions page shows it.
     *
     * @param overdue still to do and its due date passed (UTC)
     * @param history its status changes, newest first: only in the answer about one action (null in lists)
     */
    public record ActionJson(long id, String title, long ownerId, String owner, String focalPoint, LocalDate dueDate,
            String status, boolean overdue, Integer decisionNumber, Long priorityAxisId, String priorityAxis,
            long meetingId, String meetingTitle, Long editionId, List<ActionUpdateJson> history) {

        static ActionJson of(ActionItem action, LocalDate today, boolean withHistory) {
            return new ActionJson(action.getId(), action.getTitle(), action.getOwner().getId(),
                    action.getOwner().getAcronym(), action.getFocalPoint(), action.getDueDate(),
                    String.valueOf(action.getStatus()), action.isOverdue(today), action.getDecisionNumber(),
                    action.getPriorityAxis() == null ? null : action.getPriorityAxis().getId(),
                    action.getPriorityAxis() == null ? null : action.getPriorityAxis().getTitle(),
                    action.getMeeting().getId(), action.getMeeting().getTitle(),
                    action.getEdition() == null ? null : action.getEdition().getId(),
                    withHistory ? action.getHistory().stream().map(ActionUpdateJson::of).toList() : null);
        }
    }

    /** One status change of an action: when, by whom (user name), from and to which status, and why. */
    public record ActionUpdateJson(Instant at, String by, String from, String to, String note) {

        static ActionUpdateJson of(ActionUpdate update) {
            return new ActionUpdateJson(update.getUpdatedAt(), update.getUpdatedBy(),
                    String.valueOf(update.getFromStatus()), String.valueOf(update.getToStatus()), update.getNote());
        }
    }

    /**
     * One page of a list.
     *
     * @param total  how many items the whole list has
     * @param links  the addresses of this page and of the next and previous ones (absent at the ends)
     */
    public record Page<T>(List<T> items, long total, int limit, int offset, Links links) {
    }

    /** Links of a page, as absolute addresses. */
    public record Links(String self, String next, String prev) {
    }
}
