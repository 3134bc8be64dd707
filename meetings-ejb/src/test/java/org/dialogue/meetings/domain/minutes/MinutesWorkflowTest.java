package org.dialogue.meetings.domain.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.MeetingKind;
import org.dialogue.meetings.domain.meeting.ParticipantRole;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.organisation.OrganisationKind;
import org.dialogue.meetings.domain.shared.TimeSlot;
import org.dialogue.meetings.domain.shared.Venue;
import org.junit.jupiter.api.Test;

/** The approval workflow on one {@link Minutes}, without a database: rounds, answers, silence and freezing. */
class MinutesWorkflowTest {

    private static final Instant NOW = Instant.parse("2031-03-02T10:00:00Z");
    private static final Instant DEADLINE = NOW.plus(Duration.ofDays(7));
    private static final String KEY_ID = "ab".repeat(32);
    /** Signs with the text's first byte and its length: enough to see which bytes it was given. */
    private static final MinutesSigner SIGNER = text -> new ApprovalSignature(KEY_ID,
            new byte[] {text[0], (byte) text.length});

    private final Organisation afripol = organisation("AFRIPOL", 1);
    private final Organisation europol = organisation("EUROPOL", 2);
    private final Organisation gccpol = organisation("GCCPOL", 3);
    private final Minutes minutes = Minutes.open(meeting(), "sec", NOW);

    @Test
    void openingFollowsTheAgendaAndListsTheParticipantsAsPresent() {
        assertThat(minutes.getItems()).extracting(MinutesItem::getTitle).containsExactly("Opening", "Data sharing");
        assertThat(minutes.getAttendance()).extracting(Attendance::getName, Attendance::getStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Amina Haddad", AttendanceStatus.PRESENT),
                        org.assertj.core.groups.Tuple.tuple("Jan Novák", AttendanceStatus.PRESENT));
        assertThat(minutes.getState()).isEqualTo(MinutesState.DRAFT);
        assertThat(minutes.isSharedWithDelegations()).isFalse();
    }

    @Test
    void approvedWhenEveryOrganisationApproved() {
        minutes.circulate(List.of(afripol, europol), DEADLINE, "sec", NOW);

        assertThat(minutes.approve(afripol, 1, "af", NOW.plusSeconds(60))).isFalse();
        assertThat(minutes.approve(europol, 1, "eu", NOW.plusSeconds(120))).isTrue();

        ApprovalRound round = minutes.currentRound().orElseThrow();
        assertThat(round.getOutcome()).isEqualTo(RoundOutcome.APPROVED);
        assertThat(round.getAnswers()).extracting(RoundAnswer::getAnswer).containsOnly(Answer.APPROVED);
        assertThat(minutes.isSharedWithDelegations()).isTrue();
    }

    @Test
    void anOrganisationAnswersOnceAndOnlyIfItTakesPart() {
        minutes.circulate(List.of(afripol, europol), DEADLINE, "sec", NOW);
        minutes.approve(afripol, 1, "af", NOW);

        assertThatThrownBy(() -> minutes.comment(afripol, 1, "second thoughts", null, "af2", NOW))
                .isInstanceOf(MinutesRuleException.class).hasMessageContaining("AFRIPOL has already answered");
        assertThatThrownBy(() -> minutes.approve(gccpol, 1, "gc", NOW))
                .isInstanceOf(MinutesRuleException.class).hasMessageContaining("GCCPOL does not take part");
    }

    @Test
    void silenceApprovesARoundWithoutObjectionAtItsDeadlineOnce() {
        minutes.circulate(List.of(afripol, europol, gccpol), DEADLINE, "sec", NOW);
        minutes.approve(afripol, 1, "af", NOW);

        assertThat(minutes.closeIfDue(DEADLINE.minusSeconds(1))).isFalse();
        assertThat(minutes.closeIfDue(DEADLINE)).isTrue();
        assertThat(minutes.closeIfDue(DEADLINE.plusSeconds(60))).as("a second check does nothing").isFalse();

        ApprovalRound round = minutes.currentRound().orElseThrow();
        assertThat(round.getOutcome()).isEqualTo(RoundOutcome.APPROVED_BY_SILENCE);
        assertThat(round.getAnswers()).extracting(a -> a.getOrganisation().getAcronym() + " " + a.getAnswer())
                .containsExactly("AFRIPOL APPROVED", "EUROPOL APPROVED_BY_SILENCE", "GCCPOL APPROVED_BY_SILENCE");
    }

