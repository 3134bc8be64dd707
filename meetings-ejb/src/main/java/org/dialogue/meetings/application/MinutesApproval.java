package org.dialogue.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.dialogue.meetings.domain.audit.AuditAction;
import org.dialogue.meetings.domain.minutes.ApprovalRoundEnded;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.infrastructure.persistence.ActionRepository;
import org.dialogue.meetings.infrastructure.persistence.MinutesRepository;
import org.dialogue.meetings.infrastructure.persistence.PublishedKeyRepository;
import org.dialogue.meetings.infrastructure.signing.SigningKey;
import org.dialogue.meetings.infrastructure.signing.SigningKeyStore;

/**
 * What happens when minutes become approved, whoever approved them last (a delegate, or the deadline check by
 * silence): the canonical text and its SHA-256 are frozen and signed with the application's key (whose public key is
 * published, see {@link SigningKeyService}), and the approved revision a correction replaces is marked superseded.
 * Runs inside the caller's transaction.
 */
@ApplicationScoped
public class MinutesApproval {

    static final String RECORD = "Minutes";

    @Inject
    private MinutesRepository minutes;

    @Inject
    private ActionRepository actions;

    @Inject
    private AuditTrail audit;

    @Inject
    private SigningKeyStore signingKeys;

    @Inject
    private PublishedKeyRepository publishedKeys;

    @Inject
    private Event<ApprovalRoundEnded> roundEnded;

    void freeze(Minutes approved, Map<String, String> before, String actor, String why, Instant now) {
        SigningKey key = signingKeys.current();
        // Published at start; written here too if not, before the minutes refer to it.
        publishedKeys.publish(key, now).usedAt(now);
        approved.freeze(CanonicalMinutes.of(approved, actions.ofMinutes(approved.getId())), key, now);
        minutes.approvedBefore(approved.getMeeting().getId(), approved.getRevision()).ifPresent(previous -> {
            Map<String, String> previousBefore = previous.auditFields();
            previous.supersede(now);
            audit.changed(actor, AuditAction.STATE_CHANGE, RECORD, previous.getId(), previousBefore,
                    previous.auditFields(), "superseded by revision " + approved.getRevision());
        });
        audit.changed(actor, AuditAction.STATE_CHANGE, RECORD, approved.getId(), before, approved.auditFields(), why);
        approved.currentRound().ifPresent(round -> roundEnded.fire(new ApprovalRoundEnded(approved.getId(),
                round.getNumber(), round.getOutcome())));
    }
}
