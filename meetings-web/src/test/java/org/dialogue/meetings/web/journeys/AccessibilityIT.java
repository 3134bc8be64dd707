package org.dialogue.meetings.web.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.providers.IAxeScriptProvider;
import com.deque.html.axecore.providers.StringAxeScriptProvider;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dialogue.meetings.web.browser.Browser;
import org.dialogue.meetings.web.fixtures.AccessibilityFixtureServlet;
import org.dialogue.meetings.web.support.Fixtures;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.dialogue.meetings.web.testing.ClassBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Every page of the product, as the role that uses it and with real content (made by a test-only servlet, see
 * {@link AccessibilityFixtureServlet}), checked by axe-core against WCAG 2.1 A and AA, in English and in Arabic (the
 * language chosen by the {@code meetings-language} cookie, as the language switch sets it). Prints one line per page
 * with the number of violations per impact, and fails on any violation of impact serious or critical (naming the rule,
 * the element and the page), on an error in the browser's console, and, in Arabic, on a page that is not
 * {@code <html lang="ar" dir="rtl">}. It also fails when a page of the WAR is missing from its list.
 */
@ApplicationTest
class AccessibilityIT {

    /** The axe-core the pages are checked with: the newest served, newer than the Selenium binding's own copy. */
    static final String AXE_CORE_VERSION = "4.14.1";

    private static final IAxeScriptProvider AXE_CORE = new StringAxeScriptProvider(axeCore());

    /** The WCAG 2.0 and 2.1 success criteria of levels A and AA, as axe tags them. */
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<String> IMPACTS = List.of("critical", "serious", "moderate", "minor");
    private static final String LANGUAGE_COOKIE = "meetings-language";

    private enum Visitor { SIGNED_OUT, SECRETARIAT, ADMINISTRATOR }

    /** A page to check: the address (relative to the application), the .xhtml file it shows, and who opens it. */
    private record Visit(Visitor visitor, String address, String file) {
    }

    @ClassBrowser
    private static WebDriver driver;
    private static Map<String, String> records;
    private static String secretariat;

    @ApplicationAddress
    private String base;

    @Test
    void everyPageInEnglishHasNoSeriousOrCriticalViolationAndNoConsoleError() {
        List<String> problems = checkEveryPage("en");
        assertThat(problems).as("serious or critical axe violations, console errors, language (English)").isEmpty();
    }

    @Test
    void everyPageInArabicIsRightToLeftAndHasNoSeriousOrCriticalViolationAndNoConsoleError() {
        List<String> problems = checkEveryPage("ar");
        assertThat(problems).as("serious or critical axe violations, console errors, language (Arabic)").isEmpty();
    }

    /** Visits every page in that language and answers what is wrong, one line per problem. */
    private List<String> checkEveryPage(String language) {
        arrange();
        List<Visit> visits = visits();
        Set<String> visited = visits.stream().map(Visit::file).collect(Collectors.toCollection(TreeSet::new));
        assertThat(visited).as("every page of the WAR is checked (src/main/webapp, WEB-INF aside)").containsAll(pageFiles());

        List<String> problems = new ArrayList<>();
        Visitor signedInAs = null;
        for (Visit visit : visits) {
            if (visit.visitor() != signedInAs) {
                signInAs(visit.visitor(), language);
                signedInAs = visit.visitor();
            }
            problems.addAll(check(visit, language));
        }
        return problems;
    }

