package org.dialogue.meetings.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.dialogue.meetings.domain.account.Role;
import org.dialogue.meetings.domain.account.UserAccount;
import org.dialogue.meetings.domain.organisation.Organisation;

/**
 * A user account as the pages show it: what they read of it, copied inside the service's transaction, and never the
 * password hash (nor the calendar feed's). The web module gets this, not the {@link UserAccount} entity.
 *
 * @param organisationId the organisation the user speaks for, or {@code null} (as is its acronym)
 * @param language the language the user chose with the language switch, or {@code null} while pages follow the browser
 * @param timeZone the user's own time zone, or {@code null} until known
 */
public record AccountSummary(long id, long version, String username, String fullName, Role role, Long organisationId,
        String organisationAcronym, boolean enabled, boolean mustChangePassword, String language, ZoneId timeZone,
        Instant createdAt, Instant passwordChangedAt) implements Serializable {

    /** The account's facts as they stand; call it while the entity's organisation can still be read. */
    public static AccountSummary of(UserAccount account) {
        Organisation organisation = account.getOrganisation();
        return new AccountSummary(account.getId(), account.getVersion(), account.getUsername(), account.getFullName(),
                account.getRole(), organisation == null ? null : organisation.getId(),
                organisation == null ? null : organisation.getAcronym(), account.isEnabled(),
                account.isMustChangePassword(), account.getLanguage().orElse(null), account.getTimeZone(),
                account.getCreatedAt(), account.getPasswordChangedAt());
    }

    // Getters for the pages: Jakarta EL 5 (Jakarta EE 10) reads bean properties, not record components.

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public Role getRole() {
        return role;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getOrganisationAcronym() {
        return organisationAcronym;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /** The language the user chose, or empty when the pages follow their browser. */
    public Optional<String> getLanguage() {
        return Optional.ofNullable(language);
    }

    public ZoneId getTimeZone() {
        return timeZone;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    @Override
    public String toString() {
        return username;
    }
}
