package org.dialogue.meetings.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dialogue.meetings.domain.account.Role;
import org.dialogue.meetings.domain.account.SignInThrottle;
import org.dialogue.meetings.domain.account.AccountName;
import org.dialogue.meetings.domain.account.UserAccount;

@ApplicationScoped
public class UserAccountRepository {

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    public Optional<UserAccount> find(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    public Optional<UserAccount> findByUsername(String username) {
        return em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    public List<UserAccount> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select u from UserAccount u where u.id in :ids order by u.username", UserAccount.class)
                .setParameter("ids", ids).getResultList();
    }

    /** The accounts' ids and user names, as a meeting's access list holds them, by user name. */
    public List<AccountName> namesOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from AccountName a where a.id in :ids order by a.username", AccountName.class)
                .setParameter("ids", ids).getResultList();
    }

    public long countAll() {
        return em.createNamedQuery(UserAccount.COUNT_ALL, Long.class).getSingleResult();
    }

    public void add(UserAccount account) {
        em.persist(account);
    }

    /** One page of the users whose name or full name contains the text, with the given role and organisation. */
    public List<UserAccount> search(String text, Role role, Long organisationId, Boolean enabled, int first,
            int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<UserAccount> query = cb.createQuery(UserAccount.class);
        Root<UserAccount> user = query.from(UserAccount.class);
        user.fetch("organisation", jakarta.persistence.criteria.JoinType.LEFT);
        query.select(user).where(filters(cb, user, text, role, organisationId, enabled))
                .orderBy(cb.asc(user.get("username")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(String text, Role role, Long organisationId, Boolean enabled) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<UserAccount> user = query.from(UserAccount.class);
        query.select(cb.count(user)).where(filters(cb, user, text, role, organisationId, enabled));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<UserAccount> user, String text, Role role,
            Long organisationId, Boolean enabled) {
        List<Predicate> where = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            String pattern = "%" + Likes.escape(text.strip().toLowerCase(Locale.ROOT)) + "%";
            where.add(cb.or(cb.like(user.get("username"), pattern, '\\'),
                    cb.like(cb.lower(user.get("fullName")), pattern, '\\')));
        }
        if (role != null) {
            where.add(cb.equal(user.get("role"), role));
        }
        if (organisationId != null) {
            where.add(cb.equal(user.get("organisation").get("id"), organisationId));
        }
        if (enabled != null) {
            where.add(cb.equal(user.get("enabled"), enabled));
        }
        return where.toArray(Predicate[]::new);
    }

    // --- failed sign-ins ---

    /** The throttle row of a typed name, locked for the rest of the transaction so two attempts count twice. */
    public Optional<SignInThrottle> throttleFor(String typedName) {
        return Optional.ofNullable(em.find(SignInThrottle.class, SignInThrottle.key(typedName),
                LockModeType.PESSIMISTIC_WRITE));
    }

    public void add(SignInThrottle throttle) {
        em.persist(throttle);
    }

    public void remove(SignInThrottle throttle) {
        em.remove(throttle);
    }
}
