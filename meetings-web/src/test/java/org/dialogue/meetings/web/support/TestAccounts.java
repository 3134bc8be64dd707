package org.dialogue.meetings.web.support;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.dialogue.meetings.web.pages.SignInPage;
import org.dialogue.meetings.web.pages.UserPages;
import org.openqa.selenium.WebDriver;

/**
 * The accounts the browser tests sign in with, made the way an administrator makes them: the administrator (whose
 * password the test server is given through {@code meetings.admin.password}) creates each user on the user page,
 * the user signs in with the one-time password and chooses their own. Made once per test run and server.
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
        String key = baseUrl + "|" + roleLabel + "|" + organisation;
        String username = MADE.get(key);
        if (username == null) {
            username = create(driver, baseUrl, roleLabel, organisation);
            MADE.put(key, username);
        } else {
            signIn(driver, baseUrl, username, USER_PASSWORD);
        }
        return username;
    }

    /** Creates a user as the administrator and leaves the browser signed in as that user, password chosen. */
    public static String create(WebDriver driver, String baseUrl, String roleLabel, String organisation) {
        String username = (roleLabel + "-" + (organisation == null ? "" : organisation + "-")
                + UUID.randomUUID().toString().substring(0, 6)).toLowerCase(java.util.Locale.ROOT);
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
            if (username.equals(SignInPage.signedInAs(driver))) {
                return username;
            }
        }
        return signInAs(driver, baseUrl, roleLabel, organisation);
    }

    /** Signs out whoever is signed in, then signs in with the given name and password. */
    public static void signIn(WebDriver driver, String baseUrl, String username, String password) {
        driver.get(baseUrl);
        SignInPage.signOutIfSignedIn(driver);
        SignInPage.open(driver, baseUrl).signIn(username, password);
    }
}
