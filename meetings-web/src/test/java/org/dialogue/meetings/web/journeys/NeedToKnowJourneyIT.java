package org.dialogue.meetings.web.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.dialogue.meetings.web.browser.Browser;
import org.dialogue.meetings.web.pages.AgreementPages;
import org.dialogue.meetings.web.pages.AuditTrailPage;
import org.dialogue.meetings.web.pages.ChangeControls;
import org.dialogue.meetings.web.pages.DashboardPage;
import org.dialogue.meetings.web.pages.EditionPages;
import org.dialogue.meetings.web.pages.MeetingFormPage;
import org.dialogue.meetings.web.pages.MeetingListPage;
import org.dialogue.meetings.web.pages.MeetingPage;
import org.dialogue.meetings.web.pages.OrganisationPage;
import org.dialogue.meetings.web.pages.SignInPage;
import org.dialogue.meetings.web.pages.UserListPage;
import org.dialogue.meetings.web.pages.UserPages;
import org.dialogue.meetings.web.support.Fixtures;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.dialogue.meetings.web.testing.ClassBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Need-to-know and roles as users meet them, in a real browser on the WAR as built: what a delegate of one
 * organisation can reach of another's meetings (by address, list, filter, dashboard, edition and organisation pages),
 * what an observer is offered and what a forged change achieves, and the administrator's users and audit trail.
 *
 * <p>The meetings read here are made once per run by the secretariat (see {@link Fixture}, mostly through the test
 * WAR's fixtures), by whichever test needs them first, so the tests do not depend on one another's order. Their titles
 * carry the run's mark, so lists filtered by it show only them.
 */
@ApplicationTest
class NeedToKnowJourneyIT {

    /** The organisation whose restricted meetings are read, and another one, which takes part in only some. */
    private static final String OURS = "ASEANAPOL";
    private static final String OTHERS = "AIMC";
    private static final ZoneId VENUE_ZONE = ZoneId.of("Asia/Kolkata");
    private static final DateTimeFormatter FORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @ClassBrowser
    private static WebDriver driver;
    private static Fixture fixture;

    @ApplicationAddress
    private String base;

    /** A meeting made for the tests: its title and id. */
    record Meeting(String title, long id) {
    }

    /**
     * What the tests read, made by the administrator and the secretariat. Every meeting belongs to one new edition and
     * starts within the next hour or two, so it is among the dashboard's upcoming meetings.
     *
     * @param restricted   restricted, co-organised by {@link #OURS} only
     * @param takingPart   restricted, co-organised by {@link #OURS}, with a participant of {@link #OTHERS}
     * @param open         open, co-organised by {@link #OURS}
     * @param confidential confidential, co-organised by {@link #OTHERS}, with only the delegate of {@link #OURS} on
     *                     its access list
     */
    record Fixture(String run, long editionId, long agreementId, Meeting restricted, Meeting takingPart, Meeting open,
            Meeting confidential, String ourDelegate, String othersDelegate, String ourObserver) {

        List<String> titles(Meeting... meetings) {
            return java.util.Arrays.stream(meetings).map(Meeting::title).toList();
        }
    }

    @Test
    void aDelegateOfAnotherOrganisationCannotReachARestrictedMeetingInAnyWay() {
        Fixture f = fixture();
        TestAccounts.ensureSignedInAs(driver, base, "Delegate", OTHERS);

        // By address: exactly the page of a meeting that does not exist.
        MeetingPage.open(driver, base, 987_654_321L);
        String unknown = pageText();
        String unknownTitle = driver.getTitle();
        for (Meeting hidden : List.of(f.restricted(), f.confidential())) {
            MeetingPage.open(driver, base, hidden.id());
            assertThat(pageText()).as(hidden.title()).isEqualTo(unknown);
            assertThat(driver.getTitle()).isEqualTo(unknownTitle);
        }

        // By the list, filtered by title, then by organisation; its paginator counts no more than it shows.
        MeetingListPage list = MeetingListPage.open(driver, base).filterByTitle(f.run());
        assertThat(list.titles()).containsExactlyInAnyOrderElementsOf(f.titles(f.takingPart(), f.open()));
        assertThat(list.totalRecords()).isEqualTo(2);
        assertThat(MeetingListPage.open(driver, base).filterByOrganisation(OURS).filterByTitle(f.run()).titles())
                .containsExactlyInAnyOrderElementsOf(f.titles(f.takingPart(), f.open()));

        // On the dashboard, the edition page and the organisations' pages.
        assertThat(DashboardPage.open(driver, base).upcomingTitles())
                .containsAll(f.titles(f.takingPart(), f.open()))
                .doesNotContainAnyElementsOf(f.titles(f.restricted(), f.confidential()));
        assertThat(EditionPages.open(driver, base, f.editionId()).meetingTitles())
                .containsExactlyInAnyOrderElementsOf(f.titles(f.takingPart(), f.open()));
        assertThat(OrganisationPage.open(driver, base, OURS).meetingTitles())
                .containsAll(f.titles(f.takingPart(), f.open())).doesNotContain(f.restricted().title());
        assertThat(OrganisationPage.open(driver, base, OTHERS).meetingTitles())
                .contains(f.takingPart().title()).doesNotContain(f.confidential().title());

        // What they may read opens: an open meeting of others, a restricted one their organisation takes part in.
        assertThat(MeetingPage.open(driver, base, f.open().id()).heading()).isEqualTo(f.open().title());
        MeetingPage takingPart = MeetingPage.open(driver, base, f.takingPart().id());
        assertThat(takingPart.heading()).isEqualTo(f.takingPart().title());
        assertThat(takingPart.classification()).startsWith("Restricted");
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    @Test
    void aConfidentialMeetingIsReadOnlyByThoseOnItsAccessList() {
        Fixture f = fixture();

        TestAccounts.ensureSignedInAs(driver, base, "Delegate", OURS);
        assertThat(MeetingListPage.open(driver, base).filterByTitle(f.run()).titles())
                .containsExactlyInAnyOrderElementsOf(
                        f.titles(f.restricted(), f.takingPart(), f.open(), f.confidential()));
        MeetingPage confidential = MeetingPage.open(driver, base, f.confidential().id());
        assertThat(confidential.heading()).isEqualTo(f.confidential().title());
        assertThat(confidential.classification()).startsWith("Confidential");
        assertThat(confidential.accessList()).as("the list is the secretariat's business").isEmpty();

        // Same organisation, not on the list.
        TestAccounts.ensureSignedInAs(driver, base, "Observer", OURS);
        assertThat(MeetingListPage.open(driver, base).filterByTitle(f.run()).titles())
                .containsExactlyInAnyOrderElementsOf(f.titles(f.restricted(), f.takingPart(), f.open()));
        assertThat(MeetingPage.open(driver, base, f.confidential().id()).heading()).isEqualTo("Page not found");

        // The secretariat reads it, with its list.
        TestAccounts.ensureSignedInAs(driver, base, "Secretariat", null);
        assertThat(MeetingPage.open(driver, base, f.confidential().id()).accessList()).contains(f.ourDelegate());
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    @Test
    void anObserverIsOfferedNoChangeAndAForgedChangeChangesNothing() {
        Fixture f = fixture();
        TestAccounts.ensureSignedInAs(driver, base, "Observer", OURS);

        for (String page : List.of("", "meetings/list.xhtml", "meetings/view.xhtml?id=" + f.restricted().id(),
                "editions/list.xhtml", "editions/view.xhtml?id=" + f.editionId(), "agreements/list.xhtml",
                "agreements/edit.xhtml?id=" + f.agreementId(), "organisations/list.xhtml")) {
            driver.get(base + page);
            Browser.awaitQuiet(driver);
            assertThat(ChangeControls.shown(driver)).as(page).isEmpty();
        }
        AgreementPages agreement = AgreementPages.open(driver, base, f.agreementId());
        assertThat(agreement.heading()).isEqualTo("NTK agreement " + f.run());
        assertThat(agreement.facts()).contains(OURS, OTHERS, "Operational", "Draft");
        assertThat(ChangeControls.inputs(driver)).isEmpty();
        MeetingPage meeting = MeetingPage.open(driver, base, f.restricted().id());
        assertThat(meeting.agendaTitles()).containsExactly("Opening", "Exchange of information");
        assertThat(ChangeControls.inputs(driver)).isEmpty();

        // The forms the secretariat uses, opened by address.
        driver.get(base + "meetings/edit.xhtml?id=" + f.restricted().id());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
        driver.get(base + "editions/edit.xhtml?id=" + f.editionId());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
        assertThat(Browser.consoleErrors(driver)).as("the browser notes the 403 status, nothing else")
                .allMatch(message -> message.contains("status of 403"));

        // The secretariat's requests replayed from the observer's own meeting page: Ajax, then a plain POST.
        MeetingPage.open(driver, base, f.restricted().id());
        List<String> forged = List.of("agendaForm:addItem", "agendaForm:agenda:0:removeItem",
                "agendaForm:agenda:0:moveDown", "actionsForm:cancelMeeting", "participantsForm:addParticipant");
        for (String source : forged) {
            ((JavascriptExecutor) driver).executeScript("PrimeFaces.ab({s: arguments[0], f: 'agendaForm',"
                    + " p: '@all', u: 'agendaForm', pa: [{name: 'agendaForm:itemTitle', value: 'Forged item'},"
                    + " {name: 'agendaForm:plannedMinutes', value: '5'}],"
                    + " onco: function (xhr, status) {"
                    + "   (window.forgedReplies = window.forgedReplies || []).push(status); }});", source);
            Browser.awaitQuiet(driver);
        }
        @SuppressWarnings("unchecked")
        List<Object> replies = (List<Object>) ((JavascriptExecutor) driver).executeScript(
                "return window.forgedReplies;");
        assertThat(replies)
                .as("each forged request reached the server, which answered it").hasSize(forged.size())
                .containsOnly((Object) "success");
        ((JavascriptExecutor) driver).executeScript("var form = document.getElementById('agendaForm');"
                + " [['agendaForm:addItem', 'agendaForm:addItem'], ['agendaForm:itemTitle', 'Forged by POST'],"
                + " ['agendaForm:plannedMinutes', '5']].forEach(function (p) {"
                + "   var input = document.createElement('input'); input.type = 'hidden'; input.name = p[0];"
                + "   input.value = p[1]; form.appendChild(input); });"
                + " form.submit();");
        Browser.awaitQuiet(driver);
        assertThat(pageText()).doesNotContain("Agenda item added", "Forged");

        TestAccounts.ensureSignedInAs(driver, base, "Secretariat", null);
        MeetingPage unchanged = MeetingPage.open(driver, base, f.restricted().id());
        assertThat(unchanged.agendaTitles()).containsExactly("Opening", "Exchange of information");
        assertThat(unchanged.status()).isEqualTo("Scheduled");
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    @Test
    void anAdministratorManagesUsersAndReadsTheirActionsInTheAuditTrail() {
        Fixture f = fixture();
        TestAccounts.signInAsAdministrator(driver, base);

        // The users, filtered by role and organisation.
        UserListPage users = UserListPage.open(driver, base).filterByRole("Observer").filterByOrganisation(OURS);
        assertThat(users.rows()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.role()).isEqualTo("Observer");
            assertThat(row.organisation()).isEqualTo(OURS);
        });
        assertThat(users.filterByText(f.ourObserver()).rows()).extracting(UserListPage.Row::username)
                .containsExactly(f.ourObserver());
        assertThat(users.totalRecords()).isEqualTo(1);

        // Created with a one-time password, which works once and must be replaced.
        String username = "ntk-" + f.run().substring("NTK ".length());
        String oneTime = UserPages.openNew(driver, base).create(username, "Nadia Ntk " + f.run(), "Delegate",
                OTHERS);
        long userId = UserListPage.open(driver, base).filterByText(username).openUser(username);
        TestAccounts.signIn(driver, base, username, oneTime);
        assertThat(driver.getCurrentUrl()).contains("account/password.xhtml");
        new SignInPage(driver).changePassword(oneTime, TestAccounts.USER_PASSWORD);
        assertThat(SignInPage.signedInAs(driver)).isEqualTo(username);

        // Disabled: the right password no longer signs in. Enabled: it does again.
        TestAccounts.signInAsAdministrator(driver, base);
        assertThat(UserPages.open(driver, base, userId).disable().facts()).contains("Disabled");
        TestAccounts.signIn(driver, base, username, TestAccounts.USER_PASSWORD);
        SignInPage refused = new SignInPage(driver);
        assertThat(refused.isShown()).isTrue();
        assertThat(refused.messages()).contains("Sign-in refused");
        TestAccounts.signInAsAdministrator(driver, base);
        assertThat(UserPages.open(driver, base, userId).enable().facts()).contains("Enabled");
        TestAccounts.signIn(driver, base, username, TestAccounts.USER_PASSWORD);
        assertThat(SignInPage.signedInAs(driver)).isEqualTo(username);

        // Reset: the new one-time password works, and nothing opens until it is replaced.
        TestAccounts.signInAsAdministrator(driver, base);
        String reset = UserPages.open(driver, base, userId).resetPassword();
        assertThat(reset).isNotEqualTo(oneTime);
        TestAccounts.signIn(driver, base, username, reset);
        assertThat(driver.getCurrentUrl()).contains("account/password.xhtml");
        driver.get(base + "meetings/list.xhtml");
        assertThat(driver.getCurrentUrl()).contains("account/password.xhtml");
        new SignInPage(driver).changePassword(reset, TestAccounts.USER_PASSWORD);
        assertThat(SignInPage.signedInAs(driver)).isEqualTo(username);

        // The audit trail has each of those actions, on the user's record and under the user's own name.
        TestAccounts.signInAsAdministrator(driver, base);
        AuditTrailPage audit = AuditTrailPage.open(driver, base).recordKind("User")
                .recordId(String.valueOf(userId)).filter();
        assertThat(audit.entries()).extracting(AuditTrailPage.Entry::action).contains("User created",
                "User disabled", "User enabled", "Password reset", "Signed in", "Password changed");
        // The administrator's actions are the administrator's (the user's own first sign-in records the time zone
        // taken from their browser under the user's name: that entry is theirs).
        assertThat(audit.entries()).filteredOn(e -> List.of("User created", "User disabled", "User enabled",
                "Password reset").contains(e.action())).extracting(AuditTrailPage.Entry::actor).containsOnly("admin");
        assertThat(audit.entries()).allSatisfy(e -> assertThat(e.record()).isEqualTo("User " + userId));
        assertThat(audit.recordLink(0)).endsWith("admin/user.xhtml?id=" + userId);
        assertThat(audit.totalRecords()).isEqualTo(audit.entries().size());
        audit = AuditTrailPage.open(driver, base).actor(username).filter();
        assertThat(audit.entries()).isNotEmpty().allSatisfy(e -> assertThat(e.actor()).isEqualTo(username));
        assertThat(audit.entries()).extracting(AuditTrailPage.Entry::action).contains("Sign-in failed",
                "Signed in", "Password changed");
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    @Test
    void theAuditTrailShowsAMeetingChangeFieldByFieldAndExplainsBadFilters() {
        Fixture f = fixture();
        String secretariat = TestAccounts.ensureSignedInAs(driver, base, "Secretariat", null);
        String before = "NTK audited " + f.run();
        String after = before + " <b>renamed</b>";
        long meetingId = MeetingFormPage.openNew(driver, base).fillRequired(before).save().id();
        driver.get(base + "meetings/edit.xhtml?id=" + meetingId);
        new MeetingFormPage(driver).title(after).save();

        TestAccounts.signInAsAdministrator(driver, base);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        AuditTrailPage audit = AuditTrailPage.open(driver, base).recordKind("Meeting")
                .recordId(String.valueOf(meetingId)).action("Changed").from(today).to(today).filter();
        List<AuditTrailPage.Entry> changes = audit.entries();
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).actor()).isEqualTo(secretariat);
        assertThat(changes.get(0).record()).isEqualTo("Meeting " + meetingId);
        assertThat(changes.get(0).changes().lines()).contains("title: " + before + " → " + after);
        assertThat(audit.recordLink(0)).endsWith("meetings/view.xhtml?id=" + meetingId);

        // A "to" date includes its whole day: yesterday's entries end before today's.
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        assertThat(audit.from(yesterday).to(yesterday).filter().entries()).isEmpty();

        // Bad input is explained beside its field; the page stays.
        audit.from("").to("").recordId("twelve").filter();
        assertThat(audit.messageAt("recordId")).contains("whole number");
        audit.recordId(String.valueOf(meetingId)).from(today).to(yesterday).filter();
        assertThat(audit.messageAt("to")).contains("comes before");
        audit.from("the first of May").to("").filter();
        assertThat(audit.messageAt("from")).contains("is not a date");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Audit trail");
        assertThat(Browser.consoleErrors(driver)).isEmpty();

        // Every filter, and the button that applies them, in order with the keyboard, on the page as it opens: after a
        // filter's Ajax answer the page puts the focus back on the Filter button a moment later (keep-focus.js, for
        // keyboard users), which on a quick machine landed in the middle of this walk and skipped the button.
        assertThat(AuditTrailPage.open(driver, base).focusOrderFromTheFirstFilter(12)).containsSubsequence("auditForm:actor",
                "auditForm:action_label", "auditForm:recordKind_label", "auditForm:recordId", "auditForm:from_input",
                "auditForm:to_input", "auditForm:search", "auditForm:clearFilters");
    }

    // --- the meetings read by the tests ---

    private Fixture fixture() {
        if (fixture == null) {
            fixture = makeFixture();
        }
        return fixture;
    }

    /**
     * The users are made through the accounts fixture, the edition and three of the meetings through the meetings
     * fixture (as the secretariat, over HTTP): this class tests who reads them, not their forms. The agreement is
     * recorded on its form (the only browser test of that form) and the confidential meeting on the meeting form,
     * the one place the tests set a classification and an access list there.
     */
    private Fixture makeFixture() {
        String run = "NTK " + UUID.randomUUID().toString().substring(0, 6);
        String ourDelegate = TestAccounts.ensureMade(base, "Delegate", OURS);
        String othersDelegate = TestAccounts.ensureMade(base, "Delegate", OTHERS);
        String ourObserver = TestAccounts.ensureMade(base, "Observer", OURS);
        // The agreement on its form, as the administrator records one (its page's facts are read back below).
        TestAccounts.signInAsAdministrator(driver, base);
        long agreementId = AgreementPages.record(driver, base, "NTK agreement " + run, OURS, OTHERS);

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int number = 100_000 + (int) (Math.random() * 800_000);
        long editionId = Long.parseLong(Fixtures.asSecretariat(base, "meetings?what=edition&number=" + number
                + "&title=" + Fixtures.encode("Edition " + number) + "&from=" + today.minusDays(2) + "&to="
                + today.plusDays(30) + "&city=Jakarta&country=Indonesia"));
        Meeting restricted = made(run + " restricted", editionId, "RESTRICTED", OURS,
                "&item=" + Fixtures.encode("Opening|10") + "&item=" + Fixtures.encode("Exchange of information|30"));
        Meeting takingPart = made(run + " taking part", editionId, "RESTRICTED", OURS,
                "&participant=" + Fixtures.encode("Observer of " + OTHERS + "|" + OTHERS));
        Meeting open = made(run + " open", editionId, "OPEN", OURS, "");
        TestAccounts.ensureSignedInAs(driver, base, "Secretariat", null);
        Meeting confidential = schedule(run + " confidential", editionId, "Confidential", OTHERS, ourDelegate);
        return new Fixture(run, editionId, agreementId, restricted, takingPart, open, confidential, ourDelegate,
                othersDelegate, ourObserver);
    }

    /** As the secretariat, through the meetings fixture: a one-hour meeting of the edition within two hours. */
    private Meeting made(String title, long editionId, String classification, String coOrganiser, String more) {
        ZonedDateTime start = ZonedDateTime.now(VENUE_ZONE).plusHours(1).truncatedTo(ChronoUnit.MINUTES);
        long id = Long.parseLong(Fixtures.asSecretariat(base, "meetings?what=meeting&title=" + Fixtures.encode(title)
                + "&edition=" + editionId + "&classification=" + classification + "&coOrganisers=" + coOrganiser
                + "&zone=" + VENUE_ZONE.getId() + "&start=" + start.toLocalDateTime() + "&end="
                + start.plusHours(1).toLocalDateTime() + "&city=" + Fixtures.encode("New Delhi") + "&country=India"
                + more));
        return new Meeting(title, id);
    }

    /** As the secretariat, on the meeting form: a one-hour meeting of the edition, starting within two hours. */
    private Meeting schedule(String title, long editionId, String classification, String coOrganiser,
            String... accessList) {
        ZonedDateTime start = ZonedDateTime.now(VENUE_ZONE).plusHours(1).truncatedTo(ChronoUnit.MINUTES);
        driver.get(base + "meetings/edit.xhtml?edition=" + editionId);
        Browser.awaitQuiet(driver);
        MeetingFormPage form = new MeetingFormPage(driver).title(title).timeZone(VENUE_ZONE.getId())
                .start(FORM_TIME.format(start)).end(FORM_TIME.format(start.plus(Duration.ofHours(1))))
                .city("New Delhi").country("India").coOrganisers(coOrganiser).classification(classification);
        if (accessList.length > 0) {
            form.accessList(accessList);
        }
        MeetingPage page = form.save();
        assertThat(page.classification()).startsWith(classification);
        return new Meeting(title, page.id());
    }

    private String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

}
