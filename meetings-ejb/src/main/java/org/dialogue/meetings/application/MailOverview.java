package org.dialogue.meetings.application;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.dialogue.meetings.domain.mail.MailStatus;

/**
 * What the mail page shows at its top: whether mail goes out, through which server (never its password), the
 * configuration error when the settings cannot be read, the reminder days, and how many mails there are by status.
 *
 * @param server          "host:port ..., from sender", or null when no server is configured
 * @param configError     why the settings are unusable, or null
 */
public record MailOverview(String server, String configError, List<Integer> reminderDays,
        Map<MailStatus, Long> counts) implements Serializable {

    public boolean configured() {
        return server != null;
    }

    public long count(MailStatus status) {
        return counts.getOrDefault(status, 0L);
    }
}
