package org.dialogue.meetings.web.benchmark;

import static org.dialogue.meetings.web.support.Fixtures.encode;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dialogue.meetings.web.support.Fixtures;
import org.dialogue.meetings.web.support.HttpVisitor;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.TestServer;
import org.junit.jupiter.api.Test;

/**
 * The page benchmark (issue 16): not a test that times anything. Failsafe runs it only when asked
 * ({@code -Dit.test=PageBenchmark}, as {@code ops/benchmark} does); its name does not end in IT.
 *
 * <p>It starts Payara Micro as the run command does (same pre-boot commands; the JVM options of
 * {@code benchmark.jvmOptions}, by default the run profile's heap, {@code -Xmx${run.heap}}), on a fresh H2 file, once
 * with a small data set and once with a large one ({@code BenchmarkFixtureServlet}'s generator, through the server). On each: the SQL
 * statements one view of each page runs (from H2's trace file), then a wrk run per page with one signed-in session
 * (20 connections, a warm-up, then the measured run), then memory. On the large set also a mixed run with 50 sessions
 * of 50 users at once. Start-up: the application on its empty database against an empty Payara Micro (the same jar, no
 * deployment). The report (Markdown) goes to {@code benchmark.report} and to the console.
 */
class PageBenchmark {

    private static final Path WORK = Path.of(TestServer.required("benchmark.dir")).toAbsolutePath();
    private static final Path REPORT = Path.of(TestServer.required("benchmark.report")).toAbsolutePath();
    private static final boolean QUICK = Boolean.getBoolean("benchmark.quick");
    private static final int SMALL = Integer.getInteger("benchmark.small", 100);
    private static final int LARGE = Integer.getInteger("benchmark.large", QUICK ? 1_000 : 5_000);
    private static final int EDITIONS = 10;
    private static final int AGENDA_ITEMS = Integer.getInteger("benchmark.agendaItems", 20);
    private static final int ACTIONS = Integer.getInteger("benchmark.actionsPerMeeting", 25);
    private static final int CHUNK = 100;
    private static final int WARM_UP = Integer.getInteger("benchmark.warmUpSeconds", QUICK ? 3 : 5);
    private static final int MEASURED = Integer.getInteger("benchmark.seconds", QUICK ? 10 : 15);
    private static final int CONNECTIONS = 20;
    private static final int SESSIONS = Integer.getInteger("benchmark.sessions", 50);
    /** The largest classes of each class histogram that the report lists. */
    private static final int HISTOGRAM_LINES = 8;
    /** A short run per page recorded with JDK Flight Recorder after the measured one (0: none). */
    private static final int PROFILE_SECONDS = Integer.getInteger("benchmark.profileSeconds", QUICK ? 3 : 8);
    /** Deep enough for a Faces request's whole stack: the profile looks for the application's frame under H2's. */
    private static final String PROFILE_JVM_OPTIONS = " -XX:FlightRecorderOptions:stackdepth=512";
    private static final int SESSIONS_SECONDS = Integer.getInteger("benchmark.sessionsSeconds", QUICK ? 15 : 60);
    private static final String JVM_OPTIONS = System.getProperty("benchmark.jvmOptions",
            System.getProperty("benchmark.defaultJvmOptions", ""));
    /** Other Payara pre-boot commands than the run command's, to try a setting (empty: the run command's). */
    private static final String PRE_BOOT_COMMANDS = System.getProperty("benchmark.preBootCommands", "");
    private static final String STATIC_FILE = "favicon.svg";
    private static final String STATIC_WITHOUT_SESSION = "static file, no session";
    private static final String SEARCH_WORD = "drogue";

    private static final double PAGES_PER_SECOND_TARGET = 500;
    private static final double MEETING_PAGE_TO_STATIC = 15;
    private static final double LIST_TO_STATIC = 20;
    private static final double LARGE_TO_SMALL = 1.5;
    private static final long MEMORY_TARGET = 1L << 30;
    private static final double START_UP_TO_EMPTY = 2.5;

    /** One page's measures at one size. */
    record Measure(String page, double perSecond, double p50, double p99, long requests, long errors, int sql,
            long rows, Profiled profiled) {
    }

    /** A page's profile and the views answered while it was recorded. */
    record Profiled(FlightRecorderProfile profile, long views) {

        double cpuMillisPerView() {
            return views == 0 ? Double.NaN : profile.cpuSeconds() * 1e3 / views;
        }
    }

    /** One view's statements, as H2 traced them, and the rows they returned or changed. */
    record Statements(List<String> lines) {

        private static final Pattern ROWS = Pattern.compile("^/\\*SQL[^*]* #:(\\d+)");

        int count() {
            return lines.size();
        }

