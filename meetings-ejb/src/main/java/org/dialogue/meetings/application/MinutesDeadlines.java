package org.dialogue.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.dialogue.meetings.domain.audit.AuditAction;
import org.dialogue.meetings.domain.minutes.ApprovalRoundEnded;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.domain.minutes.MinutesState;
import org.dialogue.meetings.domain.minutes.RoundOutcome;

/**
 * The end of a round at its deadline: with no objection the silent organisations approve by silence and the minutes
 * are frozen; with comments the round ends and the minutes go back to draft. Both are recorded in the audit trail.
 */
@ApplicationScoped
public class MinutesDeadlines {

    @Inject
    private MinutesApproval approval;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<ApprovalRoundEnded> roundEnded;

    /** Returns true if the minutes changed (a round was due). Runs in the caller's transaction. */
    public boolean closeIfDue(Minutes minutes, Map<String, String> before, String actor, Instant now) {
        MinutesState was = minutes.getState();
        if (minutes.closeIfDue(now)) {
            approval.freeze(minutes, before, actor, "deadline passed without objection: approved by silence", now);
            return true;
        }
        if (minutes.getState() != was) {
            audit.changed(actor, AuditAction.STATE_CHANGE, MinutesApproval.RECORD, minutes.getId(), before,
                    minutes.auditFields(), "deadline passed with comments: back to draft for a revision");
            roundEnded.fire(new ApprovalRoundEnded(minutes.getId(), minutes.currentRound().orElseThrow().getNumber(),
                    RoundOutcome.ENDED_WITH_COMMENTS));
            return true;
        }
        return false;
    }
}
