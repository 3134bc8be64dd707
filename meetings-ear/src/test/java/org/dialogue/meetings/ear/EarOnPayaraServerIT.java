package org.dialogue.meetings.ear;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dialogue.meetings.web.browser.Browser;
import org.dialogue.meetings.web.pages.MeetingFormPage;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.pages.MeetingListPage;
import org.dialogue.meetings.web.pages.MeetingPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebDriver;

/**
 * Deploys {@code meetings.ear} on the full Payara Server and uses it over HTTP, the way an operator would.
 *
 * <p>The server is driven with {@code asadmin} and plain HTTP rather than Arquillian: with an EnterpriseArchive the
 * Arquillian server connector left {@code @EJB} injection null. The test creates a domain of its own under
 * {@code target/ear-it/domains} on a free port base (so it never meets a Payara Micro on 8080 or another run), points
 * the application's database at a file under {@code target/ear-it/db} through a system property (read by MicroProfile
 * Config), gives the connection pool's sizes and turns off Payara's check of descriptors against their schema (which
 * the application's data source needs, see docs/operations.md), deploys the EAR, checks the dashboard, saves a
 * meeting through the UI in headless Chromium (the web module's page objects) and finds it again in the list, and
 * always undeploys and stops the domain at the end. Every asadmin command and its output is logged (also to
 * {@code target/ear-it/asadmin.log}), and a failed command or start shows the end of the domain's {@code server.log}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EarOnPayaraServerIT {

    private static final String DOMAIN = "meetings-ear-it";
    private static final String APPLICATION = "meetings";
    private static final int POOL_MIN_SIZE = 3;
    private static final int POOL_MAX_SIZE = 5;

    /** The ports a domain created with {@code --portbase B} listens on are B plus these offsets. */
    private static final int[] PORT_OFFSETS = {9, 37, 38, 39, 48, 49, 59, 66, 76, 80, 81, 86};
    private static final int ADMIN_PORT_OFFSET = 48;
    private static final int HTTP_PORT_OFFSET = 80;

    // Generous: on 2 cores shared with other builds, the deployment alone took 161 s (it takes 7-8 s on a quiet machine).
    private static final Duration ASADMIN_TIMEOUT = Duration.ofMinutes(6);
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    private static Path serverHome;
    private static Path ear;
    private static Path workDir;
    private static Path domainsDir;
    private static Path databaseDir;
    private static Path asadminLog;
    private static int adminPort;
    private static String baseUrl;

    private static volatile boolean domainStarted;
    private static boolean deployed;

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @BeforeAll
    static void startDomainAndDeploy() throws Exception {
        serverHome = Path.of(requiredProperty("payara.server.home"));
        ear = Path.of(requiredProperty("application.ear"));
        assertThat(serverHome.resolve("bin")).as("unpacked Payara Server").isDirectory();
        assertThat(ear).as("the EAR built by this module").isRegularFile();

        workDir = ear.getParent().resolve("ear-it");
        domainsDir = workDir.resolve("domains");
        databaseDir = workDir.resolve("db");
        asadminLog = workDir.resolve("asadmin.log");
        removeLeftoversOfAnEarlierRun();
        Files.createDirectories(workDir);

        int portBase = freePortBase();
        adminPort = portBase + ADMIN_PORT_OFFSET;
        baseUrl = "http://localhost:" + (portBase + HTTP_PORT_OFFSET) + "/";

        asadmin("create-domain", "--nopassword", "--checkports=true", "--portbase", String.valueOf(portBase),
                "--domaindir", domainsDir.toString(), DOMAIN);
        // Stop the domain even if the test JVM is ended without reaching @AfterAll.
        Runtime.getRuntime().addShutdownHook(new Thread(EarOnPayaraServerIT::stopDomainIfStarted));
        domainStarted = true; // from here on, try to stop it whatever happens
        asadmin("start-domain", "--domaindir", domainsDir.toString(), DOMAIN);

        // The application's own data source reads meetings.db.url through MicroProfile Config, which reads system
        // properties: a database file of this run's own, under target, with WRITE_DELAY=0 as the README's command
        // gives it. (asadmin wants the colons and the equals signs of the value escaped.)
        String databaseUrl = "jdbc:h2:file:" + databaseDir.resolve("meetings") + ";WRITE_DELAY=0";
        remoteAsadmin(false, "create-system-properties",
                "meetings.db.url=" + databaseUrl.replace(":", "\\:").replace("=", "\\="));
        // The first administrator's password (a test value), and the data folder, as an operator would set them.
        remoteAsadmin(false, "create-system-properties", "meetings.admin.password=" + TestAccounts.ADMIN_PASSWORD);
        remoteAsadmin(false, "create-system-properties",
                "meetings.data.dir=" + workDir.resolve("data").toString().replace(":", "\\:"));

        // The pool's sizes as an operator would give them (docs/operations.md: the EJB module's ConnectionPoolIT
        // checks that the pool obeys them), and the setting the application's data source needs: Payara checks
        // descriptors against their schema before it expands ${MPCONFIG=...} in them, and these values do not pass.
        remoteAsadmin(false, "create-system-properties", "meetings.db.pool.min-size=" + POOL_MIN_SIZE);
        remoteAsadmin(false, "create-system-properties", "meetings.db.pool.max-size=" + POOL_MAX_SIZE);
        remoteAsadmin(false, "set", "configs.config.server-config.admin-service.das-config.deploy-xml-validation=none");

        remoteAsadmin(false, "deploy", "--name", APPLICATION, ear.toString());
        deployed = true;
        waitUntilApplicationAnswers();
    }

    @AfterAll
    static void undeployAndStopDomain() {
        try {
            if (deployed && domainStarted) {
                remoteAsadmin(true, "undeploy", APPLICATION);
            }
        } finally {
            stopDomainIfStarted();
        }
    }

    @Test
    @Order(1)
    void listApplicationsShowsTheEarWithItsEjbAndWebModules() {
        String output = remoteAsadmin(false, "list-applications", "--long");

        assertThat(output.lines())
                .as("asadmin list-applications")
                .anySatisfy(line -> assertThat(line).startsWith(APPLICATION + " ")
                        .contains("ear").contains("ejb").contains("web"));
    }

    @Test
    @Order(2)
    void theDatabaseIsTheFileChosenThroughTheSystemProperty() {
        // Flyway migrated the schema at deployment: the H2 file exists where meetings.db.url points.
        assertThat(databaseDir.resolve("meetings.mv.db")).isRegularFile();
    }

    @Test
    @Order(3)
    void theSignInPageRendersAndTheDashboardNeedsASignIn() throws Exception {
        HttpResponse<String> response = get(baseUrl + "login.xhtml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<html").contains("<h1>Sign in</h1>");
        assertThat(get(baseUrl).body()).as("the dashboard, asked for anonymously").contains("<h1>Sign in</h1>");

        // The REST API is there too, behind its token sign-in: 401 as problem details, not the sign-in page
        HttpResponse<String> api = get(baseUrl + "api/v1/meetings");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
    }

    @Test
    @Order(4)
    void aMeetingSavedThroughTheUiIsReadBack() {
        String title = "EAR on Payara Server " + UUID.randomUUID().toString().substring(0, 8);
        WebDriver driver = Browser.headlessChromium();
        try {
            // The EAR holds the product alone (no test fixtures): the administrator makes the user on the user page.
            TestAccounts.create(driver, baseUrl, "Secretariat", null);
            MeetingPage saved = MeetingFormPage.openNew(driver, baseUrl).fillRequired(title).save();
            assertThat(saved.heading()).isEqualTo(title);

            // A fresh page, so the title comes back from the database, through the list's filter.
            List<String> titles = MeetingListPage.open(driver, baseUrl).filterByTitle(title).titles();
            assertThat(titles).containsExactly(title);
        } catch (RuntimeException | AssertionError e) {
            log("Browser step failed on " + driver.getCurrentUrl() + ", screenshot "
                    + Browser.screenshot(driver, "ear-on-payara-server-failure"));
            throw e;
        } finally {
            driver.quit();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static void waitUntilApplicationAnswers() throws InterruptedException {
        // deploy (like restart-domain) can return before the application serves requests: poll the home page.
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = get(baseUrl);
                if (response.statusCode() == 200) {
                    log("Application answers 200 at " + baseUrl);
                    return;
                }
                last = "HTTP " + response.statusCode();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The application did not answer 200 at " + baseUrl + " within " + READY_TIMEOUT
                + " (last: " + last + ")\n" + serverLogTail());
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** An asadmin command addressed to this test's running domain (on its admin port, not the default 4848). */
    private static String remoteAsadmin(boolean tolerant, String command, String... arguments) {
        List<String> all = new ArrayList<>(List.of("--port", String.valueOf(adminPort), command));
        all.addAll(List.of(arguments));
        return runAsadmin(tolerant, all.toArray(String[]::new));
    }

    private static String asadmin(String... arguments) {
        return runAsadmin(false, arguments);
    }

    private static synchronized void stopDomainIfStarted() {
        if (domainStarted) {
            domainStarted = false;
            String output = runAsadmin(true, "stop-domain", "--domaindir", domainsDir.toString(), DOMAIN);
            if (!output.contains("executed successfully")) {
                runAsadmin(true, "stop-domain", "--kill=true", "--domaindir", domainsDir.toString(), DOMAIN);
            }
        }
    }

    /**
     * Runs {@code bin/asadmin --interactive=false ARGS}, logs the command and its output, and returns the output.
     * Fails on a non-zero exit unless {@code tolerant}. The output goes through a file, not a pipe: start-domain
     * leaves a server process behind that must not hold the test's pipe open.
     */
    private static String runAsadmin(boolean tolerant, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(serverHome.resolve("bin").resolve(isWindows() ? "asadmin.bat" : "asadmin").toString());
        command.add("--interactive=false");
        command.addAll(List.of(arguments));
        String commandLine = String.join(" ", command.subList(1, command.size()));
        try {
            Path output = Files.createTempFile(workDir, "asadmin", ".out");
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .start();
            boolean finished = process.waitFor(ASADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.destroyForcibly();
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            Files.delete(output);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            String outcome = finished ? "exit " + process.exitValue() : "timed out after " + ASADMIN_TIMEOUT;
            log("asadmin " + commandLine + " (" + outcome + ", " + millis + " ms)\n" + text.strip());
            if (!tolerant && (!finished || process.exitValue() != 0)) {
                throw new AssertionError("asadmin " + commandLine + " failed (" + outcome + "):\n" + text
                        + "\n" + serverLogTail());
            }
            return text;
        } catch (IOException e) {
            if (tolerant) {
                log("asadmin " + commandLine + " could not run: " + e);
                return "";
            }
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running asadmin " + commandLine, e);
        }
    }

    /**
     * A base whose domain ports (base + offsets) are all free now, chosen at random so parallel runs differ, and below
     * Linux's ephemeral range (32768 and up) so that no outgoing connection takes one of them meanwhile.
     */
    private static int freePortBase() {
        for (int attempt = 0; attempt < 100; attempt++) {
            // 10100 .. 31900: not 10000, whose HTTP port 10080 is one Chromium refuses to open (ERR_UNSAFE_PORT,
            // its list of ports of other protocols); a whole run failed on it once.
            int base = 100 * ThreadLocalRandom.current().nextInt(101, 320);
            if (allFree(base)) {
                return base;
            }
        }
        throw new IllegalStateException("No free port base found for the test domain");
    }

    private static boolean allFree(int base) {
        for (int offset : PORT_OFFSETS) {
            try (ServerSocket socket = new ServerSocket(base + offset)) {
                socket.setReuseAddress(true);
            } catch (IOException inUse) {
                return false;
            }
        }
        return true;
    }

    /** A domain of an earlier, interrupted run may still be running: stop it, then start from nothing. */
    private static void removeLeftoversOfAnEarlierRun() throws IOException {
        if (Files.isDirectory(domainsDir.resolve(DOMAIN))) {
            Files.createDirectories(workDir);
            runAsadmin(true, "stop-domain", "--kill=true", "--domaindir", domainsDir.toString(), DOMAIN);
        }
        if (Files.exists(workDir)) {
            try (Stream<Path> paths = Files.walk(workDir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static String serverLogTail() {
        Path serverLog = domainsDir.resolve(DOMAIN).resolve("logs").resolve("server.log");
        try {
            List<String> lines = Files.readAllLines(serverLog, StandardCharsets.UTF_8);
            return "--- last lines of " + serverLog + " ---\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 120), lines.size()));
        } catch (IOException e) {
            return "(no server log at " + serverLog + ": " + e + ")";
        }
    }

    private static void log(String message) {
        System.out.println("[EarOnPayaraServerIT] " + message);
        try {
            Files.writeString(asadminLog, message + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException ignored) {
            // the console copy is enough
        }
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set (maven-failsafe-plugin sets it)");
        }
        return value;
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase().startsWith("windows");
    }

    private static java.io.File nullDevice() {
        return new java.io.File(isWindows() ? "NUL" : "/dev/null");
    }
}
