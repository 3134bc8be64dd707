package org.dialogue.meetings.web.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dialogue.meetings.web.fixtures.AccessibilityFixtureServlet;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * A Payara Micro process serving the application, started as the run command starts it (deployed at the root of the
 * host, the run command's Payara settings) on a free port, with a database, data folder and JVM options of the
 * caller's; the first administrator's password is the tests' ({@code it.admin.password}). Everything it writes goes
 * into its folder in {@code target/}: the Payara Micro root folder and {@code server.log} (the process's output).
 *
 * <p>{@link #startForTheRun()} starts the one server of the browser and HTTP tests ({@link ApplicationServer}), with
 * the test WAR: {@code target/meetings.war} as built plus the test fixture servlets, built in its folder only, so they
 * never reach {@code meetings.war} or the EAR. {@code CrashDurabilityIT} starts and kills servers of its own with
 * {@link #start}.
 */
public final class TestServer implements AutoCloseable {

    /** Ready on this machine in 15-60 s; a loaded machine with two cores can take several times that. */
    private static final Duration READY_WITHIN = Duration.ofSeconds(
            Long.getLong("test.server.startTimeoutSeconds", 300));
    private static final Duration STOP_WITHIN = Duration.ofSeconds(60);
    private static final int LOG_TAIL_LINES = 80;

    private final Process process;
    private final Path log;
    private final String address;
    private final Thread stopAtExit;
    /** From the process's start to the sign-in page's first 200. */
    private Duration readyAfter;

    private TestServer(Process process, Path log, String address) {
        this.process = process;
        this.log = log;
        this.address = address;
        this.stopAtExit = new Thread(() -> stop("by the shutdown hook"), "stop the test server");
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /** The Payara Micro process's id (the page benchmark reads its memory). */
    public long pid() {
        return process.pid();
    }

    /** How long the application took from the process's start to answer its sign-in page. */
    public Duration readyAfter() {
        return readyAfter;
    }

    /** The application's address, ending with a slash. */
    public String address() {
        return address;
    }

    /**
     * The server of the browser and HTTP tests: the test WAR, the tests' database and data folder (the failsafe
     * configuration's {@code it.db.url}, {@code it.data.dir}) and the long-lived servers' JVM options
     * ({@code test.server.jvmOptions}), in {@code test.server.dir}, its http and https requests to the outside sent to
     * the run's {@link OutboundCallTrap}.
     *
     * <p>In the PostgreSQL pass of the API tests ({@code test.server.postgresql.database} set), the database is that
     * one instead, on the server of {@code it.postgresql.url}, dropped and created empty first (never the given
     * database itself, where the EJB module's PostgreSQL pass has left its data).
     */
    static TestServer startForTheRun() {
        Path folder = runFolder();
        Path war = buildTestWar(folder.resolve("meetings-tests.war"));
        String postgreSqlDatabase = System.getProperty("test.server.postgresql.database", "");
        if (postgreSqlDatabase.isBlank()) {
            return start(folder, war, required("it.db.url"), Path.of(required("it.data.dir")),
                    System.getProperty("test.server.jvmOptions", "") + " "
                            + String.join(" ", OutboundCallTrap.ofTheRun().jvmOptions()));
        }
        PostgreSql postgreSql = PostgreSql.given();
        if (postgreSql == null) {
            throw new IllegalStateException("test.server.postgresql.database is set but it.postgresql.url is not");
        }
        try {
            postgreSql.recreate(postgreSqlDatabase);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test server's database " + postgreSqlDatabase
                    + " on the server of it.postgresql.url (is it running? the role needs CREATEDB)", e);
        }
        return start(folder, war, postgreSql.jdbcUrl(postgreSqlDatabase), Path.of(required("it.data.dir")),
                System.getProperty("test.server.jvmOptions", "") + " "
                        + String.join(" ", OutboundCallTrap.ofTheRun().jvmOptions()) + " "
                        + postgreSql.serverOptions());
    }

    /** The folder of the run's server: its WAR, its Payara Micro root folder and its {@code server.log}. */
    public static Path runFolder() {
        return Path.of(System.getProperty("test.server.dir", "target/test-server")).toAbsolutePath();
    }

    /**
     * The test WAR (the application plus the fixture servlets, as {@link #startForTheRun()} builds it, in
     * {@code folder}) on the caller's database and data folder: {@code UpgradeFixtures} makes the earlier release's
     * databases with it.
     */
    public static TestServer startWithFixtures(Path folder, String databaseUrl, Path dataFolder, String jvmOptions) {
        return start(folder, buildTestWar(folder.resolve("meetings-tests.war")), databaseUrl, dataFolder, jvmOptions);
    }

    /**
     * Starts Payara Micro with {@code war} and returns once the application answers its sign-in page. Its root folder
     * ({@code folder/payara-micro}) is emptied first: Payara Micro would otherwise also start the application a
     * previous run left there.
     *
     * @param jvmOptions separated by spaces
     */
    public static TestServer start(Path folder, Path war, String databaseUrl, Path dataFolder, String jvmOptions) {
        deleteRecursively(folder.resolve("payara-micro"));
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options(jvmOptions));
        command.add("-Dmeetings.db.url=" + databaseUrl);
        command.add("-Dmeetings.data.dir=" + dataFolder);
        command.add("-Dmeetings.admin.password=" + required("it.admin.password"));
        command.addAll(List.of("-jar", required("payara.microJar"), "--deploy", war.toString(), "--contextroot", "/",
                "--port", Integer.toString(port), "--nocluster", "--rootDir", folder.resolve("payara-micro").toString(),
                "--prebootcommandfile", required("payara.postBootCommands")));
        Path log = folder.resolve("server.log");
        Process process;
        try {
            process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + command, e);
        }
        TestServer server = new TestServer(process, log, "http://localhost:" + port + "/");
        System.out.println("Test server: starting Payara Micro (pid " + process.pid() + ") at " + server.address
                + ", log in " + log);
        try {
            server.awaitReady();
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** The real WAR, imported as built, plus every class of the fixtures package (servlets and their beans). */
    static Path buildTestWar(Path file) {
        File application = new File(required("application.war"));
        if (!application.isFile()) {
            throw new IllegalStateException(application + " does not exist: run the tests through Maven (verify)");
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        WebArchive war = ShrinkWrap.create(ZipImporter.class, file.getFileName().toString()).importFrom(application)
                .as(WebArchive.class).addPackage(AccessibilityFixtureServlet.class.getPackage());
        war.as(ZipExporter.class).exportTo(file.toFile(), true);
        return file;
    }

    /**
     * Polls the sign-in page until it answers 200 (the application, not only the server, is up). Fails at once when
     * the process ends, and after {@link #READY_WITHIN} otherwise, with the end of the server's log either way.
     */
    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest signInPage = HttpRequest.newBuilder(URI.create(address + "login.xhtml"))
                .timeout(Duration.ofSeconds(30)).build();
        Instant started = Instant.now();
        Instant deadline = started.plus(READY_WITHIN);
        String last = "no answer yet";
        while (Instant.now().isBefore(deadline)) {
            try {
                if (process.waitFor(500, TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("Payara Micro ended with exit code " + process.exitValue()
                            + " before the application answered. End of " + log + ":\n" + logTail());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the test server", e);
            }
            try {
                HttpResponse<Void> answer = client.send(signInPage, HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    readyAfter = Duration.between(process.info().startInstant().orElse(started), Instant.now());
                    System.out.println("Test server: ready after " + Duration.between(started, Instant.now())
                            .toSeconds() + " s");
                    return;
                }
                last = "status " + answer.statusCode();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the test server", e);
            }
        }
        throw new IllegalStateException("The application did not answer " + signInPage.uri() + " within "
                + READY_WITHIN.toSeconds() + " s (last: " + last + "). End of " + log + ":\n" + logTail());
    }

    /** Stops the server (as Ctrl-C would, then forcibly if it does not end in time); nothing if it has ended. */
    @Override
    public void close() {
        stop("at the end of the tests");
        forgetShutdownHook();
    }

    /** Kills the process with SIGKILL, as a crash would: it gets no chance to write anything more. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(STOP_WITHIN.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("Payara Micro (pid " + process.pid() + ") still runs after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        forgetShutdownHook();
    }

    private void forgetShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException alreadyExiting) {
            // the hook is running or has run
        }
    }

    private void stop(String when) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_WITHIN.toSeconds(), TimeUnit.SECONDS)) {
                System.err.println("Test server: no end within " + STOP_WITHIN.toSeconds() + " s, killing it");
                process.destroyForcibly().waitFor(STOP_WITHIN.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        System.out.println("Test server: stopped " + when + " (pid " + process.pid() + ")");
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log not readable: " + e + ")";
        }
    }

    private static List<String> options(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.trim().split("\\s+")).filter(option -> !option.isEmpty()).toList();
    }

    /** A system property the failsafe configuration of meetings-web gives. */
    public static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property
                    + " is not set: run the tests through Maven (the failsafe configuration of meetings-web gives it)");
        }
        return value;
    }

    /** A port nothing listens on now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a folder and everything in it; nothing if it does not exist. */
    public static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
