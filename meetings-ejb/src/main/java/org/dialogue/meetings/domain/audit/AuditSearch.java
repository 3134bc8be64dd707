package org.dialogue.meetings.domain.audit;

import java.time.Instant;

/**
 * The audit trail page's filters; null means any.
 *
 * @param actor      the user name, exactly
 * @param recordKind the kind of record ("Meeting")
 * @param recordId   the record's id
 * @param action     what happened
 * @param from       at or after this instant
 * @param before     before this instant
 */
public record AuditSearch(String actor, String recordKind, Long recordId, AuditAction action, Instant from,
        Instant before) {

    public static AuditSearch all() {
        return new AuditSearch(null, null, null, null, null, null);
    }
}
