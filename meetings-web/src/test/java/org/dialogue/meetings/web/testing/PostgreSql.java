package org.dialogue.meetings.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL server the tests are given ({@code -Dit.postgresql.url/user/password}, as for the EJB module's
 * PostgreSQL pass): databases of the tests' own beside the given one (the role needs CREATEDB, which {@code .ci/run}
 * grants), and Debian's {@code psql}, {@code pg_dump} and {@code pg_restore} run on them as an operator would. The
 * given database only serves to connect for {@code CREATE} and {@code DROP DATABASE}: the EJB module's PostgreSQL
 * pass has left its data in it.
 */
public final class PostgreSql {

    private final URI server;
    private final String givenDatabase;
    private final String user;
    private final String password;

    private PostgreSql(String jdbcUrl, String user, String password) {
        // jdbc:postgresql://host:port/database?options
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        this.server = URI.create("postgresql://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort()));
        this.givenDatabase = uri.getPath().substring(1);
        this.user = user;
        this.password = password;
    }

    /** The server of {@code it.postgresql.url}, or null when the tests are given none. */
    public static PostgreSql given() {
        String url = System.getProperty("it.postgresql.url", "");
        if (url.isBlank() || url.startsWith("${")) {
            return null;
        }
        return new PostgreSql(url, System.getProperty("it.postgresql.user"),
                System.getProperty("it.postgresql.password"));
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + server.getHost() + ":" + server.getPort() + "/" + database;
    }

    /**
     * The JVM options that put a test server on {@code database} besides its {@code -Dmeetings.db.url}: this server's
     * user and password, and PostgreSQL's data source class (the MPCONFIG names of {@code web.xml}).
     */
    public String serverOptions() {
        return "-Dmeetings.db.user=" + user + " -Dmeetings.db.password=" + password
                + " -Dmeetings.db.datasource-class=org.postgresql.ds.PGSimpleDataSource";
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user, password);
    }

    /** Drops the database if a previous run left it, and creates it empty, owned by the tests' role. */
    public void recreate(String database) throws SQLException {
        drop(database);
        execute("CREATE DATABASE " + database + " TEMPLATE template0 ENCODING 'UTF8'");
    }

    public void drop(String database) throws SQLException {
        execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = connect(givenDatabase); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** {@code psql -f file}, stopping at the first error. */
    public void psql(String database, Path file) {
        run("psql", "--no-psqlrc", "--quiet", "--set", "ON_ERROR_STOP=1", "--dbname", database, "--file",
                file.toString());
    }

    /** {@code pg_dump} with the given format options into {@code file}. */
    public void pgDump(String database, Path file, String... options) {
        List<String> arguments = new ArrayList<>(List.of("pg_dump", "--dbname", database, "--file", file.toString()));
        arguments.addAll(List.of(options));
        run(arguments.toArray(String[]::new));
    }

    /** {@code pg_restore} of a custom-format dump into an empty database, as the operator's guide says. */
    public void pgRestore(String database, Path dump) {
        run("pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", "--dbname", database, dump.toString());
    }

    private void run(String... command) {
        List<String> full = new ArrayList<>(List.of(command));
        full.set(0, binary(command[0]));
        full.addAll(1, List.of("--host", server.getHost(), "--port", Integer.toString(server.getPort()),
                "--username", user, "--no-password"));
        try {
            Path output = Files.createTempFile("postgresql-tool", ".log");
            ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().put("PGPASSWORD", password);
            Process process = builder.start();
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command[0] + " did not end within 300 s");
            }
            String log = Files.readString(output, StandardCharsets.UTF_8);
            Files.delete(output);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " ended with " + process.exitValue() + ":\n"
                        + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Debian's binary of the server's version (PostgreSQL 15), else the one on the PATH. */
    private static String binary(String name) {
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin").resolve(name)).filter(Files::isExecutable)
                    .max(Path::compareTo).map(Path::toString).orElse(name);
        } catch (IOException noDebianLayout) {
            return name;
        }
    }
}
