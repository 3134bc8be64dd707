package org.dialogue.meetings.web.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialogue.meetings.web.support.HttpVisitor;
import org.dialogue.meetings.web.support.HttpVisitor.Answer;
import org.dialogue.meetings.web.support.NoInternals;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.junit.jupiter.api.Test;

/**
 * Sign-in as the server answers it, without a browser: which answers create a session, the session cookie's
 * attributes, the change of session id, the throttling of failed sign-ins, where anonymous requests and the
 * {@code continue} parameter lead, and that error answers show nothing of the server's insides. On the WAR as built.
 */
@ApplicationTest
class SignInHttpIT {

    private static final String REFUSAL = "Sign-in refused. Check your user name and password. After several failed"
            + " attempts, sign-in is refused for 15 minutes.";

    @ApplicationAddress
    private String base;

    @Test
    void theSignInPageAndAFailedSignInCreateNoSession() {
        HttpVisitor visitor = new HttpVisitor(base);

        Answer page = visitor.get("login.xhtml");
        Answer refused = visitor.signIn("nobody-" + unique(), "not the password");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.setCookies()).isEmpty();
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.errorMessages()).containsExactly(REFUSAL);
        assertThat(refused.setCookies()).isEmpty();
    }

    @Test
    void aSignInSetsAFreshHttpOnlySameSiteCookieAndNoIdSentBeforeSurvivesIt() {
        HttpVisitor administrator = new HttpVisitor(base);
        administrator.signIn("admin", TestAccounts.ADMIN_PASSWORD);
        String existingSession = administrator.sessionId();
        String plantedId = "planted" + UUID.randomUUID().toString().replace("-", "");

        // An id the server never issued (planted by an attacker), then one of a real, signed-in session.
        for (String sentBefore : List.of(plantedId, existingSession)) {
            HttpVisitor visitor = new HttpVisitor(base).withSessionId(sentBefore);
            Answer signedIn = visitor.signIn("admin", TestAccounts.ADMIN_PASSWORD);

            assertThat(signedIn.status()).isEqualTo(302);
            // The session's id alone: a single instance keeps sessions in memory. (The instances of a cluster add
            // the session's version, JSESSIONIDVERSION, with the same attributes: ClusterIT signs in through them.)
            assertThat(signedIn.setCookies()).hasSize(1);
            assertThat(signedIn.setCookies()).anyMatch(c -> c.startsWith(HttpVisitor.SESSION_COOKIE + "="));
            for (String cookie : signedIn.setCookies()) {
                List<String> attributes = attributes(cookie);
                assertThat(attributes).as(cookie).contains("httponly", "samesite=lax");
                assertThat(attributes).as("no Secure over plain HTTP").doesNotContain("secure");
            }
            assertThat(visitor.sessionId()).isNotBlank().isNotEqualTo(sentBefore);
        }
        // The session that was open before its id was sent to a sign-in no longer opens anything.
        Answer withOldId = new HttpVisitor(base).withSessionId(existingSession).get("meetings/list.xhtml");
        assertThat(withOldId.status()).isEqualTo(302);
        assertThat(withOldId.location().getPath()).doesNotEndWith("/meetings/list.xhtml");
    }

    @Test
    void pagesShownToASignedInUserAreNotStoredByTheBrowser() {
        HttpVisitor visitor = new HttpVisitor(base);
        visitor.signIn("admin", TestAccounts.ADMIN_PASSWORD);

        Answer page = visitor.get("meetings/list.xhtml");
        Answer styles = visitor.get("resources/css/app.css");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(styles.status()).isEqualTo(200);
        assertThat(styles.header("Cache-Control").orElse("")).doesNotContain("no-store");
    }

    @Test
    void anonymousRequestsForPagesGoToTheSignInPageWithoutASession() {
        HttpVisitor visitor = new HttpVisitor(base);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("meetings/list.xhtml?kind=a&x=%C3%BC", "/meetings/list.xhtml?kind=a&x=%C3%BC");
        pages.put("meetings/view.xhtml?id=1", "/meetings/view.xhtml?id=1");
        pages.put("meetings/edit.xhtml", "/meetings/edit.xhtml");
        pages.put("admin/users.xhtml", "/admin/users.xhtml");
        pages.put("account/password.xhtml", "/account/password.xhtml");

        for (Map.Entry<String, String> page : pages.entrySet()) {
            Answer answer = visitor.get(page.getKey());

            assertThat(answer.status()).as(page.getKey()).isEqualTo(302);
            assertThat(answer.setCookies()).as(page.getKey()).isEmpty();
            URI location = answer.location();
            assertThat(location.getPath()).isEqualTo(basePath() + "login.xhtml");
            assertThat(location.getQuery()).as(page.getKey()).isEqualTo("continue=" + page.getValue());
        }
        assertThat(visitor.get("").location().toString()).isEqualTo(base + "login.xhtml");
        assertThat(visitor.sessionId()).isNull();
    }

    @Test
    void afterSignInTheContinueAddressNeverLeadsOutsideTheApplication() {
        List<String> elsewhere = List.of("//evil.example/", "https://evil.example/", "/\\evil.example/",
                "\\\\evil.example", "/\t/evil.example/", "http:evil.example", "javascript:alert(1)",
                "/\r\nSet-Cookie: x=1", "evil.example");

        // The address a link carries goes into the sign-in form, which posts it back.
        Answer page = new HttpVisitor(base).get("login.xhtml?continue=" + encode("https://evil.example/"));
        assertThat(page.hiddenFields("loginForm")).containsEntry("loginForm:continueTo", "https://evil.example/");
        for (String target : elsewhere) {
            HttpVisitor visitor = new HttpVisitor(base);
            Answer signedIn = visitor.signIn("admin", TestAccounts.ADMIN_PASSWORD, target);

            assertThat(signedIn.status()).as(target).isEqualTo(302);
            assertThat(signedIn.header("Location").orElseThrow()).as(target)
                    .isEqualTo(base).doesNotContain("evil");
            assertThat(signedIn.setCookies()).as(target).noneMatch(c -> c.startsWith("x="));
        }
        // A page of the application is where it leads, when that is what the link says.
        HttpVisitor visitor = new HttpVisitor(base);
        Answer signedIn = visitor.signIn("admin", TestAccounts.ADMIN_PASSWORD, "/meetings/list.xhtml?x=1");
        assertThat(signedIn.header("Location").orElseThrow()).isEqualTo(base + "meetings/list.xhtml?x=1");
    }

    @Test
    void theExpiredPageLinksBackOnlyToPagesOfTheApplication() {
        HttpVisitor visitor = new HttpVisitor(base);
        visitor.signIn("admin", TestAccounts.ADMIN_PASSWORD);

        for (String page : List.of("//evil.example/", "/\\evil.example", "https://evil.example/", "/\t/evil.example")) {
            Answer expired = visitor.get("errors/expired.xhtml?page=" + encode(page));

            assertThat(expired.heading()).isEqualTo("Your session has expired");
            assertThat(link(expired, "reloadPage")).as(page).isEqualTo(basePath());
        }
        Answer inside = visitor.get("errors/expired.xhtml?page=%2Fmeetings%2Flist.xhtml");
        assertThat(link(inside, "reloadPage")).isEqualTo(basePath() + "meetings/list.xhtml");
    }

    @Test
    void fiveFailuresLockAUserNameEvenForTheRightPasswordWhileOthersSignIn() {
        String username = "locked-" + unique();
        String password = createUser(username);
        HttpVisitor visitor = new HttpVisitor(base);

        List<Answer> failures = new ArrayList<>();
        for (int attempt = 1; attempt <= 5; attempt++) {
            failures.add(visitor.signIn(username, "wrong password " + attempt));
        }
        Answer rightPasswordWhileLocked = visitor.signIn(username, password);
        Answer anotherUser = new HttpVisitor(base).signIn("admin", TestAccounts.ADMIN_PASSWORD);

        assertThat(failures).allSatisfy(failure -> {
            assertThat(failure.status()).isEqualTo(200);
            assertThat(failure.errorMessages()).containsExactly(REFUSAL);
        });
        assertThat(rightPasswordWhileLocked.status()).isEqualTo(200);
        assertThat(rightPasswordWhileLocked.setCookies()).isEmpty();
        assertThat(comparable(rightPasswordWhileLocked)).isEqualTo(comparable(failures.get(4)));
        assertThat(anotherUser.status()).isEqualTo(302);
        assertThat(anotherUser.setCookies()).isNotEmpty();
        // The lock is on the name however it is typed.
        assertThat(visitor.signIn("  " + username.toUpperCase(Locale.ROOT) + " ", password).errorMessages())
                .containsExactly(REFUSAL);
    }

    @Test
    void failuresSentAtTheSameMomentAreEachCountedAndAnsweredAlike() throws Exception {
        String username = "parallel-" + unique();
        String password = createUser(username);

        ExecutorService attackers = Executors.newFixedThreadPool(5);
        List<Future<Answer>> attempts = new ArrayList<>();
        try {
            for (int attempt = 1; attempt <= 5; attempt++) {
                String guess = "parallel guess " + attempt;
                attempts.add(attackers.submit(() -> new HttpVisitor(base).signIn(username, guess)));
            }
            for (Future<Answer> attempt : attempts) {
                Answer answer = attempt.get(2, TimeUnit.MINUTES);
                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.errorMessages()).containsExactly(REFUSAL);
            }
        } finally {
            attackers.shutdownNow();
        }
        // All five were counted: the name is locked, so the right password is refused too.
        Answer rightPassword = new HttpVisitor(base).signIn(username, password);
        assertThat(rightPassword.status()).isEqualTo(200);
        assertThat(rightPassword.errorMessages()).containsExactly(REFUSAL);
    }

    @Test
    void unknownNamesAreThrottledAndAnsweredLikeKnownOnes() {
        String unknown = "ghost-" + unique();
        HttpVisitor visitor = new HttpVisitor(base);

        List<Answer> answers = new ArrayList<>();
        for (int attempt = 1; attempt <= 6; attempt++) {
            answers.add(visitor.signIn(unknown, "some password"));
        }

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.setCookies()).isEmpty();
        });
        // The sixth answer (the name is locked now) is the same page as the fifth (a plain failure).
        assertThat(comparable(answers.get(5))).isEqualTo(comparable(answers.get(4)));
        assertThat(answers.get(5).errorMessages()).containsExactly(REFUSAL);
    }

    @Test
    void errorAnswersShowNoStackTraceServerNameOrSql() {
        HttpVisitor visitor = new HttpVisitor(base);
        visitor.signIn("admin", TestAccounts.ADMIN_PASSWORD);
        Answer meetingForm = visitor.get("meetings/list.xhtml");
        Map<String, Answer> answers = new LinkedHashMap<>();

        answers.put("unknown page", visitor.get("no-such-page.xhtml"));
        answers.put("unknown file", visitor.get("no-such-file.txt"));
        answers.put("WEB-INF", visitor.get("WEB-INF/web.xml"));
        answers.put("resource outside its library", visitor.get("jakarta.faces.resource/../WEB-INF/web.xml.xhtml"));
        answers.put("unknown resource", visitor.get("jakarta.faces.resource/none.js.xhtml?ln=primefaces"));
        answers.put("id not a number", visitor.get("meetings/view.xhtml?id=abc"));
        answers.put("id too large", visitor.get("meetings/view.xhtml?id=99999999999999999999"));
        answers.put("id with markup", visitor.get("meetings/view.xhtml?id=%3Cscript%3E"));
        answers.put("forged view state", visitor.submit(meetingForm, "meetingsForm", "meetings",
                Map.of(HttpVisitor.VIEW_STATE, "-1:-1")));
        answers.put("stateless claim", visitor.submit(meetingForm, "meetingsForm", "meetings",
                Map.of(HttpVisitor.VIEW_STATE, "stateless")));
        answers.put("forged ajax view state", visitor.post("meetings/list.xhtml", Map.of(
                "jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "meetingsForm:meetings",
                "meetingsForm", "meetingsForm", HttpVisitor.VIEW_STATE, "1:1"), Map.of("Faces-Request",
                "partial/ajax")));
        answers.put("ajax request to nothing", visitor.post("meetings/list.xhtml", Map.of(
                "jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "nothing:here",
                "jakarta.faces.partial.execute", "nothing:here", "jakarta.faces.partial.render", "@all",
                HttpVisitor.VIEW_STATE, meetingForm.viewState().orElseThrow()), Map.of("Faces-Request",
                "partial/ajax")));
        answers.put("page of another role", visitor.get("meetings/edit.xhtml"));
        answers.put("sign-in with absurd input", new HttpVisitor(base).signIn("x".repeat(5000),
                "'; drop table user_account; --"));
        answers.put("expired page with markup", visitor.get("errors/expired.xhtml?page=%22%3E%3Cscript%3E"));

        answers.forEach((what, answer) -> {
            NoInternals.assertShowsNoInternals(what + " (" + answer.status() + ")", answer.body());
            answer.headers().forEach((name, values) -> values.forEach(value -> assertThat(value)
                    .as("%s: header %s", what, name).doesNotContain("Exception", "at org.", "SQL", "jdbc")));
        });
        assertThat(answers.get("unknown page").heading()).isEqualTo("Page not found");
        assertThat(answers.get("forged view state").heading()).isEqualTo("Your session has expired");
        assertThat(answers.get("stateless claim").heading()).isEqualTo("Your session has expired");
        assertThat(answers.get("page of another role").heading()).isEqualTo("Not allowed");
        assertThat(answers.get("expired page with markup").body()).doesNotContain("\"><script>");
    }

    // --- helpers ---

    /** An administrator makes a secretariat account through the user page; returns its one-time password. */
    private String createUser(String username) {
        HttpVisitor administrator = new HttpVisitor(base);
        assertThat(administrator.signIn("admin", TestAccounts.ADMIN_PASSWORD).status()).isEqualTo(302);
        Answer form = administrator.get("admin/user.xhtml");
        Answer created = administrator.submit(form, "userForm", "save", Map.of(
                "userForm:username", username, "userForm:fullName", "Throttled Tester",
                "userForm:role_input", "SECRETARIAT", "userForm:organisationId_input", ""));
        Matcher issued = Pattern.compile("id=\"issuedPassword\"[^>]*>([^<]+)<").matcher(created.body());
        assertThat(issued.find()).as("one-time password shown: %s", created.errorMessages()).isTrue();
        return issued.group(1).strip();
    }

    /** The href of a link with the given id. */
    private static String link(Answer page, String id) {
        Matcher link = Pattern.compile("<a[^>]*id=\"" + id + "\"[^>]*>|<a[^>]*href=\"[^\"]*\"[^>]*id=\"" + id
                + "\"[^>]*>").matcher(page.body());
        assertThat(link.find()).as("link %s on %s", id, page.uri()).isTrue();
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(link.group());
        assertThat(href.find()).isTrue();
        return href.group(1).replace("&amp;", "&");
    }

    /**
     * What a sign-in page shows (its main part: messages and form), without what differs on every answer when CSP is
     * on: the scripts (with PrimeFaces' nonce) and the random ids PrimeFaces gives elements whose handlers it moves
     * into them.
     */
    private static String comparable(Answer answer) {
        Matcher main = Pattern.compile("<main.*</main>", Pattern.DOTALL).matcher(answer.body());
        assertThat(main.find()).as("a page with a main part: %s", answer.uri()).isTrue();
        return main.group().replaceAll("(?s)<script.*?</script>", "")
                .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "(random id)");
    }

    private static List<String> attributes(String cookie) {
        List<String> attributes = new ArrayList<>();
        String[] parts = cookie.split(";");
        for (int i = 1; i < parts.length; i++) {
            attributes.add(parts[i].strip().toLowerCase(Locale.ROOT));
        }
        return attributes;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The application's path on the server, ending with a slash ("/" where the run command and the tests deploy it). */
    private String basePath() {
        return URI.create(base).getPath();
    }
}
