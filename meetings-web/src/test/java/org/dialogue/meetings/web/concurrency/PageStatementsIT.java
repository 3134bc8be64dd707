package org.dialogue.meetings.web.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialogue.meetings.web.support.Fixtures;
import org.dialogue.meetings.web.support.HttpVisitor;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.junit.jupiter.api.Test;

/**
 * The SQL statements one view of each page sends (counted by the statements fixture, on the server's request
 * threads): the same number after the data has grown, and the caller's account read at most once per request.
 * The benchmark (docs/benchmarks/latest.md) gives the same counts at 100 and at 5,000 meetings; this keeps them from
 * growing again between its runs.
 */
@ApplicationTest
class PageStatementsIT {

    private static final Pattern MINUTES_LINK = Pattern.compile("minutes/view\\.xhtml\\?id=(\\d+)");
    /** More of everything the pages list: meetings with agendas and participants, minutes with actions. */
    private static final int MORE_MEETINGS = 6;
    private static final int MORE_MINUTES = 2;

    @ApplicationAddress
    private String base;

    @Test
    void aPageSendsAsManyStatementsWithMoreDataAndReadsTheCallerOnce() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String run = "Statements " + marker;
        long meeting = actionsFixture(run);
        HttpVisitor secretariat = signedIn(TestAccounts.ensureMade(base, "Secretariat", null));
        HttpVisitor delegate = signedIn(TestAccounts.made(base, "Delegate", "AFRIPOL"));
        Matcher link = MINUTES_LINK.matcher(secretariat.get("meetings/view.xhtml?id=" + meeting).body());
        assertThat(link.find()).as("the meeting page links its minutes").isTrue();
        long minutes = Long.parseLong(link.group(1));
        Map<String, HttpVisitor> pages = new LinkedHashMap<>();
        pages.put("index.xhtml", secretariat);
        pages.put("meetings/list.xhtml", secretariat);
        pages.put("meetings/view.xhtml?id=" + meeting, secretariat);
        pages.put("minutes/view.xhtml?id=" + minutes, secretariat);
        pages.put("actions/list.xhtml", secretariat);
        // this run's actions only: a word of other tests' too could pass the count's bound between the two views,
        // and past it a page of results takes one statement more (SearchRepository.search)
        pages.put("search.xhtml?q=" + Fixtures.encode("action " + marker), secretariat);
        pages.put("editions/list.xhtml", secretariat);
        pages.put("index.xhtml?as=delegate", delegate);
        pages.put("meetings/list.xhtml?as=delegate", delegate);
        pages.put("actions/list.xhtml?as=delegate", delegate);

        Map<String, List<String>> before = new LinkedHashMap<>();
        pages.forEach((page, visitor) -> before.put(page, statementsOf(visitor, page)));
        for (int i = 0; i < MORE_MEETINGS; i++) {
            Fixtures.meeting(base, run + " more " + i, "&item=" + Fixtures.encode("Item " + i + "|30")
                    + "&item=" + Fixtures.encode("Other item " + i + "|15")
                    + "&participant=" + Fixtures.encode("Person " + i + "|AFRIPOL"));
        }
        for (int i = 0; i < MORE_MINUTES; i++) {
            actionsFixture(run + " " + i);
        }
        Map<String, List<String>> after = new LinkedHashMap<>();
        pages.forEach((page, visitor) -> after.put(page, statementsOf(visitor, page)));

        StringBuilder table = new StringBuilder("PageStatementsIT: statements per view, before and after more data\n");
        before.forEach((page, statements) -> table.append(String.format(Locale.ROOT, "  %-40s %3d %3d%n", page,
                statements.size(), after.get(page).size())));
        System.out.print(table);
        pages.keySet().forEach(page -> {
            assertThat(after.get(page)).as("the statements of " + page + " after more data (before: "
                    + before.get(page) + ")").hasSameSizeAs(before.get(page));
            assertThat(after.get(page).stream().filter(PageStatementsIT::readsAnAccountByName))
                    .as("reads of the caller's account in one view of " + page).hasSizeLessThanOrEqualTo(1);
        });
    }

    /** The caller is looked up by user name (the other account reads go by id, from EclipseLink's cache). */
    private static boolean readsAnAccountByName(String statement) {
        String lower = statement.toLowerCase(Locale.ROOT);
        return lower.contains("from user_account") && lower.contains("username");
    }

    /** The statements of one view, once the page has been seen twice (compiled queries, a warm cache). */
    private List<String> statementsOf(HttpVisitor visitor, String page) {
        String path = page.replace("?as=delegate", "").replace("&as=delegate", "");
        visitor.get(path);
        visitor.get(path);
        Fixtures.asAdministrator(base, "statements?do=start");
        HttpVisitor.Answer answer = visitor.get(path);
        String recorded = Fixtures.asAdministrator(base, "statements?do=stop");
        assertThat(answer.status()).as(page).isEqualTo(200);
        return recorded.isEmpty() ? List.of() : recorded.lines().toList();
    }

    private long actionsFixture(String run) {
        return Long.parseLong(Fixtures.asSecretariat(base, "actions?run=" + Fixtures.encode(run)).split(" ", 4)[2]);
    }

    private HttpVisitor signedIn(String username) {
        HttpVisitor visitor = new HttpVisitor(base);
        assertThat(visitor.signIn(username, TestAccounts.USER_PASSWORD).status()).isEqualTo(302);
        HttpVisitor.Answer first = visitor.get("index.xhtml");
        for (int redirects = 0; first.status() == 302 && redirects < 3; redirects++) {
            first = visitor.follow(first);
        }
        assertThat(first.status()).as("the first page after sign-in").isEqualTo(200);
        return visitor;
    }
}
