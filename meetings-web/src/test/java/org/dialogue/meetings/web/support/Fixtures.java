package org.dialogue.meetings.web.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls to the test WAR's fixture servlets ({@code it-fixtures/...}, the {@code fixtures} package) as a signed-in
 * user, over plain HTTP: the data a test needs but does not test, made through the real services without a browser
 * and without changing who the test's own browser is signed in as. One HTTP session per user and server.
 */
public final class Fixtures {

    /** Signed-in visitors by "address|username". */
    private static final Map<String, HttpVisitor> SESSIONS = new ConcurrentHashMap<>();

    private Fixtures() {
    }

    /** As the administrator: GET {@code it-fixtures/<path>}, the answer's body (the fixture must answer 200). */
    public static String asAdministrator(String baseUrl, String path) {
        return as(baseUrl, "admin", TestAccounts.ADMIN_PASSWORD, path);
    }

    /** As this run's secretariat user (the one {@link TestAccounts#signInAs} signs in with). */
    public static String asSecretariat(String baseUrl, String path) {
        return as(baseUrl, TestAccounts.ensureMade(baseUrl, "Secretariat", null), TestAccounts.USER_PASSWORD, path);
    }

    /** As the given user: GET {@code it-fixtures/<path>}, the answer's body (the fixture must answer 200). */
    public static String as(String baseUrl, String username, String password, String path) {
        HttpVisitor visitor = SESSIONS.computeIfAbsent(baseUrl + "|" + username, key -> signedIn(baseUrl, username,
                password));
        HttpVisitor.Answer answer = visitor.get("it-fixtures/" + path);
        if (answer.status() != 200) {
            throw new IllegalStateException("it-fixtures/" + path + " as " + username + " answered "
                    + answer.status() + ": " + answer.body());
        }
        return answer.body().strip();
    }

    private static HttpVisitor signedIn(String baseUrl, String username, String password) {
        HttpVisitor visitor = new HttpVisitor(baseUrl);
        HttpVisitor.Answer answer = visitor.signIn(username, password);
        if (answer.status() != 302) {
            throw new IllegalStateException("Sign-in of " + username + " over HTTP answered " + answer.status());
        }
        return visitor;
    }

    /**
     * As this run's secretariat user, through the meetings fixture: a restricted meeting with what the meeting form's
     * {@code fillRequired} types (Europe/Paris, 2031-03-17 09:30 to 17:00, Lyon, France), and whatever {@code more}
     * adds to the fixture's query ({@code &coOrganisers=...&item=...}, see {@code MeetingsFixtureServlet}). Its id.
     */
    public static long meeting(String baseUrl, String title, String more) {
        return Long.parseLong(asSecretariat(baseUrl, "meetings?what=meeting&title=" + encode(title)
                + "&zone=Europe/Paris&start=2031-03-17T09:30&end=2031-03-17T17:00&city=Lyon&country=France" + more));
    }

    /** A query parameter's value, encoded. */
    public static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