    /** Opens one page, runs axe on it, prints its counts and answers its problems. */
    private List<String> check(Visit visit, String language) {
        Browser.consoleErrors(driver); // empties the log: what follows is this page's
        driver.get(base + visit.address());
        Browser.awaitQuiet(driver);
        List<String> problems = new ArrayList<>();
        String where = "[" + language + "] " + visit.address() + " (" + visit.visitor().name().toLowerCase() + ")";
        if (!visit.file().equals("login.xhtml") && driver.getCurrentUrl().contains("login.xhtml")) {
            problems.add(where + ": sent to the sign-in page");
        }
        WebElement html = driver.findElement(By.tagName("html"));
        if (language.equals("ar")) {
            if (!"rtl".equals(html.getAttribute("dir")) || !"ar".equals(html.getAttribute("lang"))) {
                problems.add(where + ": <html lang=\"" + html.getAttribute("lang") + "\" dir=\""
                        + html.getAttribute("dir") + "\">, expected lang=\"ar\" dir=\"rtl\"");
            }
        } else if (!language.equals(html.getAttribute("lang"))) {
            problems.add(where + ": <html lang=\"" + html.getAttribute("lang") + "\">, expected " + language);
        }

        Results results = new AxeBuilder().setAxeScriptProvider(AXE_CORE).withOptions(axeOptions()).analyze(driver);
        if (results.getErrorMessage() != null) {
            problems.add(where + ": axe did not run: " + results.getErrorMessage());
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        IMPACTS.forEach(impact -> counts.put(impact, 0));
        int exempt = 0;
        for (Rule rule : results.getViolations()) {
            String impact = String.valueOf(rule.getImpact());
            for (CheckedNode node : rule.getNodes()) {
                if (rule.getId().equals("label-content-name-mismatch")
                        && String.valueOf(node.getHtml()).startsWith("<td role=\"gridcell\"")) {
                    // The calendar's day cells (FullCalendar): named by their date, holding the day's events. Not a
                    // control, so "the name contains the visible label" (WCAG 2.5.3) does not apply: counted apart.
                    exempt++;
                    continue;
                }
                counts.merge(impact, 1, Integer::sum);
                if (impact.equals("serious") || impact.equals("critical")) {
                    problems.add(where + ": " + rule.getId() + " (" + impact + ") at " + node.getTarget() + ": "
                            + rule.getHelp() + " | " + shorten(node.getFailureSummary()) + " | "
                            + shorten(node.getHtml()));
                }
            }
        }
        String minor = results.getViolations().stream()
                .filter(rule -> !"serious".equals(rule.getImpact()) && !"critical".equals(rule.getImpact()))
                .map(Rule::getId).distinct().collect(Collectors.joining(", "));
        System.out.printf("axe %-4s %-52s %-13s critical %d, serious %d, moderate %d, minor %d%s%n", language,
                visit.address().replaceAll("=\\d+", "=…").replaceAll("token=[^&]+", "token=…"),
                visit.visitor().name().toLowerCase(), counts.get("critical"), counts.get("serious"),
                counts.get("moderate"), counts.get("minor"), (minor.isEmpty() ? "" : " (" + minor + ")")
                        + (exempt == 0 ? "" : " [" + exempt + " calendar day cell(s) left out of label-content-name-mismatch]"));

        List<String> console = Browser.consoleErrors(driver);
        for (String message : console) {
            if (visit.file().startsWith("errors/") && message.contains(visit.address() + " - Failed to load resource")
                    && message.matches(".*status of (403|404) .*")) {
                continue; // the error page's own status, which is what this visit asks for
            }
            if (message.contains("/favicon.ico ")) {
                System.out.println("axe " + language + " " + visit.address() + ": note, the browser's request for"
                        + " /favicon.ico failed (the favicon is another part of the work)");
            } else {
                problems.add(where + ": console error: " + message);
            }
        }
        return problems;
    }

    /** axe-core's script from the test resources (see {@code axe-core/README.md}), checked to be the version named. */
    private static String axeCore() {
        try (java.io.InputStream in = AccessibilityIT.class.getResourceAsStream("/axe-core/axe.min.js")) {
            String script = new String(java.util.Objects.requireNonNull(in, "axe-core/axe.min.js").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            if (!script.startsWith("/*! axe v" + AXE_CORE_VERSION)) {
                throw new IllegalStateException("axe-core/axe.min.js is not axe-core " + AXE_CORE_VERSION);
            }
            return script;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The WCAG 2.0/2.1 A and AA rules, plus "label-content-name-mismatch" (a control's accessible name contains its
     * visible label, WCAG 2.5.3), which axe marks experimental and leaves out unless asked.
     */
    private static AxeRunOptions axeOptions() {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(WCAG_21_AA);
        AxeRuleOptions enabled = new AxeRuleOptions();
        enabled.setEnabled(true);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        options.setRules(Map.of("label-content-name-mismatch", enabled));
        return options;
    }

    private static String shorten(String text) {
        String flat = String.valueOf(text).replaceAll("\\s+", " ");
        return flat.length() > 240 ? flat.substring(0, 240) + "…" : flat;
    }

    /** Every page, by who opens it; the records made once by the fixture servlet. */
    private List<Visit> visits() {
        String meeting = records.get("meeting");
        String minutes = records.get("minutes");
        String edition = records.get("edition");
        String organisation = records.get("organisation");
        List<Visit> visits = new ArrayList<>(List.of(
                new Visit(Visitor.SIGNED_OUT, "login.xhtml", "login.xhtml"),
                new Visit(Visitor.SIGNED_OUT, "invitations/reply.xhtml?token=" + records.get("token"),
                        "invitations/reply.xhtml"),
                new Visit(Visitor.SIGNED_OUT, "errors/error.xhtml", "errors/error.xhtml"),
                new Visit(Visitor.SIGNED_OUT, "errors/expired.xhtml", "errors/expired.xhtml"),
                new Visit(Visitor.SIGNED_OUT, "errors/forbidden.xhtml", "errors/forbidden.xhtml"),
                new Visit(Visitor.SIGNED_OUT, "errors/not-found.xhtml", "errors/not-found.xhtml")));
        if (Files.exists(webapp().resolve("about.xhtml"))) {
            visits.add(new Visit(Visitor.SIGNED_OUT, "about.xhtml", "about.xhtml"));
        }
        visits.addAll(List.of(
                new Visit(Visitor.SECRETARIAT, "index.xhtml", "index.xhtml"),
                new Visit(Visitor.SECRETARIAT, "calendar.xhtml?date=2031-09-15", "calendar.xhtml"),
                new Visit(Visitor.SECRETARIAT, "search.xhtml?q=Accessibility", "search.xhtml"),
                new Visit(Visitor.SECRETARIAT, "meetings/list.xhtml", "meetings/list.xhtml"),
                new Visit(Visitor.SECRETARIAT, "meetings/view.xhtml?id=" + meeting, "meetings/view.xhtml"),
                new Visit(Visitor.SECRETARIAT, "meetings/edit.xhtml", "meetings/edit.xhtml"),
                new Visit(Visitor.SECRETARIAT, "meetings/edit.xhtml?id=" + meeting, "meetings/edit.xhtml"),
                new Visit(Visitor.SECRETARIAT, "minutes/view.xhtml?id=" + minutes, "minutes/view.xhtml"),
                new Visit(Visitor.SECRETARIAT, "minutes/compare.xhtml?id=" + minutes + "&older=1&newer=2",
                        "minutes/compare.xhtml"),
                new Visit(Visitor.SECRETARIAT, "actions/list.xhtml", "actions/list.xhtml"),
                new Visit(Visitor.SECRETARIAT, "editions/list.xhtml", "editions/list.xhtml"),
                new Visit(Visitor.SECRETARIAT, "editions/view.xhtml?id=" + edition, "editions/view.xhtml"),
                new Visit(Visitor.SECRETARIAT, "editions/edit.xhtml?id=" + edition, "editions/edit.xhtml"),
                new Visit(Visitor.SECRETARIAT, "editions/axis.xhtml?id=" + records.get("axis"), "editions/axis.xhtml"),
                new Visit(Visitor.SECRETARIAT, "organisations/list.xhtml", "organisations/list.xhtml"),
                new Visit(Visitor.SECRETARIAT, "organisations/view.xhtml?id=" + organisation,
                        "organisations/view.xhtml"),
                new Visit(Visitor.SECRETARIAT, "agreements/list.xhtml", "agreements/list.xhtml"),
                new Visit(Visitor.SECRETARIAT, "account/profile.xhtml", "account/profile.xhtml"),
                new Visit(Visitor.SECRETARIAT, "account/password.xhtml", "account/password.xhtml"),
                new Visit(Visitor.SECRETARIAT, "mail/outbox.xhtml", "mail/outbox.xhtml"),
                // The error pages as a signed-in user meets them: a page of another role, an address that is none.
                new Visit(Visitor.SECRETARIAT, "admin/users.xhtml", "errors/forbidden.xhtml"),
                new Visit(Visitor.SECRETARIAT, "meetings/no-such-page.xhtml", "errors/not-found.xhtml"),
                new Visit(Visitor.ADMINISTRATOR, "admin/users.xhtml", "admin/users.xhtml"),
                new Visit(Visitor.ADMINISTRATOR, "admin/user.xhtml?id=" + records.get("user"), "admin/user.xhtml"),
                new Visit(Visitor.ADMINISTRATOR, "admin/user.xhtml", "admin/user.xhtml"),
                new Visit(Visitor.ADMINISTRATOR, "admin/audit.xhtml", "admin/audit.xhtml"),
                new Visit(Visitor.ADMINISTRATOR, "organisations/edit.xhtml?id=" + organisation,
                        "organisations/edit.xhtml"),
                new Visit(Visitor.ADMINISTRATOR, "agreements/edit.xhtml?id=" + records.get("agreement"),
                        "agreements/edit.xhtml"),
                new Visit(Visitor.ADMINISTRATOR, "agreements/edit.xhtml", "agreements/edit.xhtml")));
        return visits;
    }

    /**
     * Once per run: the secretariat's account (made through the accounts fixture) and the records the pages show (made
     * by the accessibility fixture as the secretariat and the administrator, over HTTP: no browser sign-in).
     */
    private void arrange() {
        if (records != null) {
            return;
        }
        secretariat = TestAccounts.ensureMade(base, "Secretariat", null);
        String run = "A11y" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> made = new LinkedHashMap<>(values(Fixtures.asSecretariat(base,
                "accessibility?run=" + run)));
        made.putAll(values(Fixtures.asAdministrator(base, "accessibility?agreement=" + run + "&user=" + secretariat)));
        // a token of the secretariat's, so that the token tables of the profile and user pages have a row
        Fixtures.asSecretariat(base, "tokens?name=" + run + "&scope=READ_ONLY");
        records = made;
    }

    /** The {@code name=value} lines the fixture servlet answered. */
    private static Map<String, String> values(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                values.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
            }
        }
        assertThat(values).as("what the fixture servlet answered: " + text).isNotEmpty();
        return values;
    }

    private void signInAs(Visitor visitor, String language) {
        driver.get(base + "login.xhtml");
        setLanguage(language);
        switch (visitor) {
            case SIGNED_OUT -> {
                driver.get(base + "login.xhtml");
                org.dialogue.meetings.web.pages.SignInPage.signOutIfSignedIn(driver);
            }
            case SECRETARIAT -> TestAccounts.signIn(driver, base, secretariat, TestAccounts.USER_PASSWORD);
            case ADMINISTRATOR -> TestAccounts.signInAsAdministrator(driver, base);
        }
    }

    /** The language cookie, as the language switch sets it (path: the application's context path). */
    private void setLanguage(String language) {
        String path = URI.create(base).getPath().endsWith("/") && URI.create(base).getPath().length() > 1
                ? URI.create(base).getPath().substring(0, URI.create(base).getPath().length() - 1) : URI.create(base).getPath();
        driver.manage().deleteCookieNamed(LANGUAGE_COOKIE);
        driver.manage().addCookie(new Cookie.Builder(LANGUAGE_COOKIE, language).path(path.isEmpty() ? "/" : path)
                .build());
    }

    /** The .xhtml files of the WAR, WEB-INF aside, relative to the web root with forward slashes. */
    private static Set<String> pageFiles() {
        Path root = webapp();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".xhtml"))
                    .map(file -> root.relativize(file).toString().replace(File.separatorChar, '/'))
                    .filter(file -> !file.startsWith("WEB-INF/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path webapp() {
        return Path.of(System.getProperty("webapp.dir", "src/main/webapp"));
    }

}
