package org.dialogue.meetings.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What no answer of the application may show: stack traces, the server's name or version, SQL. */
public final class NoInternals {

    /** Words of stack traces, server banners and database errors. */
    public static final List<String> FORBIDDEN = List.of("Exception", "at org.", "at java.", "Payara", "GlassFish",
            "SQL", "jdbc");

    private NoInternals() {
    }

    /**
     * Asserts that a response body shows nothing of the server's insides. PrimeFaces writes the error pages of
     * web.xml into every page's settings script (the names of the exceptions they are for, so that its Ajax code can
     * show them); that list is configuration, not a trace, and is left out of the check.
     */
    public static void assertShowsNoInternals(String what, String body) {
        String checked = body.replaceAll("errorPages:\\{[^}]*\\}", "errorPages:{}");
        for (String word : FORBIDDEN) {
            assertThat(checked).as("%s shows \"%s\"", what, word).doesNotContain(word);
        }
    }
}
