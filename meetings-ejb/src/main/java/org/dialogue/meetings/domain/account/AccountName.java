package org.dialogue.meetings.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A user account as a meeting's access list holds it: the id and the user name only, read from the accounts' table
 * and never written through this class (no service persists one; the user name is not writable). A meeting travels to the pages; an account's password hash, sign-in
 * throttle and calendar-feed secret stay with {@link UserAccount}, which never leaves the services.
 */
@Entity
@Table(name = "user_account")
public class AccountName implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private Long id;

    @Column(insertable = false, updatable = false)
    private String username;

    protected AccountName() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }
}
