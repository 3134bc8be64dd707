package org.dialogue.meetings.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Test only: every container-test class of the module runs in the same server (one deployment per test run), so the
 * settings a test can change there are put back before and after each test, whatever the previous test did or
 * failed to do: the {@link MovableClock} reads the system time again and {@link TestMailSettings} has no SMTP server.
 *
 * <p>arquillian-junit5 runs each test method again inside the server through JUnit, extensions included; there
 * (configuration parameter {@value #INSIDE_ARQUILLIAN}) is where these settings live. On the client side it does
 * nothing.
 */
public class SharedSettingsReset implements BeforeEachCallback, AfterEachCallback {

    static final String INSIDE_ARQUILLIAN = "insideArquillian";

    @Override
    public void beforeEach(ExtensionContext context) {
        reset(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        reset(context);
    }

    private static void reset(ExtensionContext context) {
        if (context.getConfigurationParameter(INSIDE_ARQUILLIAN).map(Boolean::parseBoolean).orElse(false)) {
            MovableClock.resetOffset();
            TestMailSettings.resetServer();
        }
    }
}