    @Test
    void aCommentBlocksSilenceAndARevisionOpensTheNextRound() {
        minutes.circulate(List.of(afripol, europol), DEADLINE, "sec", NOW);
        minutes.comment(europol, 1, "Item 2: say 'pilot', not 'programme'.", null, "eu", NOW);

        assertThat(minutes.closeIfDue(DEADLINE)).isFalse();
        assertThat(minutes.getState()).isEqualTo(MinutesState.DRAFT);
        assertThat(minutes.currentRound().orElseThrow().getOutcome()).isEqualTo(RoundOutcome.ENDED_WITH_COMMENTS);

        ApprovalRound second = minutes.circulate(List.of(afripol, europol), DEADLINE.plus(Duration.ofDays(7)), "sec",
                DEADLINE);
        assertThat(second.getNumber()).isEqualTo(2);
        assertThat(second.getAnswers()).extracting(RoundAnswer::getAnswer).containsOnly(Answer.PENDING);
    }

    @Test
    void anAnswerIsAboutTheRoundItsPageShowedAndNothingIsRecordedForAnother() {
        minutes.circulate(List.of(afripol, europol), DEADLINE, "sec", NOW);
        minutes.revise("EUROPOL's remark", NOW.plusSeconds(60));

        // The page still shows round 1, now withdrawn: the minutes are a draft again.
        assertThatThrownBy(() -> minutes.approve(afripol, 1, "af", NOW.plusSeconds(90)))
                .isInstanceOf(MinutesChangedException.class).hasMessageContaining("withdrawn");

        minutes.circulate(List.of(afripol, europol), DEADLINE, "sec", NOW.plusSeconds(120));
        // Round 2 circulates another text: an answer given on the page of round 1 is refused.
        assertThatThrownBy(() -> minutes.approve(afripol, 1, "af", NOW.plusSeconds(180)))
                .isInstanceOf(MinutesChangedException.class).hasMessageContaining("round 1", "round 2");
        assertThatThrownBy(() -> minutes.comment(europol, 1, "On the old text", null, "eu", NOW.plusSeconds(180)))
                .isInstanceOf(MinutesChangedException.class);
        assertThat(minutes.currentRound().orElseThrow().getAnswers()).extracting(RoundAnswer::getAnswer)
                .containsOnly(Answer.PENDING);

        assertThat(minutes.approve(afripol, 2, "af", NOW.plusSeconds(240))).isFalse();
    }

    @Test
    void theSecretariatRevisesDuringARoundWithAReason() {
        minutes.circulate(List.of(afripol), DEADLINE, "sec", NOW);
        assertThatThrownBy(() -> minutes.revise(" ", NOW)).isInstanceOf(MinutesRuleException.class);

        minutes.revise("EUROPOL's comment on item 2", NOW);

        assertThat(minutes.getState()).isEqualTo(MinutesState.DRAFT);
        assertThat(minutes.getRounds().get(0).getOutcome()).isEqualTo(RoundOutcome.REVISED);
        assertThat(minutes.getRounds().get(0).getRevisionReason()).isEqualTo("EUROPOL's comment on item 2");
    }

    @Test
    void circulatedMinutesAreNotEditedAndNeedAFutureDeadline() {
        assertThatThrownBy(() -> minutes.circulate(List.of(afripol), NOW, "sec", NOW))
                .isInstanceOf(MinutesRuleException.class).hasMessage("The deadline must be in the future.");
        assertThatThrownBy(() -> minutes.circulate(List.of(), DEADLINE, "sec", NOW))
                .isInstanceOf(MinutesRuleException.class).hasMessageContaining("No organisation takes part");

        minutes.circulate(List.of(afripol), DEADLINE, "sec", NOW);

        assertThatThrownBy(() -> minutes.recordDecisions(List.of()))
                .isInstanceOf(MinutesRuleException.class).hasMessageContaining("circulated for approval");
    }

