package org.dialogue.meetings.web.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.dialogue.meetings.web.browser.Browser;
import org.dialogue.meetings.web.pages.MeetingFormPage;
import org.dialogue.meetings.web.pages.MeetingPage;
import org.dialogue.meetings.web.pages.MinutesPage;
import org.dialogue.meetings.web.pages.MinutesTranslationsPage;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.dialogue.meetings.web.testing.ClassBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The language of minutes and their translations in a real browser on the WAR as built: the secretariat writes the
 * minutes in Arabic (their content right to left inside the English page), circulates them, adds a French translation
 * and verifies it; a delegate of the organisation taking part reads that translation, left to right, and cannot
 * change it.
 */
@ApplicationTest
class MinutesTranslationsJourneyIT {

    private static final String ORGANISATION = "AFRIPOL";
    private static final String ARABIC_NOTES = "اتفق الطرفان على تبادل قوائم ضباط الاتصال";
    private static final String FRENCH_TEXT = "Les deux parties sont convenues d'échanger les listes des officiers"
            + " de liaison.";

    @ClassBrowser
    private static WebDriver driver;

    @ApplicationAddress
    private String base;

    @Test
    void theSecretariatWritesArabicMinutesVerifiesAFrenchTranslationAndADelegateReadsIt() {
        // Arrange: a delegate of AFRIPOL exists; the secretariat schedules a meeting AFRIPOL co-organises.
        TestAccounts.ensureSignedInAs(driver, base, "Delegate", ORGANISATION);
        TestAccounts.ensureSignedInAs(driver, base, "Secretariat", null);
        long meetingId = MeetingFormPage.openNew(driver, base).fillRequired("Minutes in Arabic " + run())
                .coOrganisers(ORGANISATION).save().id();
        MeetingPage.open(driver, base, meetingId).addAgendaItem("Opening", 10);

        // The language proposed when the minutes are opened is the writer's page language (English here).
        MeetingPage.open(driver, base, meetingId);
        assertThat(new Select(driver.findElement(By.id("minutesForm:minutesLanguage"))).getFirstSelectedOption()
                .getText()).isEqualTo("English");
        MinutesPage minutes = MinutesPage.fromMeeting(driver, base, meetingId);
        long minutesId = minutes.id();
        MinutesTranslationsPage languages = new MinutesTranslationsPage(driver);
        assertThat(languages.minutesLanguage()).isEqualTo("English");
        assertThat(languages.contentLangAndDir()).isEqualTo("en ltr");

        // Act: the secretariat writes the notes in Arabic, then sets Arabic as the minutes' language in the same
        // form: one save keeps both (the notes typed before the language was chosen are not lost).
        minutes.typeNotes(0, null, ARABIC_NOTES);
        languages.chooseMinutesLanguage("Arabic");
        minutes.save();
        assertThat(minutes.editorHtml(0)).contains(ARABIC_NOTES);
        assertThat(languages.minutesLanguage()).isEqualTo("Arabic");
        assertThat(languages.contentLangAndDir()).isEqualTo("ar rtl");
        assertThat(languages.pageLangAndDir()).as("the page around them stays English").isEqualTo("en ltr");

        minutes.circulate();
        assertThat(minutes.state()).isEqualTo("Circulated for approval");
        assertThat(languages.contentLangAndDir()).as("the minutes as read").isEqualTo("ar rtl");
        assertThat(driver.findElement(By.cssSelector("#minutesContent .minutes-notes")).getText())
                .contains(ARABIC_NOTES);

        // A French translation, a draft, then verified.
        assertThat(languages.languages()).isEmpty();
        languages.add("French", FRENCH_TEXT);
        assertThat(languages.messages()).contains("The translation into French is added, as a draft.");
        assertThat(languages.languages()).containsExactly("French");
        assertThat(languages.statuses()).containsExactly("Draft, not verified");
        languages.verify(0);
        assertThat(languages.messages()).contains("The translation into French is verified.");
        assertThat(languages.statuses()).containsExactly("Verified");
        assertThat(languages.row(0)).contains("French", "Verified", TestAccounts.ensureUsername(base,
                "Secretariat", null));
        Browser.screenshot(driver, "minutes-translations");

        // Assert: the AFRIPOL delegate reads the verified French translation, left to right, and changes nothing.
        TestAccounts.ensureSignedInAs(driver, base, "Delegate", ORGANISATION);
        MinutesPage.open(driver, base, minutesId);
        MinutesTranslationsPage reader = new MinutesTranslationsPage(driver);
        assertThat(reader.minutesLanguage()).isEqualTo("Arabic");
        assertThat(reader.contentLangAndDir()).isEqualTo("ar rtl");
        assertThat(reader.languages()).containsExactly("French");
        assertThat(reader.statuses()).containsExactly("Verified");
        assertThat(reader.canWrite()).isFalse();
        reader.read(0);
        assertThat(reader.shownHeading()).contains("Translation into French", "Verified");
        assertThat(reader.shownText()).isEqualTo(FRENCH_TEXT);
        assertThat(reader.shownLangAndDir()).isEqualTo("fr ltr");
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

}
