package org.dialogue.meetings.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.dialogue.meetings.ServiceDeployment;
import org.dialogue.meetings.domain.account.InvalidTimeZoneException;
import org.dialogue.meetings.domain.meeting.AgendaItemKind;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.MeetingKind;
import org.dialogue.meetings.domain.meeting.TimedAgendaItem;
import org.dialogue.meetings.domain.shared.StaleRecordException;
import org.dialogue.meetings.testing.Caller;
import org.dialogue.meetings.testing.ContainerTest;
import org.dialogue.meetings.testing.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, parts 2 and 3 in the container: a user's own time zone saved and kept (a browser's zone never replaces a
 * chosen one, an invalid one is refused or ignored), and breaks and moves of the timed agenda persisted under the
 * meeting's version.
 */
@ContainerTest
class TimeZonesAndTimedAgendaIT {

    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @Inject
    private TestUsers users;

    @EJB
    private AccountService accountService;

    @EJB
    private MeetingService meetingService;

    @EJB
    private OrganisationService organisationService;

    @BeforeEach
    void accounts() {
        users.ensureAccounts();
    }

    @Test
    void aUserChoosesTheirZoneAndABrowserZoneNeverReplacesIt() {
        Caller observer = users.observer();
        AccountSummary before = observer.call(accountService::me);

        AccountSummary chosen = observer.call(() -> accountService.changeOwnTimeZone(before.getVersion(),
                "Pacific/Auckland"));

        assertThat(chosen.getTimeZone()).isEqualTo(AUCKLAND);
        assertThat(chosen.getVersion()).isGreaterThan(before.getVersion());
        // A later sign-in from a browser elsewhere keeps the chosen zone; garbage from the form is ignored.
        assertThat(observer.call(() -> accountService.adoptBrowserTimeZone("Asia/Tokyo")).getTimeZone())
                .isEqualTo(AUCKLAND);
        assertThat(observer.call(() -> accountService.adoptBrowserTimeZone("<b>nowhere</b>")).getTimeZone())
                .isEqualTo(AUCKLAND);
        assertThat(observer.call(accountService::me).getTimeZone()).isEqualTo(AUCKLAND);
        assertThat(observer.call(accountService::me).getVersion()).isEqualTo(chosen.getVersion());

        // An invalid zone on the profile page is refused next to its field; a stale page is refused too.
        assertThatThrownBy(() -> observer.run(() -> accountService.changeOwnTimeZone(chosen.getVersion(),
                "Mars/Olympus_Mons")))
                .isInstanceOf(InvalidTimeZoneException.class)
                .satisfies(e -> assertThat(((InvalidTimeZoneException) e).field()).contains("timeZone"));
        assertThatThrownBy(() -> observer.run(() -> accountService.changeOwnTimeZone(before.getVersion(),
                "Europe/Paris")))
                .isInstanceOf(StaleRecordException.class);
        assertThat(observer.call(accountService::me).getTimeZone()).isEqualTo(AUCKLAND);

        // Each user has their own zone: the delegate's is not the observer's.
        AccountSummary delegate = users.delegate().call(accountService::me);
        users.delegate().run(() -> accountService.changeOwnTimeZone(delegate.getVersion(), "Asia/Kolkata"));
        assertThat(users.delegate().call(accountService::me).getTimeZone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
        assertThat(observer.call(accountService::me).getTimeZone()).isEqualTo(AUCKLAND);
    }

    @Test
    void breaksAndMovesAreSavedAndTheAgendaIsTimedFromTheReloadedMeeting() {
        Caller secretariat = users.secretariat();
        // Across the end of summer time in Paris (31 October 2027, 03:00 CEST becomes 02:00 CET).
        Meeting scheduled = secretariat.call(() -> meetingService.schedule(new MeetingDetails(
                MeetingKind.JOINT_OPERATIONAL_MEETING, "Timed agenda " + unique(), LocalDateTime.of(2027, 10, 31, 1, 0),
                LocalDateTime.of(2027, 10, 31, 4, 0), PARIS, "Headquarters", "Room " + unique(), "Lyon", "France",
                Set.of(acronymId("INTERPOL")), null, null)));
        long id = scheduled.getId();
        Meeting one = secretariat.call(() -> meetingService.addAgendaItem(id, scheduled.getVersion(),
                new AgendaItemDetails("Briefing", null, 90, null)));
        Meeting two = secretariat.call(() -> meetingService.addAgendaItem(id, one.getVersion(),
                new AgendaItemDetails(AgendaItemKind.BREAK, "Coffee", null, 30, null)));
        Meeting three = secretariat.call(() -> meetingService.addAgendaItem(id, two.getVersion(),
                new AgendaItemDetails("Night phase", null, 150, null)));
        long coffee = three.getAgenda().get(1).getId();

        Meeting moved = secretariat.call(() -> meetingService.moveAgendaItem(id, three.getVersion(), coffee, 0));

        Meeting reloaded = secretariat.call(() -> meetingService.find(id)).orElseThrow();
        assertThat(reloaded.getAgenda()).extracting(i -> i.getTitle() + "/" + i.getKind())
                .containsExactly("Coffee/BREAK", "Briefing/ITEM", "Night phase/ITEM");
        List<TimedAgendaItem> rows = reloaded.timedAgenda();
        assertThat(rows).extracting(r -> r.localStart().toLocalTime() + "-" + r.localEnd().toLocalTime() + " "
                + r.localEnd().getOffset() + (r.overruns() ? " overruns" : ""))
                .containsExactly("01:00-01:30 +02:00", "01:30-02:00 +01:00", "02:00-04:30 +01:00 overruns");

        // A move made on the page loaded before the last change is refused; the saved order stays.
        assertThatThrownBy(() -> secretariat.run(() -> meetingService.moveAgendaItem(id, three.getVersion(), coffee,
                2))).isInstanceOf(StaleRecordException.class);
        assertThat(secretariat.call(() -> meetingService.find(id)).orElseThrow().getAgenda())
                .extracting(i -> i.getTitle()).containsExactly("Coffee", "Briefing", "Night phase");
        assertThat(moved.getVersion()).isGreaterThan(three.getVersion());
    }

    private long acronymId(String acronym) {
        return organisationService.findByAcronym(acronym).orElseThrow().getId();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
