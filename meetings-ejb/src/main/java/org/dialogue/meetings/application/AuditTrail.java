package org.dialogue.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.dialogue.meetings.domain.audit.AuditAction;
import org.dialogue.meetings.domain.audit.AuditEntry;
import org.dialogue.meetings.domain.audit.Changes;
import org.dialogue.meetings.infrastructure.persistence.AuditRepository;

/**
 * Writes the audit trail inside the service's own transaction: a change that rolls back leaves no entry, and an entry
 * is never written for a change that did not happen.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    private AuditRepository entries;

    @Inject
    private Clock clock;

    @Inject
    private AccessTokenOfRequest tokenOfRequest;

    @Inject
    private BeanManager beans;

    /** A record created: all its facts. */
    public void created(String actor, String recordKind, Long recordId, Map<String, String> facts) {
        record(actor, AuditAction.CREATE, recordKind, recordId, Changes.of(facts));
    }

    /** A record changed: each fact that differs, before and after. */
    public void changed(String actor, AuditAction action, String recordKind, Long recordId,
            Map<String, String> before, Map<String, String> after) {
        record(actor, action, recordKind, recordId, Changes.between(before, after));
    }

    /** A change with the reason given for it (a workflow step: circulated, approved, revised...). */
    public void changed(String actor, AuditAction action, String recordKind, Long recordId,
            Map<String, String> before, Map<String, String> after, String why) {
        String changes = Changes.between(before, after);
        String reason = why == null || why.isBlank() ? "" : "why: " + why.strip();
        record(actor, action, recordKind, recordId, changes.isEmpty() ? reason
                : reason.isEmpty() ? changes : changes + "\n" + reason);
    }

    /**
     * Appends an entry. A change made through the REST API carries the name of the access token on a line of its own
     * ("via token: ..."): the audit entry has no column for it, and the actor stays the token's owner.
     */
    public void record(String actor, AuditAction action, String recordKind, Long recordId, String changes) {
        Optional<String> token = beans.getContext(RequestScoped.class).isActive() ? tokenOfRequest.name()
                : Optional.empty(); // a timer: no request
        String detail = token.map(name -> (changes == null || changes.isEmpty() ? "" : changes + "\n")
                + "via token: " + name).orElse(changes);
        entries.append(new AuditEntry(clock.instant(), actor, action, recordKind, recordId, detail));
    }
}
