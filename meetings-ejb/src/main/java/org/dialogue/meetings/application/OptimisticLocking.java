package org.dialogue.meetings.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.dialogue.meetings.domain.shared.StaleRecordException;

/**
 * Two people editing the same record never overwrite each other: an edit made on a copy loaded at one version is
 * refused once another save has moved the record past it, both before the change (version compare) and at the write
 * itself (the {@code @Version} column).
 */
final class OptimisticLocking {

    private OptimisticLocking() {
    }

    /** Refuses the edit when the record was saved by someone else since the editor loaded version {@code expected}. */
    static void requireUnchanged(String recordKind, Object id, long current, long expected) {
        if (current != expected) {
            throw new StaleRecordException(recordKind, id);
        }
    }

    /** Writes now, inside the service's transaction, so a concurrent save is reported as a stale record. */
    static <T> T flush(EntityManager em, String recordKind, Object id, T record) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleRecordException(recordKind, id);
        }
        return record;
    }
}
