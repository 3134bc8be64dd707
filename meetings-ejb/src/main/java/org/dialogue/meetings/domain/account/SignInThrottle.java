package org.dialogue.meetings.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Failed sign-ins for one user name, kept in the database so that a restart does not reset them. The name is the one
 * typed, whether or not such a user exists, so that the answer never tells which names exist.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

    /** Failures within {@link #WINDOW} that lock the name. */
    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);
    /** Longer names are cut: the key stays bounded whatever is typed. */
    public static final int KEY_LENGTH = 60;

    @Id
    @Column(length = KEY_LENGTH)
    private String username;

    @Version
    private long version;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected SignInThrottle() {
    }

    public SignInThrottle(String typedName, Instant now) {
        this.username = key(typedName);
        this.windowStart = now;
    }

    /** The key a typed name is counted under: trimmed, lower case, bounded. */
    public static String key(String typedName) {
        String key = typedName == null ? "" : typedName.strip().toLowerCase(Locale.ROOT);
        return key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failure; the fifth within the window locks the name for {@link #LOCK}. */
    public void failed(Instant now) {
        if (now.isAfter(windowStart.plus(WINDOW)) || (lockedUntil != null && !isLocked(now))) {
            windowStart = now;
            failures = 0;
            lockedUntil = null;
        }
        failures++;
        if (failures >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK);
        }
    }

    public String getUsername() {
        return username;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