    @Test
    void frozenMinutesRefuseEveryChangeAndKeepTheirHash() {
        minutes.circulate(List.of(afripol), DEADLINE, "sec", NOW);
        minutes.approve(afripol, 1, "af", NOW);
        minutes.freeze("MINUTES\nFormat: dialogue-minutes/1\n", SIGNER, NOW);

        assertThat(minutes.getApprovedSha256())
                .isEqualTo(Minutes.sha256("MINUTES\nFormat: dialogue-minutes/1\n")).hasSize(64);
        assertThatThrownBy(() -> minutes.freeze("other", SIGNER, NOW)).isInstanceOf(MinutesRuleException.class);
        assertThatThrownBy(() -> minutes.recordAttendance(List.of())).hasMessageContaining("frozen");
        assertThatThrownBy(() -> minutes.writeNotes(1, "<p>x</p>", "x")).hasMessageContaining("frozen");
        assertThatThrownBy(() -> minutes.revise("why", NOW)).hasMessageContaining("frozen");
        assertThatThrownBy(() -> minutes.circulate(List.of(afripol), DEADLINE, "sec", NOW))
                .hasMessageContaining("frozen");
        assertThatThrownBy(() -> minutes.reply(1, "text", "sec", NOW)).hasMessageContaining("frozen");
    }

    @Test
    void theSignerIsGivenTheApprovedTextsUtf8BytesAndItsSignatureIsKeptWithTheKeyId() {
        minutes.circulate(List.of(afripol), DEADLINE, "sec", NOW);
        minutes.approve(afripol, 1, "af", NOW);
        List<byte[]> signed = new java.util.ArrayList<>();
        String text = "MINUTES\nMeeting: Réunion à Brazzaville – اجتماع\n";

        minutes.freeze(text, bytes -> {
            signed.add(bytes.clone());
            return SIGNER.sign(bytes);
        }, NOW);

        assertThat(signed).singleElement().isEqualTo(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(minutes.getApprovalSignature()).hasValueSatisfying(signature -> {
            assertThat(signature.getKeyId()).isEqualTo(KEY_ID);
            assertThat(signature.getBytes()).containsExactly('M', text.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8).length);
        });
        assertThat(minutes.getSigningKeyId()).isEqualTo(KEY_ID);
        assertThat(minutes.auditFields()).containsEntry("signing key", KEY_ID);
    }

    @Test
    void aCorrectionIsTheNextRevisionWithItsReasonAndTheSameContent() {
        minutes.circulate(List.of(afripol), DEADLINE, "sec", NOW);
        minutes.approve(afripol, 1, "af", NOW);
        minutes.freeze("text", SIGNER, NOW);

        Minutes correction = minutes.correct("Wrong date in item 1", "sec", NOW);

        assertThat(correction.getRevision()).isEqualTo(2);
        assertThat(correction.getCorrectionReason()).isEqualTo("Wrong date in item 1");
        assertThat(correction.getState()).isEqualTo(MinutesState.DRAFT);
        assertThat(correction.isSharedWithDelegations()).as("the delegations read corrections at once").isTrue();
        assertThat(correction.getAttendance()).hasSameSizeAs(minutes.getAttendance());
        assertThatThrownBy(() -> minutes.correct(" ", "sec", NOW)).hasMessage("Give the reason.");

        minutes.supersede(NOW);
        assertThat(minutes.getState()).isEqualTo(MinutesState.SUPERSEDED);
        assertThat(minutes.getState().isFrozen()).isTrue();
    }

    private Meeting meeting() {
        Meeting meeting = new Meeting(MeetingKind.JOINT_OPERATIONAL_MEETING, "Joint meeting",
                TimeSlot.ofLocal(LocalDateTime.of(2031, 3, 1, 9, 0), LocalDateTime.of(2031, 3, 1, 17, 0),
                        ZoneId.of("Europe/Paris")),
                Venue.inCity("Lyon", "France"));
        meeting.addAgendaItem("Opening", null, Duration.ofMinutes(15), null);
        meeting.addAgendaItem("Data sharing", europol, Duration.ofMinutes(60), null);
        long id = 100;
        for (var item : meeting.getAgenda()) {
            setId(item.getClass(), item, id++);
        }
        meeting.addParticipant("Amina Haddad", afripol, ParticipantRole.HEAD_OF_DELEGATION);
        meeting.addParticipant("Jan Novák", europol, ParticipantRole.DELEGATE);
        return meeting;
    }

    private static Organisation organisation(String acronym, long id) {
        Organisation organisation = new Organisation(acronym, acronym + " organisation", OrganisationKind.REGIONAL);
        setId(Organisation.class, organisation, id);
        return organisation;
    }

    private static void setId(Class<?> type, Object entity, long id) {
        try {
            Field field = type.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
