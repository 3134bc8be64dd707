package org.dialogue.meetings.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.dialogue.meetings.web.fixtures.CalendarFixtureServlet;
import org.dialogue.meetings.web.support.HttpVisitor;
import org.dialogue.meetings.web.support.HttpVisitor.Answer;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.junit.jupiter.api.Test;

/**
 * Calendar files at the HTTP level, on the WAR as built: a meeting's {@code .ics} for a signed-in delegate (and 404 for
 * a meeting of another organisation, like a missing one), the link to it on the meeting page, and the personal feed
 * made on the profile page and read by token without signing in, without a session, with the calendar media type;
 * a new address stops the old one. Users are made through the user page (as an administrator does) and meetings by a
 * test-only servlet through the services ({@link CalendarFixtureServlet}).
 */
@ApplicationTest
class CalendarFeedHttpIT {

    private static final Pattern FEED_ADDRESS = Pattern.compile("calendar/feeds/([A-Za-z0-9_-]{43})\\.ics");

    /** Made once per run: the delegate's signed-in visitor and the two meetings' ids. */
    private static Fixture fixture;

    private record Fixture(HttpVisitor delegate, long ours, long theirs) {
    }

    @ApplicationAddress
    private String base;

    @Test
    void aSignedInUserDownloadsTheMeetingsTheyMaySeeAndNoOther() throws Exception {
        Fixture f = fixture();

        Answer file = f.delegate().get("calendar/meetings/" + f.ours() + ".ics");

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type").orElse("").toLowerCase().replace(" ", ""))
                .isEqualTo("text/calendar;charset=utf-8");
        assertThat(file.header("Content-Disposition")).contains("attachment; filename=\"meeting-" + f.ours()
                + ".ics\"");
        Calendar calendar = parse(file.body());
        assertThat(uids(calendar)).containsExactly("meeting-" + f.ours() + "@dialogue-meetings");
        assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).contains("PUBLISH");

        // Another organisation's restricted meeting answers exactly like one that does not exist.
        for (String address : new String[] {"calendar/meetings/" + f.theirs() + ".ics",
                "calendar/meetings/987654321098.ics", "calendar/meetings/abc.ics", "calendar/meetings/" + f.ours(),
                "calendar/meetings/"}) {
            Answer refused = f.delegate().get(address);
            assertThat(refused.status()).as(address).isEqualTo(404);
            assertThat(refused.body()).as(address).contains("Page not found").doesNotContain("BEGIN:VCALENDAR");
        }

        // The meeting page links to the file.
        Answer page = f.delegate().get("meetings/view.xhtml?id=" + f.ours());
        assertThat(page.body()).contains("calendar/meetings/" + f.ours() + ".ics");

