package org.dialogue.meetings.domain.shared;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * The time zones people can have: IANA region ids ("Europe/Paris", "Asia/Kolkata") and UTC. Fixed offsets and legacy
 * names ("GMT+1", "CET", "SystemV/...") are not accepted: they ignore daylight saving or read differently in
 * different places. The aliases of UTC a browser may report ("Etc/UTC", "GMT") become "UTC".
 */
public final class TimeZones {

    public static final ZoneId UTC = ZoneId.of("UTC");

    private static final Set<String> UTC_ALIASES = Set.of("UTC", "Etc/UTC", "Etc/GMT", "GMT", "Etc/UCT", "UCT",
            "Etc/Universal", "Universal", "Etc/Zulu", "Zulu", "Etc/GMT0", "GMT0", "Etc/Greenwich", "Greenwich");

    private TimeZones() {
    }

    /** The zone named by the id, when it is one people can have; empty for a blank, unknown or refused id. */
    public static Optional<ZoneId> personal(String id) {
        String trimmed = id == null ? "" : id.strip();
        if (trimmed.isEmpty() || trimmed.length() > 60) {
            return Optional.empty();
        }
        if (UTC_ALIASES.contains(trimmed)) {
            return Optional.of(UTC);
        }
        if (!trimmed.contains("/") || trimmed.startsWith("Etc/") || trimmed.startsWith("SystemV/")
                || !ZoneId.getAvailableZoneIds().contains(trimmed)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(trimmed));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
