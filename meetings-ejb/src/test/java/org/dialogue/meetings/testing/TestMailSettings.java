package org.dialogue.meetings.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.dialogue.meetings.infrastructure.mail.MailSettings;
import org.dialogue.meetings.infrastructure.mail.SmtpServer;

/**
 * Test only: the mail settings of the test deployment (a CDI alternative enabled by its priority, like
 * {@link MovableClock}). No SMTP server unless a test points the application at one ({@link #useServer}) and puts
 * it back ({@link #noServer()}) when done ({@link SharedSettingsReset} also does, around every test); links start
 * with {@value #PUBLIC_URL}; the timer never sends, so that the tests send at moments of their choosing.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 10)
@ApplicationScoped
public class TestMailSettings extends MailSettings {

    public static final String PUBLIC_URL = "https://meetings.example.org";

    private static final AtomicReference<SmtpServer> SERVER = new AtomicReference<>();

    public void useServer(SmtpServer server) {
        SERVER.set(server);
    }

    public void noServer() {
        resetServer();
    }

    /** No SMTP server, for {@link SharedSettingsReset} around every test. */
    static void resetServer() {
        SERVER.set(null);
    }

    @Override
    public Optional<SmtpServer> server() {
        return Optional.ofNullable(SERVER.get());
    }

    @Override
    public String publicUrl() {
        return PUBLIC_URL;
    }

    @Override
    public boolean sendsOnSchedule() {
        return false;
    }
}
