package org.dialogue.meetings.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Optional;
import org.dialogue.meetings.domain.account.Roles;
import org.dialogue.meetings.domain.audit.AuditAction;
import org.dialogue.meetings.domain.edition.DialogueEdition;
import org.dialogue.meetings.domain.edition.DuplicateEditionNumberException;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.shared.RecordNotFoundException;
import org.dialogue.meetings.domain.shared.Text;
import org.dialogue.meetings.domain.shared.Venue;
import org.dialogue.meetings.infrastructure.persistence.EditionRepository;
import org.dialogue.meetings.infrastructure.persistence.OrganisationRepository;

/**
 * Schedules the editions of the Dialogue and records the priority axes each one sets. Everyone signed in reads; each change is allowed to the role named on its
 * method.
 */
@Stateless
@Interceptors(CallerAccountCheck.class) // the account is checked on every call, not only at sign-in
@RolesAllowed({Roles.ADMINISTRATOR, Roles.SECRETARIAT, Roles.DELEGATE, Roles.OBSERVER})
public class EditionService {

    private static final String RECORD = "Edition";

    @Inject
    private EditionRepository editions;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private InputValidation validation;

    @Inject
    private AuditTrail audit;

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    /** All editions, newest first. */
    public List<DialogueEdition> findAll() {
        return editions.findAll();
    }

    /** An edition with its participants and priority axes loaded. */
    public Optional<DialogueEdition> find(long id) {
        return editions.find(id).map(EditionService::loaded);
    }

    /** The number the next edition would normally take. */
    public int nextNumber() {
        return editions.highestNumber() + 1;
    }

    public Optional<DialogueEdition> findByNumber(int number) {
        return editions.findByNumber(number).map(EditionService::loaded);
    }

    /** The most recent edition that has set priority axes, with them loaded. */
    public Optional<DialogueEdition> findLatestWithPriorities() {
        return editions.findLatestWithPriorities().map(EditionService::loaded);
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public DialogueEdition schedule(EditionDetails details) {
        requireUniqueNumber(details.number(), null);
        DialogueEdition edition = new DialogueEdition(details.number(), details.title());
        apply(edition, details);
        editions.add(edition);
        OptimisticLocking.flush(em, RECORD, null, edition);
        audit.created(Callers.name(context), RECORD, edition.getId(), edition.auditFields());
        return edition;
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public DialogueEdition update(long id, long expectedVersion, EditionDetails details) {
        return change(id, expectedVersion, AuditAction.UPDATE, edition -> {
            requireUniqueNumber(details.number(), id);
            edition.retitle(details.number(), details.title());
            apply(edition, details);
        });
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public DialogueEdition markHeld(long id, long expectedVersion) {
        return change(id, expectedVersion, AuditAction.STATE_CHANGE, DialogueEdition::markHeld);
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public DialogueEdition cancel(long id, long expectedVersion) {
        return change(id, expectedVersion, AuditAction.CANCEL, DialogueEdition::cancel);
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public DialogueEdition addPriorityAxis(long id, long expectedVersion, String title) {
        return change(id, expectedVersion, AuditAction.UPDATE, edition -> edition.addPriorityAxis(title));
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public DialogueEdition renamePriorityAxis(long id, long expectedVersion, long axisId, String title) {
        return change(id, expectedVersion, AuditAction.UPDATE, edition -> edition.renamePriorityAxis(axisId, title));
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public DialogueEdition removePriorityAxis(long id, long expectedVersion, long axisId) {
        return change(id, expectedVersion, AuditAction.UPDATE, edition -> edition.removePriorityAxis(axisId));
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public DialogueEdition movePriorityAxis(long id, long expectedVersion, long axisId, int newPosition) {
        return change(id, expectedVersion, AuditAction.UPDATE,
                edition -> edition.movePriorityAxis(axisId, newPosition));
    }

    /**
     * The next one: a new edition numbered after the highest one, prepared from this one with its participating
     * organisations and, if asked, its priority axes (see {@code DialogueEdition.copyAs}). Its dates are left to set.
     */
    @RolesAllowed(Roles.SECRETARIAT)
    public DialogueEdition copyToNextNumber(long id, boolean withPriorityAxes) {
        DialogueEdition original = editions.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
        DialogueEdition copy = original.copyAs(nextNumber(), withPriorityAxes);
        validation.check(copy);
        editions.add(copy);
        OptimisticLocking.flush(em, RECORD, null, copy);
        java.util.Map<String, String> fields = copy.auditFields();
        fields.put("copiedFrom", String.valueOf(original.getNumber()));
        audit.created(Callers.name(context), RECORD, copy.getId(), fields);
        return loaded(copy);
    }

    /** Loads the version the editor saw, applies the change, saves it and records what changed. */
    private DialogueEdition change(long id, long expectedVersion, AuditAction action,
            Consumer<DialogueEdition> change) {
        DialogueEdition edition = load(id, expectedVersion);
        Map<String, String> before = edition.auditFields();
        change.accept(edition);
        DialogueEdition saved = save(edition);
        audit.changed(Callers.name(context), action, RECORD, id, before, saved.auditFields());
        return saved;
    }

    private DialogueEdition load(long id, long expectedVersion) {
        DialogueEdition edition = editions.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
        OptimisticLocking.requireUnchanged(RECORD, id, edition.getVersion(), expectedVersion);
        return edition;
    }

    /** Validates and writes; the version moves even when only the axes changed, so stale copies are refused. */
    private DialogueEdition save(DialogueEdition edition) {
        validation.check(edition);
        em.lock(edition, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return loaded(OptimisticLocking.flush(em, RECORD, edition.getId(), edition));
    }

    private void apply(DialogueEdition edition, EditionDetails details) {
        String city = Text.trimToNull(details.venueCity());
        String country = Text.trimToNull(details.venueCountry());
        Venue venue = city == null && country == null ? null : Venue.inCity(city, country);
        edition.plan(details.year(), details.plannedStart(), details.plannedEnd(), venue, details.timeZone());
        List<Organisation> participants = organisations.findAll(details.participantIds());
        if (participants.size() != details.participantIds().size()) {
            throw new RecordNotFoundException("Organisation", details.participantIds());
        }
        edition.inviteOrganisations(participants);
        validation.check(edition);
    }

    private void requireUniqueNumber(int number, Long ownId) {
        editions.findByNumber(number)
                .filter(other -> !other.getId().equals(ownId))
                .ifPresent(other -> {
                    throw new DuplicateEditionNumberException(number);
                });
    }

    private static DialogueEdition loaded(DialogueEdition edition) {
        edition.getParticipants().size();
        edition.getPriorityAxes().size();
        return edition;
    }
}
