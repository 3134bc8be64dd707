package org.dialogue.meetings.web.support;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.dialogue.meetings.web.pages.SignInPage;
import org.dialogue.meetings.web.pages.UserPages;
import org.openqa.selenium.WebDriver;

/**
 * The accounts the browser tests sign in with. {@link #signInAs} makes each one once per test run and server through
 * the test WAR's accounts fixture ({@code AccountsFixtureServlet}, called as the administrator over HTTP): made by the
 * administrator, {@link #USER_PASSWORD} already chosen; then it signs in on the sign-in page. {@link #create} makes one
 * the way an administrator does (whose password the test server is given through {@code meetings.admin.password}): on
 * the user page, then the user signs in with the one-time password and chooses their own.
 */
public final class TestAccounts {

    /** Given to the test servers as meetings.admin.password (TestServer); a test value, used nowhere else. */
    public static final String ADMIN_PASSWORD = System.getProperty("it.admin.password", "tests-only-first-pw-4711");
    /** Every user made here chooses this password after the first sign-in. */
    public static final String USER_PASSWORD = "Chosen password for tests 1";

    /** username by "role:organisation", per server address. */
    private static final Map<String, String> MADE = new ConcurrentHashMap<>();

    private TestAccounts() {
    }

    /** Signs the browser in as the administrator (whoever was signed in is signed out first). */
    public static void signInAsAdministrator(WebDriver driver, String baseUrl) {
        signIn(driver, baseUrl, "admin", ADMIN_PASSWORD);
    }

    /**
     * Signs the browser in as a user of the given role (as the user menu labels it: "Secretariat", "Delegate",
     * "Observer") and organisation (null for none), creating that user first if this run has not yet.
     */
    public static String signInAs(WebDriver driver, String baseUrl, String roleLabel, String organisation) {
        String username = ensureMade(baseUrl, roleLabel, organisation);
        signIn(driver, baseUrl, username, USER_PASSWORD);
        return username;
    }

    /**
     * The user name of this run's user of that role and organisation, made through the accounts fixture (without a
     * browser) if this run has none yet; {@link #signInAs} signs in with it.
     */
    public static String ensureMade(String baseUrl, String roleLabel, String organisation) {
        return MADE.computeIfAbsent(baseUrl + "|" + roleLabel + "|" + organisation,
                key -> made(baseUrl, roleLabel, organisation));
    }

    /**
     * Makes a user of that role and organisation through the accounts fixture, password {@link #USER_PASSWORD} already
     * chosen, without a browser. For arranging: {@link #create} is the administrator's way.
     */
    public static String made(String baseUrl, String roleLabel, String organisation) {
        String username = newUsername(roleLabel, organisation);
        Fixtures.asAdministrator(baseUrl, "accounts?username=" + Fixtures.encode(username) + "&fullName="
                + Fixtures.encode("Test " + roleLabel) + "&role=" + roleLabel.toUpperCase(Locale.ROOT) + "&password="
                + Fixtures.encode(USER_PASSWORD) + (organisation == null ? "" : "&organisation="
                + Fixtures.encode(organisation)));
        return username;
    }

    private static String newUsername(String roleLabel, String organisation) {
        return (roleLabel + "-" + (organisation == null ? "" : organisation + "-")
                + UUID.randomUUID().toString().substring(0, 6)).toLowerCase(Locale.ROOT);
    }

    /** Creates a user as the administrator and leaves the browser signed in as that user, password chosen. */
    public static String create(WebDriver driver, String baseUrl, String roleLabel, String organisation) {
        String username = newUsername(roleLabel, organisation);
        signInAsAdministrator(driver, baseUrl);
        String oneTime = UserPages.openNew(driver, baseUrl).create(username, "Test " + roleLabel, roleLabel,
                organisation);
        signIn(driver, baseUrl, username, oneTime);
        new SignInPage(driver).changePassword(oneTime, USER_PASSWORD);
        return username;
    }

    /** The user name made for that role and organisation in this run (made earlier by signInAs). */
    public static String ensureUsername(String baseUrl, String roleLabel, String organisation) {
        return MADE.get(baseUrl + "|" + roleLabel + "|" + organisation);
    }

    /** Leaves the browser signed in as a user of that role and organisation, signing in only when needed. */
    public static String ensureSignedInAs(WebDriver driver, String baseUrl, String roleLabel, String organisation) {
        String username = MADE.get(baseUrl + "|" + roleLabel + "|" + organisation);
        if (username != null) {
            driver.get(baseUrl);
            if (!username.equals(SignInPage.signedInAs(driver))) {
                signInFromHere(driver, baseUrl, username, USER_PASSWORD);
            }
            return username;
        }
        return signInAs(driver, baseUrl, roleLabel, organisation);
    }

    /** Signs out whoever is signed in, then signs in with the given name and password. */
    public static void signIn(WebDriver driver, String baseUrl, String username, String password) {
        driver.get(baseUrl);
        signInFromHere(driver, baseUrl, username, password);
    }

    /**
     * From a page of the application just loaded: signs out whoever is signed in, then signs in on the sign-in page,
     * opening it only when signing out (or the address itself) did not already lead there.
     */
    private static void signInFromHere(WebDriver driver, String baseUrl, String username, String password) {
        SignInPage.signOutIfSignedIn(driver);
        SignInPage page = new SignInPage(driver);
        (page.isShown() ? page : SignInPage.open(driver, baseUrl)).signIn(username, password);
    }
}
