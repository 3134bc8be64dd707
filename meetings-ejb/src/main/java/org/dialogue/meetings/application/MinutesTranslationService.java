package org.dialogue.meetings.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.dialogue.meetings.domain.account.Reader;
import org.dialogue.meetings.domain.account.Roles;
import org.dialogue.meetings.domain.audit.AuditAction;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.domain.minutes.MinutesLanguage;
import org.dialogue.meetings.domain.minutes.MinutesTranslation;
import org.dialogue.meetings.domain.minutes.TranslationRuleException;
import org.dialogue.meetings.domain.shared.RecordNotFoundException;
import org.dialogue.meetings.domain.shared.StaleRecordException;
import org.dialogue.meetings.infrastructure.persistence.MinutesRepository;
import org.dialogue.meetings.infrastructure.persistence.MinutesTranslationRepository;
import org.dialogue.meetings.infrastructure.text.RichText;

/**
 * Translations of minutes into the other languages of the Dialogue (see {@link MinutesTranslation}).
 *
 * <p>Who does what: the secretariat writes, verifies, reopens and removes translations; everyone who may read the
 * minutes (need-to-know as for the minutes: the meeting's rule, and for the delegations only minutes already
 * circulated) reads their translations, drafts included, each with its status. Translations a reader may not see
 * answer like translations that do not exist. The text is sanitised with the minutes' policy ({@link RichText}). Each
 * translation has its own version: an edit made on an older copy is refused and the editor keeps their text. Every
 * step is in the audit trail.
 */
@Stateless
@Interceptors(CallerAccountCheck.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.SECRETARIAT, Roles.DELEGATE, Roles.OBSERVER})
public class MinutesTranslationService {

    static final String RECORD = "MinutesTranslation";

    @Inject
    private MinutesRepository minutes;

    @Inject
    private MinutesTranslationRepository translations;

    @Inject
    private Callers callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    // --- reading ---

    /** The translations of one revision of minutes the caller may read, by language. */
    public List<MinutesTranslation> ofMinutes(long minutesId) {
        Minutes found = readableMinutes(minutesId);
        List<MinutesTranslation> list = translations.ofMinutes(found.getId());
        list.forEach(t -> t.getMinutes().getSavedAt()); // what the page compares with, loaded in the transaction
        return list;
    }

    /** One translation, if the caller may read its minutes. */
    public Optional<MinutesTranslation> find(long translationId) {
        Reader reader = callers.reader(context);
        return translations.find(translationId).filter(t -> MinutesService.readable(t.getMinutes(), reader));
    }

    // --- the secretariat writes ---

    /** Adds the translation of the minutes into {@code language}, a draft; refused if there is one already. */
    @RolesAllowed(Roles.SECRETARIAT)
    public MinutesTranslation add(long minutesId, MinutesLanguage language, String html) {
        Minutes found = readableMinutes(minutesId);
        MinutesTranslation added = MinutesTranslation.write(found, language, translations.languagesOf(found.getId()),
                RichText.sanitise(html), Callers.name(context), clock.instant());
        translations.add(added);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // someone added the same language at the same moment: the unique constraint answered
            throw TranslationRuleException.duplicate(language);
        }
        audit.created(Callers.name(context), RECORD, added.getId(), added.auditFields());
        return added;
    }

    /** Rewrites a draft translation; refused for a verified one (reopen it first) or when someone saved meanwhile. */
    @RolesAllowed(Roles.SECRETARIAT)
    public MinutesTranslation edit(long translationId, long expectedVersion, String html) {
        return change(translationId, expectedVersion, AuditAction.UPDATE, null,
                t -> t.rewrite(RichText.sanitise(html), Callers.name(context), clock.instant()));
    }

    /** Marks the translation verified against the minutes, by the caller, now. */
    @RolesAllowed(Roles.SECRETARIAT)
    public MinutesTranslation verify(long translationId, long expectedVersion) {
        return change(translationId, expectedVersion, AuditAction.STATE_CHANGE, "verified",
                t -> t.verify(Callers.name(context), clock.instant()));
    }

    /** Takes a verified translation back to draft, so that it can be changed; it needs verifying again. */
    @RolesAllowed(Roles.SECRETARIAT)
    public MinutesTranslation reopen(long translationId, long expectedVersion) {
        return change(translationId, expectedVersion, AuditAction.STATE_CHANGE, "reopened as a draft to be changed",
                MinutesTranslation::reopen);
    }

    /** Removes a translation (verified or not), unless someone saved it since {@code expectedVersion}. */
    @RolesAllowed(Roles.SECRETARIAT)
    public void remove(long translationId, long expectedVersion) {
        MinutesTranslation found = readable(translationId);
        OptimisticLocking.requireUnchanged(RECORD, translationId, found.getVersion(), expectedVersion);
        Map<String, String> facts = found.auditFields();
        translations.remove(found);
        flush(translationId);
        audit.record(Callers.name(context), AuditAction.DELETE_PART, RECORD, translationId,
                "removed: " + facts);
    }

    // --- helpers ---

    private MinutesTranslation change(long id, long expectedVersion, AuditAction action, String why,
            Consumer<MinutesTranslation> change) {
        MinutesTranslation found = readable(id);
        OptimisticLocking.requireUnchanged(RECORD, id, found.getVersion(), expectedVersion);
        Map<String, String> before = found.auditFields();
        change.accept(found);
        flush(id);
        audit.changed(Callers.name(context), action, RECORD, id, before, found.auditFields(), why);
        return found;
    }

    private void flush(long id) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleRecordException(RECORD, id);
        }
    }

    private MinutesTranslation readable(long translationId) {
        return find(translationId).orElseThrow(() -> new RecordNotFoundException(RECORD, translationId));
    }

    private Minutes readableMinutes(long minutesId) {
        Reader reader = callers.reader(context);
        return minutes.find(minutesId).filter(m -> MinutesService.readable(m, reader))
                .orElseThrow(() -> new RecordNotFoundException(MinutesApproval.RECORD, minutesId));
    }
}
