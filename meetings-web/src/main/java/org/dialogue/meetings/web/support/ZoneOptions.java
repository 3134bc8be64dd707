package org.dialogue.meetings.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** The IANA time zones offered for venues, region-based ids only ("Europe/Paris", not "CET" or "GMT+1"). */
@Named
@ApplicationScoped
public class ZoneOptions {

    private final List<SelectItem> items = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .sorted()
            .map(id -> new SelectItem(id, id + " (UTC" + ZoneId.of(id).getRules().getOffset(Instant.now()).getId()
                    .replace("Z", "+00:00") + ")"))
            .toList();

    public List<SelectItem> getItems() {
        return items;
    }
}
