package org.dialogue.meetings.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The mail settings, read from MicroProfile Config at each use (system properties, environment variables or any
 * config source of the server): {@value #HOST}, {@value #PORT} (default 25, or 587 with STARTTLS), {@value #USER},
 * {@value #PASSWORD}, {@value #TLS} (STARTTLS, default false), {@value #SENDER} (default the user when it is an
 * address, otherwise {@code no-reply@<host>}), {@value #REMINDER_DAYS} (default {@code 7,1}) and {@value #PUBLIC_URL},
 * the address the links in mails start with (default {@code http://localhost:8080}). Without a host nothing is sent.
 */
@ApplicationScoped
public class MailSettings {

    public static final String HOST = "meetings.mail.host";
    public static final String PORT = "meetings.mail.port";
    public static final String USER = "meetings.mail.user";
    public static final String PASSWORD = "meetings.mail.password";
    public static final String TLS = "meetings.mail.tls";
    public static final String SENDER = "meetings.mail.sender";
    public static final String REMINDER_DAYS = "meetings.mail.reminder-days";
    public static final String PUBLIC_URL = "meetings.public-url";

    public static final List<Integer> DEFAULT_REMINDER_DAYS = List.of(7, 1);
    public static final String DEFAULT_PUBLIC_URL = "http://localhost:8080";

    /** The SMTP server, or empty when none is configured (then mails are recorded as not sent). */
    public Optional<SmtpServer> server() {
        return server(MailSettings::configured);
    }

    /** The whole days before a meeting that reminders go out, largest first. */
    public List<Integer> reminderDays() {
        return reminderDays(configured(REMINDER_DAYS));
    }

    /** The application's address as its users reach it, without a trailing slash. */
    public String publicUrl() {
        return publicUrl(configured(PUBLIC_URL));
    }

    /** Whether the timer sends what is due; a test deployment turns it off to send at moments of its choosing. */
    public boolean sendsOnSchedule() {
        return true;
    }

    // --- reading, apart from where the values come from (unit-tested) ---

    public static Optional<SmtpServer> server(Function<String, Optional<String>> config) {
        Optional<String> host = config.apply(HOST);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        boolean tls = config.apply(TLS).map(value -> Boolean.parseBoolean(value.strip())).orElse(false);
        int port = config.apply(PORT).map(value -> parsePort(value.strip())).orElse(tls ? 587 : 25);
        String user = config.apply(USER).orElse(null);
        String sender = config.apply(SENDER).orElseGet(
                () -> user != null && user.contains("@") ? user : "no-reply@" + host.get());
        return Optional.of(new SmtpServer(host.get().strip(), port, user, config.apply(PASSWORD).orElse(null), tls,
                sender.strip()));
    }

    private static int parsePort(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PORT + " is not a port number: " + value, e);
        }
    }

    public static List<Integer> reminderDays(Optional<String> value) {
        if (value.isEmpty()) {
            return DEFAULT_REMINDER_DAYS;
        }
        List<Integer> days = new ArrayList<>();
        for (String part : value.get().split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                int day = Integer.parseInt(part.strip());
                if (day > 0 && !days.contains(day)) {
                    days.add(day);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(REMINDER_DAYS + " holds whole days separated by commas, not: "
                        + value.get(), e);
            }
        }
        days.sort(Comparator.reverseOrder());
        return List.copyOf(days);
    }

    public static String publicUrl(Optional<String> value) {
        String url = value.map(String::strip).filter(v -> !v.isEmpty()).orElse(DEFAULT_PUBLIC_URL);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** A configured value; an empty one counts as not configured. */
    private static Optional<String> configured(String key) {
        return ConfigProvider.getConfig().getOptionalValue(key, String.class).filter(value -> !value.isBlank());
    }
}
