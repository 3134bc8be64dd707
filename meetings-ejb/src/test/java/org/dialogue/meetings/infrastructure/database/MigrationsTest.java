package org.dialogue.meetings.infrastructure.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrations on an H2 database in a file, as the application runs them at each start: the reference data is
 * loaded once however often the server restarts, and an existing database keeps its rows when it is upgraded.
 */
class MigrationsTest {

    @TempDir
    Path folder;

    @Test
    void restartsNeverDuplicateTheReferenceData() throws SQLException {
        String url = "jdbc:h2:file:" + folder.resolve("meetings");

        migrate(url);
        migrate(url); // the second start of the server
        migrate(url);

        assertThat(count(url, "select count(*) from organisation")).isEqualTo(8);
        assertThat(count(url, "select count(*) from organisation where acronym = 'EUROPOL'")).isEqualTo(1);
        assertThat(count(url, "select count(*) from priority_axis where edition_id = 102")).isEqualTo(4);
        assertThat(count(url, "select count(*) from edition_participant where edition_id = 103")).isEqualTo(8);
    }

    @Test
    void anUpgradeKeepsTheRowsOfTheEarlierVersion() throws SQLException {
        String url = "jdbc:h2:file:" + folder.resolve("upgraded");
        flyway(url).target("1").load().migrate();
        execute(url, "insert into organisation (id, version, acronym, name, kind) values (5000, 1, 'EARLIERPOL',"
                + " 'Entered before the upgrade', 'GLOBAL')");

        migrate(url);

        assertThat(count(url, "select count(*) from organisation where name = 'Entered before the upgrade'"))
                .isEqualTo(1);
    }

    private static void migrate(String url) {
        flyway(url).load().migrate();
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url) {
        return Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration");
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
