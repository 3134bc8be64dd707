package org.dialogue.meetings.web.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialogue.meetings.web.browser.Forgery.assertNoScriptRan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dialogue.meetings.web.browser.Browser;
import org.dialogue.meetings.web.browser.Forgery;
import org.dialogue.meetings.web.pages.EditionPages;
import org.dialogue.meetings.web.pages.MeetingFormPage;
import org.dialogue.meetings.web.pages.MeetingListPage;
import org.dialogue.meetings.web.pages.MeetingPage;
import org.dialogue.meetings.web.pages.UserPages;
import org.dialogue.meetings.web.support.Fixtures;
import org.dialogue.meetings.web.support.HttpVisitor;
import org.dialogue.meetings.web.support.HttpVisitor.Answer;
import org.dialogue.meetings.web.support.NoInternals;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.dialogue.meetings.web.testing.ClassBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a hostile or careless user types or forges, in a real browser (and at the HTTP level where a browser cannot
 * go): script in every free-text field stays text; over-long text, impossible dates and forged menu values are
 * refused next to their field and change nothing; unknown or forbidden ids give the not-found page; a form without
 * a valid view state changes nothing and gets the "session expired" page; no action runs on a GET. No page shown
 * meanwhile reveals a stack trace, the server or SQL.
 */
@ApplicationTest
class HostileInputIT {

    private static final String SCRIPT = "<script>window.__xss=1</script>";
    private static final String ATTRIBUTE = "\"><img src=x onerror=\"window.__xss=1\">";
    private static final String LINK = "javascript:window.__xss=1//";
    /** Expression and message-format syntax: shown as typed, never evaluated. */
    private static final String TEMPLATE = "#{7*7} ${7*7} {0} '";
    private static final String UNICODE = "Zürich – 東京";
    private static final String EXPIRED = "Your session has expired";

    @ClassBrowser
    private static WebDriver driver;
    /** A meeting made once per server, for the tests that only add to it. */
    private static Long sharedMeeting;

    @ApplicationAddress
    private String base;

    // --- script payloads stay text ---

    @Test
    void scriptTypedIntoTheMeetingFormIsStoredAndShownAsText() {
        signInAsSecretariat();
        String unique = unique();
        String title = "Meeting " + unique + " " + SCRIPT + ATTRIBUTE;
        String venueName = LINK + " " + TEMPLATE;
        String city = SCRIPT;
        String country = UNICODE + " " + ATTRIBUTE;

        MeetingFormPage form = MeetingFormPage.openNew(driver, base).fillRequired(title).city(city)
                .country(country);
        type("meetingForm:venueName", venueName);
        type("meetingForm:venueRoom", ATTRIBUTE);
        MeetingPage meeting = form.save();

        assertThat(meeting.heading()).isEqualTo(title);
        assertThat(text("meetingVenue")).contains(venueName, ATTRIBUTE, city, country);
        assertThat(meeting.infoMessages()).contains(title);
        assertNoScriptRan(driver, "meeting page");

        driver.get(driver.getCurrentUrl().replace("meetings/view.xhtml", "meetings/edit.xhtml"));
        Browser.awaitQuiet(driver);
        assertThat(value("meetingForm:title")).isEqualTo(title);
        assertThat(value("meetingForm:venueName")).isEqualTo(venueName);
        assertThat(value("meetingForm:venueRoom")).isEqualTo(ATTRIBUTE);
        assertThat(value("meetingForm:venueCity")).isEqualTo(city);
        assertThat(value("meetingForm:venueCountry")).isEqualTo(country);
        assertNoScriptRan(driver, "meeting form");

        // The list's title filter is a free-text field too.
        MeetingListPage list = MeetingListPage.open(driver, base).filterByTitle(unique + " " + SCRIPT);
        assertThat(list.titles()).containsExactly(title);
        assertNoScriptRan(driver, "meetings list");
        driver.get(base);
        Browser.awaitQuiet(driver);
        assertNoScriptRan(driver, "dashboard");
    }

    @Test
    void scriptTypedIntoAgendaItemsAndParticipantsIsShownAsText() {
        signInAsSecretariat();
        MeetingPage meeting = openSharedMeeting();
        String itemTitle = SCRIPT + " item " + unique();
        String notes = ATTRIBUTE + " " + LINK + " " + TEMPLATE;
        String participant = ATTRIBUTE + " " + UNICODE;

        type("agendaForm:itemNotes", notes);
        meeting.addAgendaItem(itemTitle, 20);
        meeting.addParticipant(participant, "AFRIPOL");
        assertNoScriptRan(driver, "meeting page after the additions");

        driver.navigate().refresh();
        Browser.awaitQuiet(driver);
        assertThat(meeting.agendaTitles()).contains(itemTitle);
        assertThat(text("agendaForm:agenda")).contains(notes);
        assertThat(meeting.participantsText()).contains(participant);
        assertNoScriptRan(driver, "meeting page");
    }

