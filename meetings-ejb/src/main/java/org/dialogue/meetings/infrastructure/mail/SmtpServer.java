package org.dialogue.meetings.infrastructure.mail;

import java.util.Objects;

/**
 * The SMTP server mail goes through, and the address it is sent from.
 *
 * @param user     empty when the server takes mail without signing in
 * @param startTls whether the connection is upgraded with STARTTLS (and refused if the server cannot)
 */
public record SmtpServer(String host, int port, String user, String password, boolean startTls, String sender) {

    public SmtpServer {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(sender, "sender");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("meetings.mail.port is not a port number: " + port);
        }
    }

    public boolean signsIn() {
        return user != null && !user.isBlank();
    }

    /** The server as the mail page shows it: host, port and sender, never the password. */
    public String describe() {
        return host + ":" + port + (startTls ? " (STARTTLS)" : "") + ", from " + sender;
    }

    @Override
    public String toString() {
        return describe();
    }
}
