package org.dialogue.meetings.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.List;
import org.dialogue.meetings.domain.account.Roles;
import org.dialogue.meetings.domain.audit.AuditEntry;
import org.dialogue.meetings.domain.audit.AuditSearch;
import org.dialogue.meetings.infrastructure.persistence.AuditRepository;

/** Reads the audit trail, for administrators. Nothing here, or anywhere, changes or removes an entry. */
@Stateless
@Interceptors(CallerAccountCheck.class) // the account is checked on every call, not only at sign-in
@RolesAllowed(Roles.ADMINISTRATOR)
public class AuditService {

    @Inject
    private AuditRepository entries;

    /** One page of the matching entries, newest first, paged by the database. */
    public List<AuditEntry> search(AuditSearch search, int first, int max) {
        return entries.search(search, first, max);
    }

    public long count(AuditSearch search) {
        return entries.count(search);
    }
}
