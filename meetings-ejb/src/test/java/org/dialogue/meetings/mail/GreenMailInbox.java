package org.dialogue.meetings.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dialogue.meetings.infrastructure.mail.SmtpServer;

/**
 * A real SMTP server for a mail test (GreenMail, inside the test deployment) on a free port of its own, and what it
 * received. Stopped and started again on the same port, it plays a mail server that goes down and comes back.
 */
final class GreenMailInbox {

    private final int port;
    private GreenMail server;

    GreenMailInbox() {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The settings that point the application's mail at this server. */
    SmtpServer settings() {
        return new SmtpServer("127.0.0.1", port, null, null, false, "secretariat@example.org");
    }

    GreenMailInbox start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return this;
    }

    /** Stops the server; what it received stays readable. */
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    int port() {
        return port;
    }

    /**
     * The messages received for the address, in arrival order, once {@code expected} have come (or after 5 s); for
     * none expected, what came within a moment.
     */
    List<MimeMessage> receivedBy(String address, int expected) throws Exception {
        long deadline = System.currentTimeMillis() + 5_000;
        List<MimeMessage> found;
        do {
            found = new ArrayList<>();
            for (MimeMessage message : server.getReceivedMessages()) {
                if (Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().contains(address))) {
                    found.add(message);
                }
            }
            if (found.size() >= expected && expected > 0) {
                break;
            }
            Thread.sleep(100);
        } while (System.currentTimeMillis() < deadline && expected > 0);
        if (expected == 0) {
            Thread.sleep(300);
        }
        return found;
    }

    /** A message's text: the whole body, or its first part when it has an attachment. */
    static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        return content instanceof Multipart parts ? (String) parts.getBodyPart(0).getContent() : (String) content;
    }
}
