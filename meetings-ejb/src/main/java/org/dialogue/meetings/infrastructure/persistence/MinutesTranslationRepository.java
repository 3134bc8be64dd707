package org.dialogue.meetings.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.dialogue.meetings.domain.minutes.MinutesLanguage;
import org.dialogue.meetings.domain.minutes.MinutesTranslation;

/** Translations of minutes. Need-to-know is the minutes' (the meeting's), applied by the service. */
@ApplicationScoped
public class MinutesTranslationRepository {

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    public Optional<MinutesTranslation> find(long id) {
        return Optional.ofNullable(em.find(MinutesTranslation.class, id));
    }

    /** The translations of one revision of minutes, by language code. */
    public List<MinutesTranslation> ofMinutes(long minutesId) {
        return em.createNamedQuery(MinutesTranslation.OF_MINUTES, MinutesTranslation.class)
                .setParameter("minutes", minutesId).getResultList();
    }

    /** The languages one revision of minutes is translated into. */
    public List<MinutesLanguage> languagesOf(long minutesId) {
        return ofMinutes(minutesId).stream().map(MinutesTranslation::getLanguage).toList();
    }

    public void add(MinutesTranslation translation) {
        em.persist(translation);
    }

    public void remove(MinutesTranslation translation) {
        em.remove(translation);
    }
}
