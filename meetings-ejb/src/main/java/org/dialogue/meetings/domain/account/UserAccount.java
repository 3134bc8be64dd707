package org.dialogue.meetings.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.organisation.Person;
import org.dialogue.meetings.domain.shared.Languages;
import org.dialogue.meetings.domain.shared.Text;

/**
 * A person who signs in. The password is kept only as a PBKDF2 hash; a password given by someone else (the first
 * administrator's generated one, or one reset by an administrator) must be changed at the next sign-in.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.FIND_BY_USERNAME, query = "select u from UserAccount u where u.username = :username")
@NamedQuery(name = UserAccount.COUNT_ALL, query = "select count(u) from UserAccount u")
@NamedQuery(name = UserAccount.LANGUAGE_OF_PERSON,
        query = "select u.language from UserAccount u where u.person = :person and u.language is not null")
public class UserAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_USERNAME = "UserAccount.findByUsername";
    public static final String COUNT_ALL = "UserAccount.countAll";
    /** The language saved by the account(s) linked to a person, for the mails to that person. */
    public static final String LANGUAGE_OF_PERSON = "UserAccount.languageOfPerson";

    /** Lower-case letters, digits, dot, hyphen and underscore: a name that reads the same in every log and URL. */
    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]*";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
    @SequenceGenerator(name = "ids", sequenceName = "id_sequence", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotBlank(message = "{user.username.required}")
    @Size(min = 3, max = 60, message = "{user.username.size}")
    @Pattern(regexp = USERNAME_PATTERN, message = "{user.username.pattern}")
    @Column(nullable = false, unique = true, length = 60, updatable = false)
    private String username;

    @NotBlank(message = "{user.fullName.required}")
    @Size(max = 200, message = "{user.fullName.size}")
    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @NotNull(message = "{user.role.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    /** The person this account belongs to, when the secretariat has linked them. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    /**
     * The SHA-256 hash (hex) of the secret token of the user's calendar feed, or null when they have none. The token
     * itself is never stored: it is shown once, when it is made.
     */
    @Column(name = "calendar_feed_hash", length = 64)
    private String calendarFeedHash;

    @Column(name = "calendar_feed_issued_at")
    private Instant calendarFeedIssuedAt;
    /** The user's own time zone, shown beside the venue's wherever a meeting's time shows; null until known. */
    @Column(name = "time_zone", length = 60)
    private ZoneId timeZone;

    /** The language the user chose with the language switch (a code of {@link Languages#CODES}); null until then. */
    @Column(name = "language", length = 5)
    private String language;

    protected UserAccount() {
    }

    /**
     * A new account whose password was chosen for the user by someone else, so it must be changed at the first
     * sign-in.
     */
    public UserAccount(String username, String fullName, Role role, Organisation organisation, String passwordHash,
            Instant now) {
        this.username = username == null ? null : username.strip();
        this.fullName = Text.trimToNull(fullName);
        this.passwordHash = passwordHash;
        this.createdAt = now;
        this.passwordChangedAt = now;
        this.mustChangePassword = true;
        assign(role, organisation);
    }

    /** Gives the user a role and, for delegates and observers, the organisation they speak for. */
    public final void assign(Role role, Organisation organisation) {
        if (role != null && role.needsOrganisation() && organisation == null) {
            throw new OrganisationRequiredException(role);
        }
        this.role = role;
        this.organisation = organisation;
    }

    public void rename(String fullName) {
        this.fullName = Text.trimToNull(fullName);
    }

    /** The user chose this password themselves: no change is forced any more. */
    public void passwordChosen(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.mustChangePassword = false;
    }

    /** Someone else set this password (a reset): the user must replace it at the next sign-in. */
    public void passwordIssued(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.mustChangePassword = true;
    }

    /** Links the account to its person (or unlinks it with {@code null}). */
    public void linkTo(Person person) {
        this.person = person;
    }

    /** The user chooses their time zone (on their profile page). */
    public void chooseTimeZone(ZoneId zone) {
        this.timeZone = zone;
    }

    /**
     * Takes the zone the browser reports, for a user who has none yet; a zone already chosen is kept.
     *
     * @return whether the zone was taken
     */
    public boolean adoptTimeZone(ZoneId zone) {
        if (timeZone != null || zone == null) {
            return false;
        }
        timeZone = zone;
        return true;
    }

    public ZoneId getTimeZone() {
        return timeZone;
    }

    /** The user chooses the language of the pages (and of the e-mails they receive when no other is set). */
    public void chooseLanguage(String code) {
        if (code == null || !Languages.CODES.contains(code)) {
            throw new UnsupportedLanguageException(code);
        }
        this.language = code;
    }

    /** The language the user chose, or empty when the pages follow their browser. */
    public Optional<String> getLanguage() {
        return Optional.ofNullable(language);
    }

    public Person getPerson() {
        return person;
    }

    /** Gives the user a new calendar feed address (by its token's hash); the previous one stops working. */
    public void issueCalendarFeed(String tokenHash, Instant now) {
        this.calendarFeedHash = Objects.requireNonNull(tokenHash);
        this.calendarFeedIssuedAt = now;
    }

    /** When the current calendar feed address was made, if the user has one. */
    public Optional<Instant> getCalendarFeedIssuedAt() {
        return Optional.ofNullable(calendarFeedHash == null ? null : calendarFeedIssuedAt);
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    /** Need-to-know: who this user is when reading meetings. */
    public Reader asReader() {
        return new Reader(id, username, role, organisation == null ? null : organisation.getId());
    }

    /** The facts an audit entry compares before and after a change (never the password hash). */
    public Map<String, String> auditFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("fullName", fullName);
        fields.put("role", String.valueOf(role));
        fields.put("organisation", organisation == null ? "" : organisation.getAcronym());
        fields.put("enabled", String.valueOf(enabled));
        fields.put("mustChangePassword", String.valueOf(mustChangePassword));
        fields.put("timeZone", timeZone == null ? "" : timeZone.getId());
        fields.put("language", language == null ? "" : language);
        return fields;
    }

    public Long getId() {
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

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof UserAccount that && username != null
                && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return username == null ? System.identityHashCode(this) : username.hashCode();
    }

    @Override
    public String toString() {
        return username;
    }
}
