package org.dialogue.meetings.testing;

/**
 * What a {@link RoleWrapper} hands back: the work's result, or what it threw. The wrapper never throws itself, so the
 * container neither wraps nor logs what the work threw; {@link Caller} rethrows it as itself.
 *
 * @param value  the work's result, when it returned
 * @param thrown what the work threw, or null
 */
public record Outcome(Object value, Throwable thrown) {
}
