package org.dialogue.meetings.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.dialogue.meetings.domain.edition.DialogueEdition;
import org.dialogue.meetings.domain.edition.DuplicateEditionNumberException;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.shared.RecordNotFoundException;
import org.dialogue.meetings.domain.shared.Text;
import org.dialogue.meetings.domain.shared.Venue;
import org.dialogue.meetings.infrastructure.persistence.EditionRepository;
import org.dialogue.meetings.infrastructure.persistence.OrganisationRepository;

/** Schedules the editions of the Dialogue and records the priority axes each one sets. */
@Stateless
public class EditionService {

    private static final String RECORD = "Edition";

    @Inject
    private EditionRepository editions;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private InputValidation validation;

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

    public DialogueEdition schedule(EditionDetails details) {
        requireUniqueNumber(details.number(), null);
        DialogueEdition edition = new DialogueEdition(details.number(), details.title());
        apply(edition, details);
        editions.add(edition);
        return OptimisticLocking.flush(em, RECORD, null, edition);
    }

    public DialogueEdition update(long id, long expectedVersion, EditionDetails details) {
        DialogueEdition edition = load(id, expectedVersion);
        requireUniqueNumber(details.number(), id);
        edition.retitle(details.number(), details.title());
        apply(edition, details);
        return save(edition);
    }

    public DialogueEdition markHeld(long id, long expectedVersion) {
        DialogueEdition edition = load(id, expectedVersion);
        edition.markHeld();
        return save(edition);
    }

    public DialogueEdition cancel(long id, long expectedVersion) {
        DialogueEdition edition = load(id, expectedVersion);
        edition.cancel();
        return save(edition);
    }

    public DialogueEdition addPriorityAxis(long id, long expectedVersion, String title) {
        DialogueEdition edition = load(id, expectedVersion);
        edition.addPriorityAxis(title);
        return save(edition);
    }

    public DialogueEdition renamePriorityAxis(long id, long expectedVersion, long axisId, String title) {
        DialogueEdition edition = load(id, expectedVersion);
        edition.renamePriorityAxis(axisId, title);
        return save(edition);
    }

    public DialogueEdition removePriorityAxis(long id, long expectedVersion, long axisId) {
        DialogueEdition edition = load(id, expectedVersion);
        edition.removePriorityAxis(axisId);
        return save(edition);
    }

    public DialogueEdition movePriorityAxis(long id, long expectedVersion, long axisId, int newPosition) {
        DialogueEdition edition = load(id, expectedVersion);
        edition.movePriorityAxis(axisId, newPosition);
        return save(edition);
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
