package org.dialogue.meetings.web.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialogue.meetings.web.operations.EarlierRelease.AFRIPOL_DELEGATE;
import static org.dialogue.meetings.web.operations.EarlierRelease.EUROPOL_DELEGATE;
import static org.dialogue.meetings.web.operations.EarlierRelease.OBSERVER;
import static org.dialogue.meetings.web.operations.EarlierRelease.PASSWORDS;
import static org.dialogue.meetings.web.operations.EarlierRelease.SECRETARIAT;
import static org.dialogue.meetings.web.support.Fixtures.encode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.dialogue.meetings.web.support.Fixtures;
import org.dialogue.meetings.web.testing.PostgreSql;
import org.dialogue.meetings.web.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Makes the earlier release's databases that {@link UpgradeAndRestoreIT} upgrades: not a test, a tool, run by hand on
 * the release whose databases they are (see {@code src/test/resources/upgrade/README.md}). It starts that release's
 * WAR with the test fixture servlets on an empty H2 file, then on an empty PostgreSQL database, fills each through the
 * real services ({@link #fill}), stops the server and exports the database as text: H2's {@code SCRIPT} and
 * {@code pg_dump}'s plain SQL. Both servers share one data folder, so both databases' minutes are signed with one key,
 * whose keystore is copied beside the dumps.
 *
 * <p>Run only with {@code -Dupgrade.fixtures.make=true -Dit.test=UpgradeFixtures} and a PostgreSQL database given as to
 * the tests ({@code -Dit.postgresql.url/user/password}, an empty database: {@code upgrade.fixtures.database}).
 */
@EnabledIfSystemProperty(named = "upgrade.fixtures.make", matches = "true")
class UpgradeFixtures {

    private final Path work = Path.of(TestServer.required("upgrade.dir")).resolve("making");
    private final Path out = Path.of(System.getProperty("upgrade.fixtures.out", "src/test/resources/upgrade"));

    @Test
    void makeTheEarlierReleasesDatabases() throws Exception {
        Path data = work.resolve("data");
        Files.createDirectories(out);

        Path h2 = work.resolve("h2").resolve("meetings");
        try (TestServer server = TestServer.startWithFixtures(work.resolve("h2-server"),
                "jdbc:h2:file:" + h2 + ";WRITE_DELAY=0", data, jvmOptions())) {
            fill(server.address());
        }
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + h2, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("SCRIPT NOPASSWORDS NOSETTINGS TO '" + out.resolve("h2-earlier-release.sql")
                    + "' CHARSET 'UTF-8'");
        }

        PostgreSql postgreSql = PostgreSql.given();
        assertThat(postgreSql).as("-Dit.postgresql.url/user/password").isNotNull();
        String database = System.getProperty("upgrade.fixtures.database", "upgrade_fixture");
        postgreSql.recreate(database);
        try (TestServer server = TestServer.startWithFixtures(work.resolve("postgresql-server"),
                postgreSql.jdbcUrl(database), data, jvmOptions() + " -Dmeetings.db.user=" + postgreSql.user()
                        + " -Dmeetings.db.password=" + postgreSql.password()
                        + " -Dmeetings.db.datasource-class=org.postgresql.ds.PGSimpleDataSource")) {
            fill(server.address());
        }
        postgreSql.pgDump(database, out.resolve("postgresql-earlier-release.sql"), "--format=plain", "--no-owner",
                "--no-privileges");

        Files.copy(data.resolve("signing-key.p12"), out.resolve("signing-key.p12"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(data.resolve("signing-key.p12.password"), out.resolve("signing-key.p12.password"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Users, meetings, minutes and actions, as {@link EarlierRelease} lists them: the administrator makes the users,
     * the secretariat the meetings and their minutes, the delegates approve.
     */
    private static void fill(String base) {
        user(base, SECRETARIAT, "Upgrade Secretariat", "SECRETARIAT", null);
        user(base, AFRIPOL_DELEGATE, "Amina Haddad", "DELEGATE", "AFRIPOL");
        user(base, EUROPOL_DELEGATE, "Jan Visser", "DELEGATE", "EUROPOL");
        user(base, OBSERVER, "Observer of AMERIPOL", "OBSERVER", "AMERIPOL");

        long english = minutes(base, meeting(base, EarlierRelease.APPROVED_IN_ENGLISH, "2031-03-17"), "EN");
        approve(base, english, AFRIPOL_DELEGATE);
        assertThat(approve(base, english, EUROPOL_DELEGATE)).isEqualTo("APPROVED");
        long french = meeting(base, EarlierRelease.APPROVED_IN_FRENCH, "2031-04-14");
        long frenchMinutes = minutes(base, french, "FR");
        approve(base, frenchMinutes, EUROPOL_DELEGATE);
        assertThat(approve(base, frenchMinutes, AFRIPOL_DELEGATE)).isEqualTo("APPROVED");
        long circulating = minutes(base, meeting(base, EarlierRelease.IN_CIRCULATION, "2031-05-12"), "EN");
        assertThat(approve(base, circulating, AFRIPOL_DELEGATE)).isEqualTo("CIRCULATED");
        meeting(base, EarlierRelease.WITHOUT_MINUTES, "2031-06-09");
    }

    private static void user(String base, String username, String fullName, String role, String organisation) {
        Fixtures.asAdministrator(base, "accounts?username=" + encode(username) + "&fullName=" + encode(fullName)
                + "&role=" + role + "&password=" + encode(PASSWORDS.get(username))
                + (organisation == null ? "" : "&organisation=" + organisation));
    }

    private static long meeting(String base, String title, String day) {
        return Long.parseLong(Fixtures.as(base, SECRETARIAT, PASSWORDS.get(SECRETARIAT), "upgrade?step=meeting&title="
                + encode(title) + "&day=" + day));
    }

    /** Opens, writes and circulates the meeting's minutes; their id. */
    private static long minutes(String base, long meeting, String language) {
        return Long.parseLong(Fixtures.as(base, SECRETARIAT, PASSWORDS.get(SECRETARIAT), "upgrade?step=minutes&meeting="
                + meeting + "&language=" + language + "&run=" + encode("meeting " + meeting)));
    }

    private static String approve(String base, long minutes, String delegate) {
        return Fixtures.as(base, delegate, PASSWORDS.get(delegate), "upgrade?step=approve&minutes=" + minutes);
    }

    private static String jvmOptions() {
        return System.getProperty("payara.micro.jvmOptions", "");
    }
}