        /** H2 writes {@code #:N} for N rows, and nothing for none. */
        long rows() {
            return lines.stream().mapToLong(line -> {
                Matcher rows = ROWS.matcher(line);
                return rows.find() ? Long.parseLong(rows.group(1)) : 0;
            }).sum();
        }
    }

    /** What wrk said of one run. */
    record WrkResult(long requests, double seconds, double p50Millis, double p99Millis, long non200,
            long socketErrors) {

        double perSecond() {
            return requests / seconds;
        }

        /** A run in which no request ended has no latency. */
        static double latency(long requests, long micros) {
            return requests == 0 ? Double.NaN : micros / 1e3;
        }

        long errors() {
            return non200 + socketErrors;
        }
    }

    /** Memory of a server at one moment, and the classes that hold most of its live heap then. */
    record Memory(long rssBytes, long liveHeapBytes, String heapInfo, List<HeapShare> largest) {
    }

    /** One line of a class histogram: a class, its instances and their bytes (shallow). */
    record HeapShare(String className, long instances, long bytes) {
    }

    /**
     * One size's results. Memory is taken after the per-page runs, which are the same at both sizes (two sessions),
     * so that what grows with the data shows alone; on the large set again after the many sessions' run.
     */
    record SizeResult(String name, int meetings, String counts, double generationSeconds, Map<String, Measure> pages,
            Memory memory, Memory afterSessions, Duration startUp) {
    }

    private final StringBuilder console = new StringBuilder();

    @Test
    void measurePages() throws Exception {
        requireWrk();
        if (!PRE_BOOT_COMMANDS.isBlank()) {
            System.setProperty("payara.postBootCommands", Path.of(PRE_BOOT_COMMANDS).toAbsolutePath().toString());
        }
        TestServer.deleteRecursively(WORK);
        Files.createDirectories(WORK);
        Files.createDirectories(REPORT.getParent());
        Path script = WORK.resolve("sessions.lua");
        try (InputStream lua = PageBenchmark.class.getResourceAsStream("sessions.lua")) {
            Files.write(script, lua.readAllBytes());
        }
        Duration emptyPayara = emptyPayaraStartUp();
        log("Empty Payara Micro answered after " + emptyPayara.toMillis() + " ms");
        SizeResult small = runSize("small", SMALL, script, false);
        SizeResult large = runSize("large", LARGE, script, true);
        String report = report(emptyPayara, small, large);
        Files.writeString(REPORT, report, StandardCharsets.UTF_8);
        System.out.println(report);
        System.out.println("Page benchmark report: " + REPORT);
    }

    private WrkResult sessionsRun;
    private int sessionsPages;

    private SizeResult runSize(String name, int meetings, Path script, boolean withSessions) throws Exception {
        Path folder = WORK.resolve(name);
        Path database = folder.resolve("database").resolve("meetings");
        try (TestServer server = TestServer.startWithFixtures(folder.resolve("server"),
                "jdbc:h2:file:" + database + ";WRITE_DELAY=0", folder.resolve("data"),
                JVM_OPTIONS + (PROFILE_SECONDS > 0 ? PROFILE_JVM_OPTIONS : ""))) {
            Duration startUp = server.readyAfter();
            log(name + ": application ready after " + startUp.toMillis() + " ms on its empty database");
            if (PROFILE_SECONDS > 0) {
                // The first recording of a JVM loads and compiles Flight Recorder itself: not in a page's profile.
                jcmd(server.pid(), "JFR.start name=warm-up");
                jcmd(server.pid(), "JFR.stop name=warm-up");
            }
            String base = server.address();
            String secretariat = TestAccounts.made(base, "Secretariat", null);
            String delegate = TestAccounts.made(base, "Delegate", "AFRIPOL");

            long started = System.nanoTime();
            String sample = "";
            for (int from = 0; from < meetings; from += CHUNK) {
                String answer = Fixtures.asAdministrator(base, "benchmark?generate&from=" + from + "&count=" + CHUNK
                        + "&total=" + meetings + "&editions=" + EDITIONS + "&agendaItems=" + AGENDA_ITEMS
                        + "&actions=" + ACTIONS);
                if (!answer.endsWith("minutes=0")) {
                    sample = answer;
                }
            }
            double generation = (System.nanoTime() - started) / 1e9;
            String counts = Fixtures.asAdministrator(base, "benchmark?counts");
            log(name + ": generated in " + String.format(Locale.ROOT, "%.1f", generation) + " s: " + counts);
            Matcher ids = Pattern.compile("meeting=(\\d+) minutes=(\\d+)").matcher(sample);
            if (!ids.matches()) {
                throw new IllegalStateException("No approved minutes generated: " + sample);
            }

            HttpVisitor secretariatVisitor = signedIn(base, secretariat);
            HttpVisitor delegateVisitor = signedIn(base, delegate);
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("dashboard", "index.xhtml");
            pages.put("meetings list", "meetings/list.xhtml");
            pages.put("meeting page", "meetings/view.xhtml?id=" + ids.group(1));
            pages.put("minutes page", "minutes/view.xhtml?id=" + ids.group(2));
            pages.put("actions", "actions/list.xhtml");
            pages.put("search", "search.xhtml?q=" + encode(SEARCH_WORD));
            pages.put("editions", "editions/list.xhtml");
            pages.put("static file", STATIC_FILE);

            Map<String, Measure> measures = new LinkedHashMap<>();
            Path trace = Path.of(database + ".trace.db");
            for (Map.Entry<String, String> page : pages.entrySet()) {
                measures.put(page.getKey(), measure(base, page.getKey(), page.getValue(), secretariatVisitor, trace,
                        script, server.pid()));
            }
            measures.put("dashboard (delegate)", measure(base, "dashboard (delegate)", "index.xhtml",
                    delegateVisitor, trace, script, server.pid()));
            // A delegate's actions: only those of meetings the delegation may see, soonest due first.
            measures.put("actions (delegate)", measure(base, "actions (delegate)", "actions/list.xhtml",
                    delegateVisitor, trace, script, server.pid()));
            // The same file without a session: what the session alone costs a request.
            measures.put(STATIC_WITHOUT_SESSION, measure(base, STATIC_WITHOUT_SESSION, STATIC_FILE,
                    new HttpVisitor(base, HttpClient.Version.HTTP_1_1), trace, script, server.pid()));

            Memory afterPages = memory(server.pid(), folder.resolve("histogram-after-pages.txt"));
            Memory afterSessions = null;
            if (withSessions) {
                sessionsRun = manySessions(base, pages, script);
                sessionsPages = pages.size();
                afterSessions = memory(server.pid(), folder.resolve("histogram-after-sessions.txt"));
            }
            return new SizeResult(name, meetings, counts, generation, measures, afterPages, afterSessions, startUp);
        }
    }

