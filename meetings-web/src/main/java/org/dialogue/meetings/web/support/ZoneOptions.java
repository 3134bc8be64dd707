package org.dialogue.meetings.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The IANA time zones offered for venues, region-based ids only ("Europe/Paris", not "CET" or "GMT+1"); for people
 * ({@link #getPersonalItems()}) UTC as well.
 */
@Named
@ApplicationScoped
public class ZoneOptions {

    private final List<SelectItem> items = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .sorted()
            .map(id -> new SelectItem(id, id + " (UTC" + ZoneId.of(id).getRules().getOffset(Instant.now()).getId()
                    .replace("Z", "+00:00") + ")"))
            .toList();

    private final List<SelectItem> personalItems = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(new SelectItem("UTC", "UTC (UTC+00:00)")), items.stream()).toList();

    public List<SelectItem> getItems() {
        return items;
    }

    /** The zones a user may choose as their own: UTC and the region zones. */
    public List<SelectItem> getPersonalItems() {
        return personalItems;
    }
}