    @Test
    void scriptTypedIntoAnEditionAndItsPriorityAxesIsShownAsText() {
        signInAsSecretariat();
        String title = "Edition " + SCRIPT + " " + TEMPLATE;
        String axis = ATTRIBUTE + " axis " + unique();

        EditionPages edition = EditionPages.openNew(driver, base); // the next number, so the latest edition
        type("editionForm:title", title);
        edition.dates("2033-04-20", "2033-04-22").venue(SCRIPT, ATTRIBUTE + " " + LINK).save();
        String editionPage = driver.getCurrentUrl();
        try {
            edition.addPriorityAxis(axis);

            driver.navigate().refresh();
            Browser.awaitQuiet(driver);
            assertThat(text("editionTitle")).isEqualTo(title);
            assertThat(edition.facts()).contains(SCRIPT + ", " + ATTRIBUTE + " " + LINK);
            assertThat(edition.priorityAxes()).containsExactly(axis);
            assertNoScriptRan(driver, "edition page");
            driver.get(base);
            Browser.awaitQuiet(driver);
            assertThat(text("priorityAxes")).isEqualTo(axis);
            assertNoScriptRan(driver, "dashboard with the edition's priorities");
        } finally {
            // The dashboard shows the latest edition's priorities: leave those of the seeded editions there.
            driver.get(editionPage);
            Browser.awaitQuiet(driver);
            if (!driver.findElements(By.id("axesForm:axes:0:removeAxis")).isEmpty()) {
                driver.findElement(By.id("axesForm:axes:0:removeAxis")).click();
                Browser.waitUpTo(driver, 10)
                        .until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector(".ui-confirmdialog-yes"))).click();
                Browser.awaitQuiet(driver);
            }
        }
    }

    @Test
    void scriptTypedIntoAnAgreementAUserAndTheUserFilterIsShownAsText() {
        TestAccounts.signInAsAdministrator(driver, base);
        String unique = unique();
        String title = "Agreement " + unique + " " + SCRIPT;
        String summary = ATTRIBUTE + "\n" + LINK + "\n" + TEMPLATE;

        driver.get(base + "agreements/edit.xhtml");
        Browser.awaitQuiet(driver);
        type("agreementForm:title", title);
        tick("agreementForm:parties", "EUROPOL", "INTERPOL");
        type("agreementForm:summary", summary);
        driver.findElement(By.id("agreementForm:save")).click();
        Browser.waitUpTo(driver, 30)
                .until(ExpectedConditions.urlContains("agreements/list"));
        Browser.awaitQuiet(driver);
        assertThat(driver.findElement(By.linkText(title)).getText()).isEqualTo(title);
        assertNoScriptRan(driver, "agreements list");
        driver.findElement(By.linkText(title)).click();
        Browser.awaitQuiet(driver);
        assertThat(value("agreementForm:title")).isEqualTo(title);
        assertThat(value("agreementForm:summary")).isEqualTo(summary);
        assertNoScriptRan(driver, "agreement page");

        String username = "hostile-" + unique;
        String fullName = SCRIPT + " " + ATTRIBUTE;
        UserPages.openNew(driver, base).create(username, fullName, "Secretariat", null);
        assertThat(value("userForm:fullName")).isEqualTo(fullName);
        assertNoScriptRan(driver, "user page");
        driver.get(base + "admin/users.xhtml");
        Browser.awaitQuiet(driver);
        type("usersForm:text", username);
        Browser.waitUpTo(driver, 15)
                .until(d -> text("usersForm:users").contains(fullName));
        type("usersForm:text", SCRIPT);
        Browser.awaitQuiet(driver);
        assertNoScriptRan(driver, "users list");
    }

    // --- refused next to the field, nothing saved ---

    @Test
    void overLongTextIsRefusedNextToItsFieldAndNothingIsSaved() {
        signInAsSecretariat();
        String title = "Over-long " + unique();

        MeetingFormPage form = MeetingFormPage.openNew(driver, base).fillRequired(title);
        Forgery.setValue(driver, "meetingForm:title", title + "x".repeat(5_000));
        Forgery.setValue(driver, "meetingForm:venueName", "v".repeat(5_000));
        form.saveExpectingErrors();

        assertThat(messageNextTo("meetingForm:title")).isEqualTo("Title: at most 300 characters.");
        assertThat(messageNextTo("meetingForm:venueName")).endsWith(": at most 200 characters.");
        assertThat(driver.getCurrentUrl()).contains("meetings/edit.xhtml");
        assertNoMeetingTitled(title);

        MeetingPage meeting = openSharedMeeting();
        List<String> agenda = meeting.agendaTitles();
        String participants = meeting.participantsText();
        type("agendaForm:itemTitle", "Item");
        type("agendaForm:plannedMinutes", "10");
        Forgery.setValue(driver, "agendaForm:itemTitle", "t".repeat(5_000));
        Forgery.setValue(driver, "agendaForm:itemNotes", "n".repeat(5_000));
        click("agendaForm:addItem");
        assertThat(messageNextTo("agendaForm:itemTitle")).endsWith(": at most 300 characters.");
        assertThat(messageNextTo("agendaForm:itemNotes")).endsWith(": at most 4,000 characters.");

        driver.navigate().refresh();
        Browser.awaitQuiet(driver);
        assertThat(meeting.agendaTitles()).isEqualTo(agenda);
        assertThat(meeting.participantsText()).isEqualTo(participants);
    }

    @Test
    void impossibleDatesAreExplainedNextToTheFieldAndNothingIsSaved() {
        signInAsSecretariat();
        String title = "Impossible date " + unique();

        MeetingFormPage form = MeetingFormPage.openNew(driver, base).fillRequired(title)
                .start("2031-02-30 10:00").saveExpectingErrors();
        assertThat(messageNextTo("meetingForm:start_input"))
                .startsWith("Starts: \"2031-02-30 10:00\" is not a date and time such as");
        form.start("31/31/2031").saveExpectingErrors();
        assertThat(messageNextTo("meetingForm:start_input"))
                .startsWith("Starts: \"31/31/2031\" is not a date and time such as");
        assertNoMeetingTitled(title);

        EditionPages.openNew(driver, base).dates("2033-02-30", "2033-03-02");
        click("editionForm:save");
        assertThat(messageNextTo("editionForm:plannedStart_input")).contains("\"2033-02-30\" is not a date");
        assertThat(driver.getCurrentUrl()).contains("editions/edit.xhtml");
    }

    @Test
    void valuesForgedIntoMenusAreRefusedNextToTheMenuAndChangeNothing() {
        signInAsSecretariat();
        MeetingPage meeting = openSharedMeeting();
        String facts = text("meetingFacts");
        String participants = meeting.participantsText();
        driver.get(base + "meetings/edit.xhtml?id=" + sharedMeeting);
        Browser.awaitQuiet(driver);
        MeetingFormPage form = new MeetingFormPage(driver);

        Forgery.forgeSelectOne(driver, "meetingForm:edition_input", "99999999");
        form.saveExpectingErrors();
        assertThat(messageNextTo("meetingForm:edition")).isEqualTo("Dialogue edition: choose one of the listed values.");

        Forgery.forgeSelectOne(driver, "meetingForm:kind_input", "CANCELLED"); // a meeting status, not a kind
        Forgery.forgeSelectOne(driver, "meetingForm:timeZone_input", "Mars/Olympus_Mons");
        Forgery.forgeCheckbox(driver, "meetingForm:coOrganisers", "99999999");
        form.saveExpectingErrors();
        assertThat(messageNextTo("meetingForm:kind")).endsWith(": choose one of the listed values.");
        assertThat(messageNextTo("meetingForm:timeZone")).endsWith(": choose one of the listed values.");
        assertThat(messageNextTo("meetingForm:coOrganisers")).endsWith(": choose among the listed values.");

        openSharedMeeting();
        assertThat(text("meetingFacts")).isEqualTo(facts);
        Forgery.forgeSelectOne(driver, "participantsForm:organisation_input", "99999999");
        Forgery.forgeSelectOne(driver, "participantsForm:role_input", "ADMINISTRATOR"); // a user role
        click("participantsForm:addParticipant");
        assertThat(messageNextTo("participantsForm:organisation")).endsWith(": choose one of the listed values.");
        assertThat(messageNextTo("participantsForm:role")).endsWith(": choose one of the listed values.");
        driver.navigate().refresh();
        Browser.awaitQuiet(driver);
        assertThat(meeting.participantsText()).isEqualTo(participants);
        assertThat(text("meetingFacts")).isEqualTo(facts);
    }

    @Test
    void valuesForgedIntoTheUserPageAreRefusedAndCreateNobody() {
        TestAccounts.signInAsAdministrator(driver, base);
        String username = "forged-" + unique();
        driver.get(base + "admin/user.xhtml");
        Browser.awaitQuiet(driver);

        type("userForm:username", username);
        type("userForm:fullName", "Forged Role");
        Forgery.forgeSelectOne(driver, "userForm:role_input", "SUPERUSER");
        Forgery.forgeSelectOne(driver, "userForm:organisationId_input", "99999999");
        click("userForm:save");

        assertThat(messageNextTo("userForm:role")).endsWith(": choose one of the listed values.");
        assertThat(messageNextTo("userForm:organisationId")).endsWith(": choose one of the listed values.");
        assertThat(driver.findElements(By.id("issuedPassword"))).isEmpty();
        driver.get(base + "admin/users.xhtml");
        Browser.awaitQuiet(driver);
        type("usersForm:text", username);
        // The administrator is in every unfiltered list: once gone, the filter has applied.
        Browser.waitUpTo(driver, 15).until(d -> {
            Browser.awaitQuiet(d);
            return !text("usersForm:users").contains("admin");
        });
        assertThat(text("usersForm:users")).doesNotContain(username);
    }

    // --- ids ---

    @Test
    void idsThatDoNotExistOrAreNotTheReadersGiveTheNotFoundPage() {
        signInAsSecretariat();
        String notFound = "This meeting does not exist. It may have been removed, or the link is wrong.";
        for (String id : List.of("-1", "0", "99999999", "")) {
            driver.get(base + "meetings/view.xhtml?id=" + id);
            Browser.awaitQuiet(driver);
            assertThat(text("notFound")).as("id=" + id).isEqualTo(notFound);
            assertThat(heading()).isEqualTo("Page not found");
            assertShowsNoInternals("meetings/view.xhtml?id=" + id);
        }
        // An id that is no number at all is the address of no page, for a form too (not an empty new form).
        for (String page : List.of("meetings/view.xhtml?id=abc", "meetings/view.xhtml?id=99999999999999999999",
                "meetings/view.xhtml?id=1.5", "meetings/view.xhtml?id=%27%22%3E%3Cscript%3E",
                "meetings/edit.xhtml?id=abc", "meetings/edit.xhtml?edition=x", "editions/edit.xhtml?id=abc",
                "agreements/edit.xhtml?id=1e3", "organisations/view.xhtml?id=abc")) {
            driver.get(base + page);
            Browser.awaitQuiet(driver);
            assertThat(heading()).as(page).isEqualTo("Page not found");
            assertThat(driver.findElements(By.tagName("form")).stream().map(f -> f.getAttribute("id")))
                    .as(page).doesNotContain("meetingForm", "editionForm", "agreementForm");
            assertShowsNoInternals(page);
        }
        Map<String, String> others = new LinkedHashMap<>();
        others.put("meetings/edit.xhtml?id=99999999", notFound);
        others.put("editions/view.xhtml?id=-1", "This edition does not exist.");
        others.put("editions/edit.xhtml?id=99999999", "This edition does not exist.");
        others.put("organisations/view.xhtml?id=99999999999", "This organisation does not exist.");
        others.put("agreements/edit.xhtml?id=-7", "This agreement does not exist.");
        others.forEach((page, text) -> {
            driver.get(base + page);
            Browser.awaitQuiet(driver);
            assertThat(text("notFound")).as(page).startsWith(text);
            assertShowsNoInternals(page);
        });
        driver.get(base + "no/such/page.xhtml");
        assertThat(heading()).isEqualTo("Page not found");
        assertShowsNoInternals("no such page");

        // A restricted meeting of no organisation: a delegate is told exactly what an unknown id tells.
        String forbiddenId = String.valueOf(meeting("Restricted " + unique()));
        assertThat(MeetingPage.open(driver, base, Long.parseLong(forbiddenId)).heading()).startsWith("Restricted ");
        TestAccounts.ensureSignedInAs(driver, base, "Delegate", "AFRIPOL");
        driver.get(base + "meetings/view.xhtml?id=" + forbiddenId);
        Browser.awaitQuiet(driver);
        String forbiddenAnswer = driver.findElement(By.tagName("main")).getText();
        driver.get(base + "meetings/view.xhtml?id=-1");
        Browser.awaitQuiet(driver);
        assertThat(forbiddenAnswer).isEqualTo(driver.findElement(By.tagName("main")).getText()).contains(notFound);
    }

    // --- view state ---

    @Test
    void aFormWithoutAValidViewStateChangesNothingAndGetsTheExpiredPage() {
        signInAsSecretariat();
        Map<String, Runnable> tamperings = new LinkedHashMap<>();
        tamperings.put("removed", () -> Forgery.removeViewState(driver));
        tamperings.put("made up", () -> Forgery.forgeViewState(driver, "-4242424242:4242424242"));
        tamperings.put("stateless", () -> Forgery.forgeViewState(driver, "stateless"));

        tamperings.forEach((how, tampering) -> {
            String title = "View state " + how + " " + unique();
            MeetingFormPage.openNew(driver, base).fillRequired(title);
            tampering.run();
            driver.findElement(By.id("meetingForm:save")).click();
            awaitHeading(EXPIRED);
            assertShowsNoInternals("meeting form, view state " + how);
            assertNoMeetingTitled(title);
        });

        MeetingPage meeting = openSharedMeeting();
        List<String> agenda = meeting.agendaTitles();
        type("agendaForm:itemTitle", "Added without view state");
        type("agendaForm:plannedMinutes", "5");
        Forgery.removeViewState(driver);
        driver.findElement(By.id("agendaForm:addItem")).click();
        awaitHeading(EXPIRED);
        assertThat(openSharedMeeting().agendaTitles()).isEqualTo(agenda);
    }

    @Test
    void formPostsWithoutTheirViewStateChangeNothingOverHttpAndNoActionRunsOnAGet() {
        signInAsSecretariat();
        openSharedMeeting();
        HttpVisitor visitor = new HttpVisitor(base)
                .withSession(driver.manage().getCookieNamed(HttpVisitor.SESSION_COOKIE).getValue(),
                        driver.manage().getCookieNamed(HttpVisitor.SESSION_VERSION_COOKIE) == null ? null
                                : driver.manage().getCookieNamed(HttpVisitor.SESSION_VERSION_COOKIE).getValue());
        String meetingPage = "meetings/view.xhtml?id=" + sharedMeeting;
        String marker = "Over HTTP " + unique();

        // The same post with its real view state adds the item: the harness itself works.
        Answer control = visitor.submit(visitor.get(meetingPage), "agendaForm", "addItem",
                MeetingPage.agendaItemFields(marker + " (control)"));
        assertThat(control.status()).isEqualTo(200);
        assertThat(visitor.get(meetingPage).body()).contains(marker + " (control)");

        Map<String, String> forgedStates = new LinkedHashMap<>();
        forgedStates.put("removed", null);
        forgedStates.put("made up", "-4242424242:4242424242");
        forgedStates.put("stateless", "stateless");
        forgedStates.put("another session's", anotherSessionsViewState(meetingPage));
        forgedStates.forEach((how, viewState) -> {
            Map<String, String> fields = MeetingPage.agendaItemFields(marker + " " + how);
            fields.put(HttpVisitor.VIEW_STATE, viewState);
            Answer answer = visitor.submit(visitor.get(meetingPage), "agendaForm", "addItem", fields);
            if (answer.status() == 302) {
                answer = visitor.follow(answer);
            }
            assertThat(answer.heading()).as("view state %s", how).isEqualTo(EXPIRED);
            NoInternals.assertShowsNoInternals("agenda post, view state " + how, answer.body());
        });
        Answer newMeeting = visitor.get("meetings/edit.xhtml");
        Map<String, String> meetingFields = new LinkedHashMap<>();
        meetingFields.put("meetingForm:title", marker + " meeting");
        meetingFields.put(HttpVisitor.VIEW_STATE, null);
        Answer withoutState = visitor.submit(newMeeting, "meetingForm", "save", meetingFields);
        assertThat(visitor.follow(withoutState).heading()).isEqualTo(EXPIRED);

        // A GET never runs an action, even with the page's own view state and the form's fields in its address.
        Answer page = visitor.get(meetingPage);
        Map<String, String> query = new LinkedHashMap<>(page.hiddenFields("agendaForm"));
        query.putAll(MeetingPage.agendaItemFields(marker + " by GET"));
        query.put("agendaForm:addItem", "agendaForm:addItem");
        Answer get = visitor.get(meetingPage + "&" + HttpVisitor.encode(query));
        assertThat(get.status()).isEqualTo(200);
        Answer list = visitor.get("meetings/list.xhtml");
        Map<String, String> listQuery = new LinkedHashMap<>(list.hiddenFields("meetingsForm"));
        listQuery.put("meetingsForm:meetings:titleColumn:filter", marker);
        listQuery.put("jakarta.faces.source", "meetingsForm:meetings");
        listQuery.put("jakarta.faces.partial.ajax", "true");
        assertThat(visitor.get("meetings/list.xhtml?" + HttpVisitor.encode(listQuery)).status()).isEqualTo(200);

        String agenda = visitor.get(meetingPage).body();
        assertThat(agenda).contains(marker + " (control)")
                .doesNotContain(marker + " removed", marker + " made up", marker + " stateless",
                        marker + " another session's", marker + " by GET");
        assertNoMeetingTitled(marker + " meeting");
    }

    // --- helpers ---

    private void signInAsSecretariat() {
        TestAccounts.ensureSignedInAs(driver, base, "Secretariat", null);
    }

    /** Opens the meeting the tests add to, making it the first time. */
    private MeetingPage openSharedMeeting() {
        if (sharedMeeting == null) {
            sharedMeeting = meeting("Hostile input target " + unique());
        }
        driver.get(base + "meetings/view.xhtml?id=" + sharedMeeting);
        Browser.awaitQuiet(driver);
        assertThat(driver.findElements(By.id("agendaForm"))).as(driver.getCurrentUrl()).isNotEmpty();
        return new MeetingPage(driver);
    }

    /** As the secretariat, through the meetings fixture: a meeting of no organisation (the form is tested above). */
    private long meeting(String title) {
        return Fixtures.meeting(base, title, "");
    }


    /** A valid view state of the same page, but of another user's session. */
    private String anotherSessionsViewState(String page) {
        HttpVisitor administrator = new HttpVisitor(base);
        administrator.signIn("admin", TestAccounts.ADMIN_PASSWORD);
        return administrator.get(page).viewState().orElseThrow();
    }

    /** Asserts that the meetings list finds no meeting with that title (the list's filter, in the browser). */
    private void assertNoMeetingTitled(String title) {
        driver.get(base + "meetings/list.xhtml");
        Browser.awaitQuiet(driver);
        WebElement filter = driver.findElement(By.id("meetingsForm:meetings:titleColumn:filter"));
        filter.sendKeys(title);
        Browser.waitUpTo(driver, 15).until(d -> {
            Browser.awaitQuiet(d);
            return d.findElements(By.cssSelector("#meetingsForm\\:meetings a.meeting-link")).isEmpty();
        });
        assertThat(new MeetingListPage(driver).titles()).isEmpty();
    }

    /** Ticks options of a PrimeFaces checkbox menu by the start of their labels. */
    private void tick(String menuId, String... labels) {
        driver.findElement(By.id(menuId)).click();
        By items = By.cssSelector("[id='" + menuId + "_panel'] li[data-item-value] label");
        for (String label : labels) {
            Browser.waitUpTo(driver, 10)
                    .until(ExpectedConditions.visibilityOfAllElementsLocatedBy(items)).stream()
                    .filter(l -> l.getText().startsWith(label + " ")).findFirst().orElseThrow().click();
        }
        driver.findElement(By.tagName("h1")).click(); // a click outside closes the menu
    }

    /** The error shown in the same field block as the element with that id, waiting for it to appear. */
    private String messageNextTo(String id) {
        By message = By.xpath("//*[@id='" + id + "']/ancestor::*[contains(concat(' ', @class, ' '), ' field ')][1]"
                + "//*[contains(@class, 'ui-message-error-detail')]");
        return Browser.waitUpTo(driver, 15)
                .until(ExpectedConditions.visibilityOfElementLocated(message)).getText().strip();
    }

    private void awaitHeading(String heading) {
        Browser.waitUpTo(driver, 30).until(d -> {
            List<WebElement> h1 = d.findElements(By.tagName("h1"));
            return !h1.isEmpty() && heading.equals(h1.get(0).getText());
        });
        Browser.awaitQuiet(driver);
    }

    private void assertShowsNoInternals(String where) {
        NoInternals.assertShowsNoInternals(where, driver.getPageSource());
    }

    private void click(String id) {
        driver.findElement(By.id(id)).click();
        Browser.awaitQuiet(driver);
    }

    private void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

}