    // --- one page ---

    private Measure measure(String base, String name, String path, HttpVisitor visitor, Path trace, Path script,
            long pid) throws Exception {
        // A visitor that has not signed in sends no session: a cookie the server does not know stands in.
        String cookie = visitor.sessionId() == null ? "benchmark=no-session" : visitor.cookieHeader();
        expectPage(visitor, path);
        expectPage(visitor, path);
        // kept beside the size's database: target/benchmark/<size>/sql/, .../profiles/
        Path sizeFolder = trace.getParent().getParent();
        String fileName = name.replaceAll("\\W+", "-");
        Statements sql = sqlPerView(visitor, path, trace, sizeFolder.resolve("sql").resolve(fileName + ".txt"));
        Path paths = WORK.resolve("paths.txt");
        Path cookies = WORK.resolve("cookies.txt");
        Files.writeString(paths, "/" + path + "\n");
        Files.writeString(cookies, cookie + "\n");
        wrk(base, WARM_UP, CONNECTIONS, script, paths, cookies);
        // wrk leaves its last requests unanswered; the server still works them off (one after the other, if they
        // wait for their session) and must be done before the measured run starts.
        expectPage(visitor, path);
        WrkResult result = wrk(base, MEASURED, CONNECTIONS, script, paths, cookies);
        expectPage(visitor, path); // still signed in: a run of redirects to the sign-in page would look fast
        Profiled profiled = null;
        if (PROFILE_SECONDS > 0) {
            // apart from the measured run, so that the recording's own cost does not reach its figures
            Path recording = sizeFolder.resolve("profiles").resolve(fileName + ".jfr");
            Files.createDirectories(recording.getParent());
            jcmd(pid, "JFR.start name=page settings=profile filename=" + recording);
            WrkResult load = wrk(base, PROFILE_SECONDS, CONNECTIONS, script, paths, cookies);
            jcmd(pid, "JFR.stop name=page");
            expectPage(visitor, path);
            profiled = new Profiled(FlightRecorderProfile.read(recording), load.requests());
        }
        log(String.format(Locale.ROOT, "%-22s %8.0f req/s  p50 %7.2f ms  p99 %7.2f ms  %d errors  %d SQL", name,
                result.perSecond(), result.p50Millis(), result.p99Millis(), result.errors(), sql.count()));
        return new Measure(name, result.perSecond(), result.p50Millis(), result.p99Millis(), result.requests(),
                result.errors(), sql.count(), sql.rows(), profiled);
    }