        // Without signing in: the sign-in page, no session.
        HttpVisitor anonymous = new HttpVisitor(base);
        Answer toSignIn = anonymous.get("calendar/meetings/" + f.ours() + ".ics");
        assertThat(toSignIn.status()).isEqualTo(302);
        assertThat(toSignIn.location().getPath()).endsWith("/login.xhtml");
        assertThat(toSignIn.setCookies()).isEmpty();
    }

    @Test
    void theFeedIsReadByTokenWithoutSigningInAndANewAddressStopsTheOldOne() throws Exception {
        Fixture f = fixture();
        Answer profile = f.delegate().get("account/profile.xhtml");
        assertThat(profile.status()).isEqualTo(200);
        String button = profile.body().contains("calendarFeedForm:createFeed") ? "createFeed" : "renewFeed";

        Answer made = f.delegate().submit(profile, "calendarFeedForm", button, Map.of());
        String token = token(made);
        HttpVisitor calendarApplication = new HttpVisitor(base);
        Answer feed = calendarApplication.get("calendar/feeds/" + token + ".ics");

        assertThat(made.body()).contains("Copy it now");
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.header("Content-Type").orElse("").toLowerCase().replace(" ", ""))
                .isEqualTo("text/calendar;charset=utf-8");
        assertThat(feed.setCookies()).as("a feed creates no session").isEmpty();
        assertThat(calendarApplication.sessionId()).isNull();
        assertThat(feed.header("Cache-Control")).contains("no-store");
        List<String> uids = uids(parse(feed.body()));
        assertThat(uids).contains("meeting-" + f.ours() + "@dialogue-meetings")
                .doesNotContain("meeting-" + f.theirs() + "@dialogue-meetings");

        // A new address: shown once; the old one is gone at once, the new one works.
        Answer again = f.delegate().get("account/profile.xhtml");
        assertThat(again.body()).contains("calendarFeedForm:renewFeed").doesNotContain(token);
        String renewed = token(f.delegate().submit(again, "calendarFeedForm", "renewFeed", Map.of()));
        Answer old = calendarApplication.get("calendar/feeds/" + token + ".ics");
        Answer current = calendarApplication.get("calendar/feeds/" + renewed + ".ics");

        assertThat(renewed).isNotEqualTo(token);
        assertThat(old.status()).isEqualTo(404);
        assertThat(old.body()).doesNotContain("BEGIN:VCALENDAR");
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.setCookies()).isEmpty();
        assertThat(calendarApplication.get("calendar/feeds/not-a-token.ics").status()).isEqualTo(404);
        assertThat(calendarApplication.sessionId()).as("no answer of the feed address created a session").isNull();
    }

    // --- helpers ---

    private String token(Answer page) {
        Matcher address = FEED_ADDRESS.matcher(page.body());
        assertThat(address.find()).as("a feed address on the profile page (%s, %s)", page.status(),
                page.errorMessages()).isTrue();
        return address.group(1);
    }

    /** The delegate (AFRIPOL) signed in, and two restricted meetings: AFRIPOL's and EUROPOL's. */
    private synchronized Fixture fixture() {
        if (fixture == null) {
            String run = UUID.randomUUID().toString().substring(0, 6);
            HttpVisitor admin = new HttpVisitor(base);
            assertThat(admin.signIn("admin", TestAccounts.ADMIN_PASSWORD).status()).isEqualTo(302);
            String afripol = admin.get("it-fixtures/calendar?what=organisations").body().split(" ")[0];
            HttpVisitor secretariat = user(admin, "cal-secretariat-" + run, "SECRETARIAT", "");
            HttpVisitor delegate = user(admin, "cal-delegate-" + run, "DELEGATE", afripol);
            String[] ids = secretariat.get("it-fixtures/calendar?what=meetings&run=" + run).body().split(" ");
            fixture = new Fixture(delegate, Long.parseLong(ids[0]), Long.parseLong(ids[1]));
        }
        return fixture;
    }

    /** A user made on the user page, signed in with the one-time password and with their own password chosen. */
    private HttpVisitor user(HttpVisitor admin, String username, String role, String organisationId) {
        Answer created = admin.submit(admin.get("admin/user.xhtml"), "userForm", "save", Map.of(
                "userForm:username", username, "userForm:fullName", "Calendar " + role.toLowerCase(),
                "userForm:role_input", role, "userForm:organisationId_input", organisationId));
        Matcher issued = Pattern.compile("id=\"issuedPassword\"[^>]*>([^<]+)<").matcher(created.body());
        assertThat(issued.find()).as("one-time password shown: %s", created.errorMessages()).isTrue();
        String oneTime = issued.group(1).strip();
        HttpVisitor user = new HttpVisitor(base);
        assertThat(user.signIn(username, oneTime).status()).isEqualTo(302);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("passwordForm:currentPassword", oneTime);
        fields.put("passwordForm:newPassword", TestAccounts.USER_PASSWORD);
        fields.put("passwordForm:confirmation", TestAccounts.USER_PASSWORD);
        Answer changed = user.submit(user.get("account/password.xhtml"), "passwordForm", "changePassword", fields);
        assertThat(changed.status()).as("password changed: %s", changed.errorMessages()).isEqualTo(302);
        return user;
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static List<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream().map(e -> e.getUid().orElseThrow().getValue())
                .toList();
    }

}
