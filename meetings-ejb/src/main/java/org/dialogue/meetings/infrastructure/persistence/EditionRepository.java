package org.dialogue.meetings.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.dialogue.meetings.domain.edition.DialogueEdition;

@ApplicationScoped
public class EditionRepository {

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    public Optional<DialogueEdition> find(long id) {
        return Optional.ofNullable(em.find(DialogueEdition.class, id));
    }

    public Optional<DialogueEdition> findByNumber(int number) {
        return em.createNamedQuery(DialogueEdition.FIND_BY_NUMBER, DialogueEdition.class)
                .setParameter("number", number)
                .getResultStream().findFirst();
    }

    /** All editions, newest first. */
    public List<DialogueEdition> findAll() {
        return em.createNamedQuery(DialogueEdition.FIND_ALL, DialogueEdition.class).getResultList();
    }

    /** The highest edition number recorded, 0 when there is none. */
    public int highestNumber() {
        Integer highest = em.createQuery("select max(e.number) from DialogueEdition e", Integer.class)
                .getSingleResult();
        return highest == null ? 0 : highest;
    }

    /** The most recent edition that has set priority axes. */
    public Optional<DialogueEdition> findLatestWithPriorities() {
        return em.createNamedQuery(DialogueEdition.FIND_LATEST_WITH_PRIORITIES, DialogueEdition.class)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    public void add(DialogueEdition edition) {
        em.persist(edition);
    }
}
