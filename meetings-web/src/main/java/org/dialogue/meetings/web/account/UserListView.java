package org.dialogue.meetings.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.dialogue.meetings.application.AccountService;
import org.dialogue.meetings.application.AccountSummary;
import org.dialogue.meetings.application.UserSearch;
import org.dialogue.meetings.domain.account.Role;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The administrator's list of users: paged and filtered by the database. */
@Named
@ViewScoped
public class UserListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    private String text;
    private Role role;
    private Long organisationId;
    /** "enabled", "disabled" or null for both. */
    private String state;

    private final LazyDataModel<AccountSummary> users = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(accounts.count(search()));
        }

        @Override
        public List<AccountSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            // PrimeFaces counts only while the model's row count is 0, which it never is again after the first page
            // shown: without this, the paginator keeps the count from before the filters changed.
            setRowCount(count(filterBy));
            return accounts.search(search(), first, pageSize);
        }

        @Override
        public String getRowKey(AccountSummary user) {
            return String.valueOf(user.getId());
        }
    };

    private UserSearch search() {
        Boolean enabled = "enabled".equals(state) ? Boolean.TRUE : "disabled".equals(state) ? Boolean.FALSE : null;
        return new UserSearch(text, role, organisationId, enabled);
    }

    public LazyDataModel<AccountSummary> getUsers() {
        return users;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }
}