    private static void expectPage(HttpVisitor visitor, String path) {
        // The server may close a kept-alive connection that stayed idle while wrk ran, and a slow page may keep this
        // request waiting behind wrk's last ones longer than the visitor's 60 s: again, up to five times.
        HttpVisitor.Answer answer = null;
        for (int attempt = 1; answer == null; attempt++) {
            try {
                answer = visitor.get(path);
            } catch (UncheckedIOException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
        if (answer.status() != 200 || answer.body().contains("loginForm")) {
            throw new IllegalStateException(path + " answered " + answer.status() + " "
                    + answer.header("Location").orElse("") + " \"" + answer.heading() + "\"");
        }
    }

    /**
     * The statements one view runs: three views with H2 writing every statement to its trace file, the fewest of the
     * three (the application's timers, every 15 and 10 s, may add theirs to one view), kept in {@code statements}.
     */
    private static Statements sqlPerView(HttpVisitor visitor, String path, Path trace, Path statements)
            throws IOException {
        Files.createDirectories(statements.getParent());
        List<String> fewest = null;
        Fixtures.asAdministrator(visitor.base().toString(), "benchmark?trace=on");
        try {
            for (int i = 0; i < 3; i++) {
                long before = Files.exists(trace) ? Files.size(trace) : 0;
                expectPage(visitor, path);
                List<String> added = statementsSince(trace, before);
                if (fewest == null || added.size() < fewest.size()) {
                    fewest = added;
                }
            }
        } finally {
            Fixtures.asAdministrator(visitor.base().toString(), "benchmark?trace=off");
        }
        Files.write(statements, fewest);
        return new Statements(fewest);
    }

    /** H2 writes each statement as one line beginning with its {@code /*SQL} comment. */
    private static List<String> statementsSince(Path trace, long offset) throws IOException {
        if (!Files.exists(trace)) {
            return List.of();
        }
        try (RandomAccessFile file = new RandomAccessFile(trace.toFile(), "r")) {
            byte[] added = new byte[(int) Math.max(0, file.length() - offset)];
            file.seek(offset);
            file.readFully(added);
            return new String(added, StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("/*SQL"))
                    .toList();
        }
    }

    // --- many sessions ---

    private WrkResult manySessions(String base, Map<String, String> pages, Path script) throws Exception {
        List<String> cookieHeaders = new ArrayList<>();
        String[] organisations = {"AFRIPOL", "AIMC", "AMERIPOL", "ASEANAPOL", "EUROPOL", "GCCPOL", "ECO"};
        for (int i = 0; i < SESSIONS; i++) {
            String user = i % 2 == 0 ? TestAccounts.made(base, "Secretariat", null)
                    : TestAccounts.made(base, "Delegate", organisations[i % organisations.length]);
            cookieHeaders.add(signedIn(base, user).cookieHeader());
        }
        Path paths = WORK.resolve("paths.txt");
        Path cookies = WORK.resolve("cookies.txt");
        Files.write(paths, pages.values().stream().map(path -> "/" + path).toList());
        Files.write(cookies, cookieHeaders);
        WrkResult result = wrk(base, SESSIONS_SECONDS, SESSIONS, script, paths, cookies);
        log(String.format(Locale.ROOT, "%d sessions: %.0f req/s  p50 %.2f ms  p99 %.2f ms  %d errors", SESSIONS,
                result.perSecond(), result.p50Millis(), result.p99Millis(), result.errors()));
        return result;
    }

    /**
     * Signs in over HTTP/1.1, as browsers and wrk speak without TLS (Java's default HTTP/2 upgrade once met a closed
     * connection and ended a run).
     */
    private static HttpVisitor signedIn(String base, String username) {
        HttpVisitor visitor = new HttpVisitor(base, HttpClient.Version.HTTP_1_1);
        HttpVisitor.Answer answer = visitor.signIn(username, TestAccounts.USER_PASSWORD);
        if (answer.status() != 302) {
            throw new IllegalStateException("Sign-in of " + username + " answered " + answer.status());
        }
        // Payara redirects the first request after signing in once more: follow it as a browser would.
        answer = visitor.get("index.xhtml");
        for (int i = 0; i < 3 && answer.status() / 100 == 3; i++) {
            answer = visitor.follow(answer);
        }
        if (answer.status() != 200) {
            throw new IllegalStateException("The dashboard of " + username + " answered " + answer.status());
        }
        return visitor;
    }

    // --- wrk ---

    private static void requireWrk() {
        try {
            new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("wrk is not installed (apt-get install wrk)", e);
        }
    }

    private static final Pattern RESULT = Pattern.compile(
            "RESULT requests=(\\d+) duration_us=(\\d+) p50_us=(\\d+) p99_us=(\\d+) non200=(\\d+) socket=(\\d+)");

    /** One wrk run on 2 threads; the script sends the paths and session cookies of the given files in turn. */
    private static WrkResult wrk(String base, int seconds, int connections, Path script, Path paths, Path cookies)
            throws IOException, InterruptedException {
        List<String> command = List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--timeout", "30s",
                "-s", script.toString(), base, "--", paths.toString(), cookies.toString());
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!wrk.waitFor(seconds + 60L, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
            throw new IllegalStateException("wrk failed: " + command + "\n" + output);
        }
        Matcher result = RESULT.matcher(output);
        if (!result.find()) {
            throw new IllegalStateException("No result from wrk:\n" + output);
        }
        long requests = Long.parseLong(result.group(1));
        return new WrkResult(requests, Long.parseLong(result.group(2)) / 1e6,
                WrkResult.latency(requests, Long.parseLong(result.group(3))),
                WrkResult.latency(requests, Long.parseLong(result.group(4))),
                Long.parseLong(result.group(5)), Long.parseLong(result.group(6)));
    }

    // --- start-up and memory ---

    /** The same Payara Micro jar and settings with nothing deployed: from its start to its first HTTP answer. */
    private static Duration emptyPayaraStartUp() throws Exception {
        Path folder = WORK.resolve("empty-payara");
        Files.createDirectories(folder);
        int port = TestServer.freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.stream(JVM_OPTIONS.trim().split("\\s+")).filter(o -> !o.isEmpty()).toList());
        command.addAll(List.of("-jar", TestServer.required("payara.microJar"), "--port", Integer.toString(port),
                "--nocluster", "--rootDir", folder.resolve("payara-micro").toString(), "--prebootcommandfile",
                TestServer.required("payara.postBootCommands")));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("server.log").toFile()).start();
        Instant start = process.info().startInstant().orElse(Instant.now());
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            while (process.isAlive()) {
                try {
                    client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                    return Duration.between(start, Instant.now());
                } catch (IOException notYet) {
                    Thread.sleep(50);
                }
            }
            throw new IllegalStateException("The empty Payara Micro ended; see " + folder.resolve("server.log"));
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /**
     * The server's resident memory, and its live heap after a full collection (jcmd); the class histogram of that
     * heap goes to a file beside the size's database, its largest lines into the report.
     */
    private static Memory memory(long pid, Path histogramFile) throws Exception {
        jcmd(pid, "GC.run");
        String histogram = jcmd(pid, "GC.class_histogram"); // itself after a full collection: live objects only
        Files.writeString(histogramFile, histogram, StandardCharsets.UTF_8);
        List<HeapShare> largest = new ArrayList<>();
        // "   1:        123456       7890123  java.lang.String (java.base@17)"
        Matcher row = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)").matcher(histogram);
        while (largest.size() < HISTOGRAM_LINES && row.find()) {
            largest.add(new HeapShare(row.group(3), Long.parseLong(row.group(1)), Long.parseLong(row.group(2))));
        }
        String heapInfo = jcmd(pid, "GC.heap_info");
        long rss = 0;
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        // "garbage-first heap total 123K, used 45K" or "def new generation total ..., used ..." and "tenured ..."
        long used = 0;
        Matcher matcher = Pattern.compile("(?m)^\\s*(?:garbage-first heap|def new generation|tenured generation|"
                + "PSYoungGen|ParOldGen|ZHeap|Shenandoah Heap)\\s+total \\d+K, used (\\d+)K").matcher(heapInfo);
        while (matcher.find()) {
            used += Long.parseLong(matcher.group(1)) * 1024;
        }
        return new Memory(rss, used, heapInfo.strip(), largest);
    }

    private static String jcmd(long pid, String command) throws Exception {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor(60, TimeUnit.SECONDS);
        return output;
    }

    // --- report ---

    private String report(Duration emptyPayara, SizeResult small, SizeResult large) throws Exception {
        StringBuilder r = new StringBuilder();
        String now = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(Instant.now().atOffset(
                ZoneOffset.UTC));
        r.append("# Page benchmark: last report\n\n");
        r.append("- Date: ").append(now).append("; commit ").append(git("rev-parse", "--short", "HEAD"))
                .append(git("status", "--porcelain").isBlank() ? "" : " (with uncommitted changes)").append('\n');
        r.append("- Mode: ").append(QUICK ? "**quick** (`ops/benchmark --quick`: short runs, smaller large set)"
                : "full").append('\n');
        r.append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(totalMemory()).append(" RAM; Java ").append(System.getProperty("java.version"))
                .append("; the server's JVM options: ").append(JVM_OPTIONS.isBlank()
                        ? "none (as the run command: the JVM's default heap, a quarter of the RAM)" : "`"
                                + JVM_OPTIONS + "`").append(PRE_BOOT_COMMANDS.isBlank() ? ""
                                        : "; pre-boot commands: `" + PRE_BOOT_COMMANDS + "` instead of the run"
                                                + " command's").append('\n');
        r.append("- Load: wrk, 2 threads, ").append(CONNECTIONS).append(" connections on one signed-in session")
                .append(" (the secretariat's, but for the delegate's dashboard and actions), ").append(WARM_UP)
                .append(" s warm-up then ").append(MEASURED).append(" s measured per page, on loopback\n");
        r.append("- Data: ").append(sizeLine(small)).append("; ").append(sizeLine(large)).append(". Every meeting ")
                .append(AGENDA_ITEMS).append(" agenda items, 2 co-organisers, 3 participants; every past meeting")
                .append(" minutes (9 in 10 approved) with ").append(ACTIONS)
                .append(" actions; ").append(EDITIONS).append(" editions\n");
        r.append("- Static file: `/").append(STATIC_FILE).append("`; search: `search.xhtml?q=").append(SEARCH_WORD)
                .append("`; meeting and minutes page: the last past meeting with approved minutes\n");
        r.append("- SQL per view: statements H2 traced for one view (the fewest of three views)\n");
        r.append("- The machine was shared (other builds and tests may have been running): numbers are indicative\n\n");

        // The reference is the file as the container serves it without a session: what a signed-in request of the same
        // file costs more is the session's cost, which the pages pay as well.
        double staticSmall = small.pages().get(STATIC_WITHOUT_SESSION).p50();
        double staticLarge = large.pages().get(STATIC_WITHOUT_SESSION).p50();
        r.append("## Per page\n\n");
        r.append("| Page | req/s small | req/s large | p50 small ms | p50 large ms | large/small | p99 large ms"
                + " | p50 / static (large) | SQL small | SQL large | rows small | rows large | errors |\n");
        r.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String page : small.pages().keySet()) {
            Measure s = small.pages().get(page);
            Measure l = large.pages().get(page);
            r.append(String.format(Locale.ROOT,
                    "| %s | %.0f | %.0f | %s | %s | %s | %s | %s | %d | %d | %d | %d | %d |%n", page, s.perSecond(),
                    l.perSecond(), number(s.p50(), 2), number(l.p50(), 2), number(l.p50() / s.p50(), 2),
                    number(l.p99(), 2), number(l.p50() / staticLarge, 1), s.sql(), l.sql(), s.rows(), l.rows(),
                    s.errors() + l.errors()));
        }
        r.append(String.format(Locale.ROOT, "%n\"p50 / static\": against the static file without a session (median"
                + " %.2f ms small, %.2f ms large), as the container serves it. \"rows\": the rows the view's statements"
                + " returned (H2's trace). \"n/a\": no request of that page ended within the run.%n", staticSmall,
                staticLarge));
        r.append("\n## ").append(SESSIONS).append(" sessions at once (large set)\n\n");
        r.append(String.format(Locale.ROOT, "%d users signed in (half secretariat, half delegates of seven"
                + " organisations), %d connections for %d s; each request takes the next session's cookies and the"
                + " next of the %d addresses above (one Lua script, `sessions.lua`): %.0f req/s, p50 %.2f ms, p99"
                + " %.2f ms, %d errors (non-200 answers: %d, socket errors: %d).%n", SESSIONS, SESSIONS,
                SESSIONS_SECONDS, sessionsPages, sessionsRun.perSecond(), sessionsRun.p50Millis(),
                sessionsRun.p99Millis(), sessionsRun.errors(), sessionsRun.non200(), sessionsRun.socketErrors()));
        r.append("\n## Start-up and memory\n\n");
        r.append("| | small | large |\n|---|---:|---:|\n");
        r.append(String.format(Locale.ROOT, "| start-up, empty database (s) | %.1f | %.1f |%n",
                small.startUp().toMillis() / 1e3, large.startUp().toMillis() / 1e3));
        r.append(String.format(Locale.ROOT, "| resident memory after the per-page runs (MiB) | %d | %d |%n",
                small.memory().rssBytes() >> 20, large.memory().rssBytes() >> 20));
        r.append(String.format(Locale.ROOT, "| live heap after the per-page runs, after a full GC (MiB) | %d | %d |%n",
                small.memory().liveHeapBytes() >> 20, large.memory().liveHeapBytes() >> 20));
        r.append(String.format(Locale.ROOT, "| resident memory after the %d sessions' run (MiB) | | %d |%n", SESSIONS,
                large.afterSessions().rssBytes() >> 20));
        r.append(String.format(Locale.ROOT, "| live heap after the %d sessions' run, after a full GC (MiB) | | %d |%n",
                SESSIONS, large.afterSessions().liveHeapBytes() >> 20));
        r.append(String.format(Locale.ROOT, "%nEmpty Payara Micro (same jar and settings, nothing deployed), to its"
                + " first HTTP answer: %.1f s. The application's start-up is from the process's start to the sign-in"
                + " page's first 200, on an empty database (migrations included).%n", emptyPayara.toMillis() / 1e3));
        r.append("\nThe per-page runs are the same at both sizes (two sessions); the many sessions' run comes after,"
                + " on the large set only. What holds most of the live heap (class histograms, shallow sizes; the"
                + " whole histograms are in `meetings-web/target/benchmark/<size>/`):\n\n");
        r.append("| after | class | instances | MiB |\n|---|---|---:|---:|\n");
        Map<String, Memory> moments = new LinkedHashMap<>();
        moments.put("small, pages", small.memory());
        moments.put("large, pages", large.memory());
        moments.put("large, " + SESSIONS + " sessions", large.afterSessions());
        for (Map.Entry<String, Memory> moment : moments.entrySet()) {
            for (HeapShare share : moment.getValue().largest()) {
                r.append(String.format(Locale.ROOT, "| %s | `%s` | %,d | %.1f |%n", moment.getKey(),
                        share.className(), share.instances(), share.bytes() / 1048576.0));
            }
        }

        r.append("\n## Targets\n\n| Target | Measured | |\n|---|---|---|\n");
        double slowest = Double.MAX_VALUE;
        String slowestPage = "";
        for (SizeResult size : List.of(small, large)) {
            for (Measure m : size.pages().values()) {
                if (m.perSecond() < slowest) {
                    slowest = m.perSecond();
                    slowestPage = m.page() + ", " + size.name();
                }
            }
        }
        target(r, "every page ≥ " + (int) PAGES_PER_SECOND_TARGET + " req/s (20 connections, one session)",
                String.format(Locale.ROOT, "slowest %.0f req/s (%s)", slowest, slowestPage),
                slowest >= PAGES_PER_SECOND_TARGET);
        double meetingRatio = large.pages().get("meeting page").p50() / staticLarge;
        target(r, "meeting page median ≤ " + (int) MEETING_PAGE_TO_STATIC + "× the static file's",
                number(meetingRatio, 1) + "×", meetingRatio <= MEETING_PAGE_TO_STATIC);
        double worstList = 0;
        String worstListPage = "";
        for (String list : List.of("meetings list", "actions", "search", "editions")) {
            double ratio = large.pages().get(list).p50() / staticLarge;
            if (!Double.isFinite(ratio)) {
                ratio = Double.POSITIVE_INFINITY; // no request ended: as bad as it gets
            }
            if (ratio > worstList) {
                worstList = ratio;
                worstListPage = list;
            }
        }
        target(r, "lists' median ≤ " + (int) LIST_TO_STATIC + "× the static file's",
                "worst " + number(worstList, 1) + "× (" + worstListPage + ")", worstList <= LIST_TO_STATIC);
        long errors = Stream.of(small, large).flatMap(s -> s.pages().values().stream()).mapToLong(Measure::errors)
                .sum() + sessionsRun.errors();
        target(r, "no error", errors + " errors", errors == 0);
        long rss = Math.max(Math.max(small.memory().rssBytes(), large.memory().rssBytes()),
                large.afterSessions().rssBytes());
        target(r, "memory after the run ≤ 1 GiB", (rss >> 20) + " MiB resident", rss <= MEMORY_TARGET);
        double startRatio = small.startUp().toMillis() / (double) emptyPayara.toMillis();
        target(r, "start-up ≤ " + START_UP_TO_EMPTY + "× an empty Payara Micro",
                String.format(Locale.ROOT, "%.1f×", startRatio), startRatio <= START_UP_TO_EMPTY);
        double worstGrowth = 0;
        String worstGrowthPage = "";
        for (String page : small.pages().keySet()) {
            if (page.startsWith("static file")) {
                continue; // the reference, the same file at both sizes: its ratio is the machine's noise
            }
            double growth = large.pages().get(page).p50() / small.pages().get(page).p50();
            if (!Double.isFinite(growth)) {
                growth = Double.POSITIVE_INFINITY; // no request ended at one size: as bad as it gets
            }
            if (growth > worstGrowth) {
                worstGrowth = growth;
                worstGrowthPage = page;
            }
        }
        target(r, "each page's median at the large size ≤ " + LARGE_TO_SMALL + "× at the small size (static file"
                + " aside)",
                "worst " + (Double.isInfinite(worstGrowth) ? "n/a, no request ended" : number(worstGrowth, 2) + "×")
                        + " (" + worstGrowthPage + ")",
                worstGrowth <= LARGE_TO_SMALL);
        boolean sqlConstant = small.pages().keySet().stream()
                .allMatch(page -> large.pages().get(page).sql() <= small.pages().get(page).sql());
        List<String> rowsGrow = small.pages().keySet().stream().filter(page ->
                large.pages().get(page).rows() > 2 * Math.max(10, small.pages().get(page).rows())).toList();
        target(r, "SQL statements per view do not grow with the data", sqlConstant ? "the same or fewer"
                : "more on: " + String.join(", ", small.pages().keySet().stream().filter(page ->
                        large.pages().get(page).sql() > small.pages().get(page).sql()).toList()), sqlConstant);
        target(r, "rows read per view do not grow with the data (large ≤ 2× small)",
                rowsGrow.isEmpty() ? "none grows" : "grow on: " + String.join(", ", rowsGrow), rowsGrow.isEmpty());
        long heapSmall = small.memory().liveHeapBytes();
        long heapLarge = large.memory().liveHeapBytes();
        target(r, "live heap does not grow with the data (after the same per-page runs, large ≤ 1.5× small)",
                String.format(Locale.ROOT, "%d → %d MiB", heapSmall >> 20, heapLarge >> 20),
                heapLarge <= heapSmall * 1.5);
        if (LARGE < 5_000) {
            r.append("\nThe large set here is smaller than the full run's (5,000 meetings): `--quick`.\n");
        }
        r.append("\nWhere the time of each page goes: the profiles below. What they showed for each target missed, and"
                + " what would move it: [The targets still missed](../development.md#the-targets-still-missed-with-their"
                + "-profiles).\n");
        if (PROFILE_SECONDS > 0) {
            profiles(r, small, large);
        }
        r.append("\nRun log:\n\n```\n").append(console).append("```\n");
        return r.toString();
    }

    /** Where each page's CPU went: the Flight Recorder profiles, small and large set side by side. */
    private static void profiles(StringBuilder r, SizeResult small, SizeResult large) {
        r.append("\n## Where the time goes (JDK Flight Recorder)\n\n");
        r.append(String.format(Locale.ROOT, "After each page's measured run, %d s more of the same load recorded with"
                + " JDK Flight Recorder (the JDK's `profile` settings; the recordings are in"
                + " `meetings-web/target/benchmark/<size>/profiles/`). CPU a view: the whole JVM's CPU (user and"
                + " system, `jdk.CPULoad`) over the views answered meanwhile. Areas: each execution sample counted"
                + " for the innermost frame of a known part of the server (a JDK method called by H2 counts for H2)."
                + " Stages: the samples with that stage of the request anywhere on their stack (they overlap: data"
                + " read while rendering counts for both)."
                + " Under: the innermost method of the application's own code on the sample's stack, its servlet"
                + " filters aside. Hottest: the innermost frame (self time). Shares of the samples; the five largest"
                + " of each but the stages.%n", PROFILE_SECONDS));
        for (String page : small.pages().keySet()) {
            if (page.startsWith("static file")) {
                continue; // the reference: no application code runs
            }
            Profiled s = small.pages().get(page).profiled();
            Profiled l = large.pages().get(page).profiled();
            r.append("\n**").append(page).append("**: CPU a view ").append(number(s.cpuMillisPerView(), 1))
                    .append(" ms small, ").append(number(l.cpuMillisPerView(), 1)).append(" ms large (")
                    .append(String.format(Locale.ROOT, "%,d and %,d samples; garbage collection pauses %d and %d ms",
                            s.profile().samples(), l.profile().samples(),
                            s.profile().garbageCollection().toMillis(), l.profile().garbageCollection().toMillis()))
                    .append(")\n\n");
            r.append("- areas, small: ").append(shares(s.profile().areas(), false)).append('\n');
            r.append("- areas, large: ").append(shares(l.profile().areas(), false)).append('\n');
            r.append("- stages, large: ").append(shares(l.profile().stages(), false)).append('\n');
            r.append("- under, small: ").append(shares(s.profile().applicationCalls(), true)).append('\n');
            r.append("- under, large: ").append(shares(l.profile().applicationCalls(), true)).append('\n');
            r.append("- hottest, large: ").append(shares(l.profile().hottestMethods(), true)).append('\n');
        }
    }

    private static String shares(List<FlightRecorderProfile.Share> shares, boolean code) {
        return String.join(", ", shares.stream().map(share -> (code ? "`" + share.name() + "`" : share.name())
                + String.format(Locale.ROOT, " %.0f %%", share.fraction() * 100)).toList());
    }

    private static String sizeLine(SizeResult size) {
        return String.format(Locale.ROOT, "%s set, %s (generated in %.0f s)", size.name(), size.counts(),
                size.generationSeconds());
    }

    /** "n/a" where no request ended in the run (no latency to divide). */
    private static String number(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "n/a";
    }

    private static void target(StringBuilder r, String target, String measured, boolean met) {
        r.append("| ").append(target).append(" | ").append(measured).append(" | ").append(met ? "met" : "**missed**")
                .append(" |\n");
    }

    private static String totalMemory() {
        long bytes = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
    }

    private static String git(String... arguments) {
        try {
            List<String> command = new ArrayList<>(List.of("git", "-C", REPORT.getParent().toString()));
            command.addAll(List.of(arguments));
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 ? output : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }

    private void log(String line) {
        System.out.println("Page benchmark: " + line);
        console.append(line).append('\n');
    }
}
