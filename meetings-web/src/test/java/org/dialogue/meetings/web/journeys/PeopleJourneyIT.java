package org.dialogue.meetings.web.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.dialogue.meetings.web.browser.Browser;
import org.dialogue.meetings.web.pages.MeetingFormPage;
import org.dialogue.meetings.web.pages.MeetingPage;
import org.dialogue.meetings.web.pages.OrganisationPage;
import org.dialogue.meetings.web.pages.UserListPage;
import org.dialogue.meetings.web.pages.UserPages;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.dialogue.meetings.web.testing.ClassBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * People and delegations in a real browser: the secretariat edits an organisation and keeps its people, chooses a
 * meeting's delegation among them (and adds a new person on the spot), edits an agenda item; the administrator links a
 * user account to its person; a delegate of another organisation reads names but no contact details. Every name is
 * new, so the journey does not depend on other tests.
 */
@ApplicationTest(noConsoleErrors = true)
class PeopleJourneyIT {

    private static final String ORGANISATION = "GCCPOL";

    @ClassBrowser
    private static WebDriver driver;

    @ApplicationAddress
    private String base;

    @Test
    void theSecretariatKeepsPeopleChoosesADelegationAmongThemAndTheAdministratorLinksAnAccount() {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String head = "Khalid Al-Mansouri " + unique;
        String newcomer = "Layla Haddad " + unique;
        TestAccounts.ensureSignedInAs(driver, base, "Secretariat", null);

        // The organisation's facts are edited from its page.
        OrganisationPage organisation = OrganisationPage.open(driver, base, ORGANISATION);
        assertThat(organisation.offersEdit()).isTrue();
        organisation.edit("Abu Dhabi", "Motto " + unique);
        assertThat(organisation.heading()).isEqualTo(ORGANISATION);
        assertThat(organisation.messages()).contains(ORGANISATION + " saved.");
        assertThat(organisation.facts()).contains("Abu Dhabi", "Motto " + unique);
        long organisationId = organisation.id();

        // Its people: added and changed in a dialog; a wrong e-mail address is explained and the dialog stays open.
        organisation.addPerson(head, "Director", "not an address", "Arabic");
        assertThat(organisation.personDialogOpen()).isTrue();
        assertThat(organisation.messages()).contains("Enter an e-mail address such as name@example.org.");
        organisation = OrganisationPage.open(driver, base, organisationId)
                .addPerson(head, "Director", "khalid@example.org", "Arabic");
        assertThat(organisation.messages()).contains(head + " added.");
        assertThat(organisation.people()).contains(head);
        int row = organisation.people().indexOf(head);
        organisation.editPerson(row, head, "Director general", "khalid@example.org", null);
        assertThat(organisation.peopleText()).contains("Director general", "khalid@example.org", "Arabic");

        // A meeting: an agenda item edited in place, the delegation chosen among the people.
        String title = "Delegations meeting " + unique;
        int month = ThreadLocalRandom.current().nextInt(1, 13);
        int day = ThreadLocalRandom.current().nextInt(1, 29);
        String date = String.format("2032-%02d-%02d", month, day);
        MeetingPage meeting = MeetingFormPage.openNew(driver, base).fillRequired(title)
                .start(date + " 09:30").end(date + " 17:00").save();
        meeting.addAgendaItem("Opening", 15).addAgendaItem("Regional threats", 30)
                .editAgendaItem(1, "Regional threats and trends", 45);
        assertThat(meeting.agendaTitles()).as(meeting.messages())
                .containsExactly("Opening", "Regional threats and trends");
        assertThat(meeting.infoMessages()).contains("Agenda item \"Regional threats and trends\" saved.");
        assertThat(meeting.agendaItemMinutes(1)).isEqualTo("45");

        meeting.choosePerson(ORGANISATION, head, "Head of delegation");
        assertThat(meeting.delegations()).as(meeting.messages()).contains(ORGANISATION);
        assertThat(meeting.delegationText(ORGANISATION)).contains(head, "Head of delegation");

        // A new person on the spot: a second head is refused (the dialog keeps what was typed), a delegate is added.
        meeting.addNewPerson(ORGANISATION, newcomer, "Analyst", "Head of delegation");
        assertThat(meeting.newPersonDialogOpen()).isTrue();
        assertThat(meeting.messages()).contains(ORGANISATION + " already has a head of delegation for this meeting ("
                + head + ")");
        meeting.retryNewPersonAs("Delegate");
        Browser.waitUpTo(driver, 10).until(d -> !meeting.newPersonDialogOpen());
        assertThat(meeting.delegationText(ORGANISATION)).contains(head, newcomer, "Delegate");
        long meetingId = meeting.id();
        assertThat(MeetingPage.open(driver, base, meetingId).delegationText(ORGANISATION))
                .contains(head, newcomer);
        Browser.screenshot(driver, "meeting-delegations");

        // The newcomer is one of the organisation's people now; a person in a delegation is not removed.
        organisation = OrganisationPage.open(driver, base, organisationId);
        assertThat(organisation.people()).contains(head, newcomer);
        organisation.removePerson(organisation.people().indexOf(head));
        assertThat(organisation.messages()).contains(head + " cannot be removed: takes part in \u201c" + title
                + "\u201d");
        assertThat(organisation.people()).contains(head);
        Browser.screenshot(driver, "organisation-people");

        // A delegate of another organisation reads the names and functions, not the contact details, and changes
        // nothing there.
        TestAccounts.signInAs(driver, base, "Delegate", "EUROPOL");
        organisation = OrganisationPage.open(driver, base, organisationId);
        assertThat(organisation.people()).contains(head, newcomer);
        assertThat(organisation.peopleText()).contains("Director general", "Shown to the organisation")
                .doesNotContain("khalid@example.org", "Arabic");
        assertThat(organisation.offersAddPerson()).isFalse();
        assertThat(organisation.offersEdit()).isFalse();

        // The administrator links a new user of the organisation to their person.
        TestAccounts.signInAsAdministrator(driver, base);
        String username = "people-" + unique;
        UserPages user = UserPages.openNew(driver, base);
        user.create(username, newcomer, "Delegate", ORGANISATION);
        user.linkPerson(newcomer);
        assertThat(user.messages()).contains("The account " + username + " is linked to its person.");
        long userId = UserListPage.open(driver, base).filterByText(username).openUser(username);
        assertThat(UserPages.open(driver, base, userId).linkedPerson()).startsWith(newcomer);
    }

}
