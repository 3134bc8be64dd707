package org.dialogue.meetings.web.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialogue.meetings.web.support.Fixtures;
import org.dialogue.meetings.web.support.HttpVisitor;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.dialogue.meetings.web.testing.ServerLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The heaviest pages loaded at the same time, as a user with several tabs and many users at once do: from many
 * threads of one session, and from many sessions of different users. Every answer must be the whole page (its own
 * content, the end of the document, no error page), and the server must log nothing at warning level or above
 * while it serves them.
 *
 * <p>Several tabs of one session used to get error pages now and then: Faces keeps a session's view-scoped beans for
 * its 25 newest views only and dropped the oldest one even while its page was still being written, so the rest of
 * that page met a new, empty bean (a NullPointerException in {@code #{msg['MeetingStatus.' += meeting.status]}}).
 * And on a freshly started server some of those pages were never answered: their threads waited for good on a lock of
 * EclipseLink's shared cache (see {@code SharedCacheLockingIT} in the EJB module). A page not answered within the
 * visitor's 60 s fails the test.
 */
@ApplicationTest
class ConcurrentPageViewsIT {

    /** Threads per session in the first test: enough to keep more views in flight than Faces keeps by default. */
    private static final int TABS = 24;
    private static final int USERS = 6;
    private static final int THREADS_PER_USER = 3;
    private static final int ROUNDS = 3;
    private static final Pattern MINUTES_LINK = Pattern.compile("minutes/view\\.xhtml\\?id=(\\d+)");

    @ApplicationAddress
    private String base;

    private String run;
    private long meetingId;
    private long minutesId;

    /** A meeting of AFRIPOL and EUROPOL with circulated minutes and two actions, seen by both delegations. */
    @BeforeEach
    void arrange() {
        run = "Load " + UUID.randomUUID().toString().substring(0, 6);
        String[] made = Fixtures.asSecretariat(base, "actions?run=" + Fixtures.encode(run)).split(" ", 4);
        meetingId = Long.parseLong(made[2]);
        HttpVisitor secretariat = signedIn(TestAccounts.ensureMade(base, "Secretariat", null));
        Matcher link = MINUTES_LINK.matcher(secretariat.get("meetings/view.xhtml?id=" + meetingId).body());
        assertThat(link.find()).as("the meeting page links its minutes").isTrue();
        minutesId = Long.parseLong(link.group(1));
    }

    @Test
    void manyTabsOfOneSessionEachGetTheirWholePage() throws Exception {
        HttpVisitor signedIn = signedIn(TestAccounts.ensureMade(base, "Secretariat", null));
        List<Visit> visits = new ArrayList<>();
        for (int tab = 0; tab < TABS; tab++) {
            visits.add(new Visit(sameSession(signedIn), tab));
        }

        assertEveryPageWhole(visits);
    }

    @Test
    void manyUsersAtOnceEachGetTheirWholePage() throws Exception {
        List<Visit> visits = new ArrayList<>();
        for (int user = 0; user < USERS; user++) {
            String username = switch (user % 3) {
                case 0 -> TestAccounts.made(base, "Secretariat", null);
                case 1 -> TestAccounts.made(base, "Delegate", "AFRIPOL");
                default -> TestAccounts.made(base, "Delegate", "EUROPOL");
            };
            HttpVisitor session = signedIn(username);
            for (int thread = 0; thread < THREADS_PER_USER; thread++) {
                visits.add(new Visit(sameSession(session), user + thread));
            }
        }

        assertEveryPageWhole(visits);
    }

    /** A tab: a session, and where in the list of pages it starts, so that the tabs ask for different pages. */
    private record Visit(HttpVisitor session, int offset) {
    }

    private record Page(String path, String mustContain) {
    }

    private List<Page> pages() {
        return List.of(
                new Page("meetings/view.xhtml?id=" + meetingId, "Meeting " + run),
                new Page("minutes/view.xhtml?id=" + minutesId, "Meeting " + run),
                new Page("index.xhtml", "id=\"main\""),
                new Page("meetings/list.xhtml", "id=\"main\""),
                new Page("actions/list.xhtml", "id=\"main\""),
                new Page("search.xhtml?q=" + Fixtures.encode("action"), "id=\"main\""),
                new Page("editions/list.xhtml", "id=\"main\""));
    }

    private void assertEveryPageWhole(List<Visit> visits) throws Exception {
        List<Page> pages = pages();
        ServerLog.Mark mark = ServerLog.ofTheRun().mark();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(visits.size());
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (Visit visit : visits) {
                done.add(threads.submit(() -> {
                    int asked = 0;
                    for (int round = 0; round < ROUNDS; round++) {
                        for (int i = 0; i < pages.size(); i++) {
                            Page page = pages.get((i + visit.offset()) % pages.size());
                            asked++;
                            HttpVisitor.Answer answer;
                            try {
                                answer = visit.session().get(page.path());
                            } catch (UncheckedIOException unanswered) {
                                failures.add(page.path() + " not answered: " + unanswered.getCause());
                                continue;
                            }
                            String body = answer.body();
                            if (answer.status() != 200 || !body.contains(page.mustContain())
                                    || !body.stripTrailing().endsWith("</html>")) {
                                failures.add(page.path() + " answered " + answer.status() + ": "
                                        + body.substring(Math.max(0, body.length() - 400)));
                            }
                        }
                    }
                    return asked;
                }));
            }
            int asked = 0;
            for (Future<Integer> visit : done) {
                asked += visit.get(10, TimeUnit.MINUTES);
            }
            assertThat(asked).as("pages asked").isEqualTo(visits.size() * ROUNDS * pages.size());
        } finally {
            threads.shutdownNow();
        }

        assertThat(failures).as("pages that were not answered whole").isEmpty();
        assertThat(mark.linesAtWarningOrAbove()).as("what the server logged at warning level or above").isEmpty();
    }

    /** A session signed in over HTTP, past the one redirect Payara's first request after sign-in takes. */
    private HttpVisitor signedIn(String username) {
        HttpVisitor visitor = new HttpVisitor(base, HttpClient.Version.HTTP_1_1);
        HttpVisitor.Answer signIn = visitor.signIn(username, TestAccounts.USER_PASSWORD);
        assertThat(signIn.status()).as("sign-in of " + username).isEqualTo(302);
        HttpVisitor.Answer first = visitor.get("index.xhtml");
        for (int redirects = 0; first.status() == 302 && redirects < 3; redirects++) {
            first = visitor.follow(first);
        }
        assertThat(first.status()).as("the first page after sign-in").isEqualTo(200);
        return visitor;
    }

    /** Another tab of the same session: the same cookies, its own connection, HTTP/1.1 as a browser's. */
    private HttpVisitor sameSession(HttpVisitor session) {
        return new HttpVisitor(base, HttpClient.Version.HTTP_1_1).withSession(session.sessionId(),
                session.sessionVersion());
    }
}
