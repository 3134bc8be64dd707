package org.dialogue.meetings.testing;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dialogue.meetings.application.AccountService;
import org.dialogue.meetings.application.AccountSummary;
import org.dialogue.meetings.application.FirstAdministrator;
import org.dialogue.meetings.application.NewUserDetails;
import org.dialogue.meetings.application.OrganisationService;
import org.dialogue.meetings.application.UserSearch;
import org.dialogue.meetings.domain.account.Role;

/**
 * Test only: the callers of the container tests and their accounts. Each role has a {@code @RunAs} bean, and
 * {@code WEB-INF/glassfish-web.xml} of the test deployment maps the role to one principal: the first administrator
 * {@value FirstAdministrator#USERNAME} (created by the application at its first start), and {@value #SECRETARIAT},
 * {@value #DELEGATE} and {@value #OBSERVER}, whose accounts {@link #ensureAccounts()} creates through the service (the
 * services look the caller's name up in the accounts, and refuse a caller without an enabled one). The delegate and
 * the observer belong to {@value #ORGANISATION}.
 */
@ApplicationScoped
public class TestUsers {

    public static final String ADMINISTRATOR = FirstAdministrator.USERNAME;
    public static final String SECRETARIAT = "it-secretariat";
    public static final String DELEGATE = "it-delegate";
    public static final String OBSERVER = "it-observer";
    public static final String ORGANISATION = "AFRIPOL";
    /** A delegate of another organisation, for the tests where two delegations answer. */
    public static final String SECOND_DELEGATE = "it-delegate-2";
    public static final String SECOND_ORGANISATION = "EUROPOL";

    @EJB
    private AsAdministrator asAdministrator;

    @EJB
    private AsSecretariat asSecretariat;

    @EJB
    private AsDelegate asDelegate;

    @EJB
    private AsObserver asObserver;

    @EJB
    private AsSecondDelegate asSecondDelegate;

    @EJB
    private AccountService accounts;

    @EJB
    private OrganisationService organisations;

    public Caller administrator() {
        return Caller.through(ADMINISTRATOR, () -> asAdministrator);
    }

    public Caller secretariat() {
        return Caller.through(SECRETARIAT, () -> asSecretariat);
    }

    public Caller delegate() {
        return Caller.through(DELEGATE, () -> asDelegate);
    }

    /** The delegate of {@value #SECOND_ORGANISATION}; not among {@link #everyone()} (the role is the delegate's). */
    public Caller secondDelegate() {
        return Caller.through(SECOND_DELEGATE, () -> asSecondDelegate);
    }

    public Caller observer() {
        return Caller.through(OBSERVER, () -> asObserver);
    }

    public Caller anonymous() {
        return Caller.anonymous();
    }

    public Caller as(Role role) {
        return switch (role) {
            case ADMINISTRATOR -> administrator();
            case SECRETARIAT -> secretariat();
            case DELEGATE -> delegate();
            case OBSERVER -> observer();
        };
    }

    /** Every caller, by role; the key null is the anonymous caller. In a fixed order, anonymous first. */
    public Map<Role, Caller> everyone() {
        Map<Role, Caller> callers = new LinkedHashMap<>();
        callers.put(null, anonymous());
        for (Role role : Role.values()) {
            callers.put(role, as(role));
        }
        return callers;
    }

    /**
     * Makes sure the secretariat, delegate and observer accounts exist, are enabled and have their role and
     * organisation (creating them on a fresh database, repairing them after a test that stopped half-way). Cheap
     * when nothing is missing: three searches.
     */
    public void ensureAccounts() {
        Caller admin = administrator();
        long organisation = admin.call(() -> organisations.findByAcronym(ORGANISATION)).orElseThrow().getId();
        ensure(SECRETARIAT, Role.SECRETARIAT, null);
        ensure(DELEGATE, Role.DELEGATE, organisation);
        ensure(OBSERVER, Role.OBSERVER, organisation);
        ensure(SECOND_DELEGATE, Role.DELEGATE, administrator().call(
                () -> organisations.findByAcronym(SECOND_ORGANISATION)).orElseThrow().getId());
    }

    /** An account by its user name, read as the administrator. */
    public Optional<AccountSummary> find(String username) {
        return administrator().call(() -> accounts.search(new UserSearch(username, null, null, null), 0, 100))
                .stream().filter(account -> account.getUsername().equals(username)).findFirst();
    }

    public AccountSummary account(String username) {
        return find(username).orElseThrow(() -> new IllegalStateException("No account " + username));
    }

    public long organisationId() {
        return administrator().call(() -> organisations.findByAcronym(ORGANISATION)).orElseThrow().getId();
    }

    private void ensure(String username, Role role, Long organisationId) {
        Caller admin = administrator();
        Optional<AccountSummary> existing = find(username);
        if (existing.isEmpty()) {
            admin.call(() -> accounts.create(new NewUserDetails(username, "Test " + role.name().toLowerCase(), role,
                    organisationId)));
            return;
        }
        AccountSummary account = existing.get();
        Long currentOrganisation = account.getOrganisationId();
        if (account.getRole() != role || !Objects.equals(currentOrganisation, organisationId)) {
            account = admin.call(() -> accounts.update(existing.get().getId(), existing.get().getVersion(),
                    existing.get().getFullName(), role, organisationId));
        }
        if (!account.isEnabled()) {
            AccountSummary current = account;
            admin.call(() -> accounts.enable(current.getId(), current.getVersion()));
        }
    }
}
