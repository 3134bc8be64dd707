import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The run command's launcher ({@code mvn -Prun -DskipTests package}): starts Payara Micro with the arguments it is
 * given, as a child process whose output it passes on line by line, and says in one plain line whether the
 * application is there. Payara Micro logs "ready" even when the application failed to deploy, and then answers 404
 * to every page; this launcher asks {@code /health/ready} once Payara Micro says it is ready and
 * <ul>
 * <li>prints "Dialogue Meetings is ready at http://localhost:PORT/" and keeps running until Ctrl-C, or
 * <li>prints "Dialogue Meetings did not deploy: REASON; see the log above", stops Payara Micro and exits with 1.
 * </ul>
 * Ctrl-C (or any normal end of this process) stops Payara Micro too; when Payara Micro ends by itself, this process
 * ends with its exit code.
 *
 * <p>It also refuses a port already in use and ends (stopping Payara Micro) when Maven itself is killed: a Maven
 * killed with SIGKILL used to leave Payara Micro running, and the next run emptied its root folder (404 on every page)
 * while the new Payara Micro failed to bind the port without exiting. The investigation of issue 15 is in
 * docs/operations.md, Health.
 *
 * <p>Run as a single source file ({@code java RunDialogueMeetings.java ARGS}), so it needs nothing but the JDK and
 * works wherever Maven does; it is not part of the WAR. ARGS are Payara Micro's JVM options and arguments, exactly as
 * they would follow {@code java}; the port is read from {@code --port}.
 */
public class RunDialogueMeetings {

    /** Payara Micro's last start-up line: "Payara Micro 6.2025.10 (build 42) ready in 22,782 (ms)". */
    private static final String PAYARA_READY = ") ready in ";
    /** Readiness after deployment: the database is asked with a 3 s deadline; give a slow first answer some room. */
    private static final Duration READY_WITHIN = Duration.ofSeconds(
            Long.getLong("meetings.run.readyWithinSeconds", 60));
    /** Payara Micro's line when its start failed (it may then go on running, serving nothing). */
    private static final String PAYARA_FAILED = "Failed to start, exiting";
    /** The check Payara Micro answers readiness with when the deployment failed. */
    private static final String NOT_DEPLOYED = "No Application deployed";

    public static void main(String[] args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(args));
        String port = valueOf(args, "--port", "8080");
        String address = "http://localhost:" + port + "/";
        // A port already taken is most often an earlier run still going (its Payara Micro would answer in place of
        // this one, with 404 once this run has emptied the root folder it serves from): say so before starting.
        if (taken(Integer.parseInt(port))) {
            System.out.println("Dialogue Meetings did not start: port " + port + " is in use (an earlier run still"
                    + " going? another program?); stop it or give another port with -Dhttp.port=...");
            System.exit(1);
        }

        Process payara = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.INHERIT).start();
        Thread stopPayara = new Thread(() -> stop(payara), "stop Payara Micro");
        Runtime.getRuntime().addShutdownHook(stopPayara);
        // Maven killed (SIGKILL gives it no chance to stop us): end too, and so stop Payara Micro, instead of leaving
        // it running without a terminal, holding the port and the database.
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(1)));

        CompletableFuture<Void> payaraReady = new CompletableFuture<>();
        CompletableFuture<Void> payaraFailed = new CompletableFuture<>();
        Thread output = new Thread(() -> passOn(payara, payaraReady, payaraFailed), "Payara Micro's output");
        output.setDaemon(true);
        output.start();

        while (!payaraReady.isDone() && !payaraFailed.isDone()) {
            if (payara.waitFor(200, TimeUnit.MILLISECONDS)) {
                output.join(2000);
                System.out.println("Payara Micro ended with exit code " + payara.exitValue()
                        + " before Dialogue Meetings was ready; see the log above");
                System.exit(payara.exitValue());
            }
        }
        String refusal = payaraFailed.isDone() ? "Payara Micro failed to start" : awaitReadiness(address, payara);
        if (refusal == null) {
            System.out.println("Dialogue Meetings is ready at " + address);
            int status = payara.waitFor();
            output.join(2000);
            System.exit(status);
        }
        System.out.println("Dialogue Meetings did not deploy: " + refusal + "; see the log above");
        System.out.flush();
        Runtime.getRuntime().removeShutdownHook(stopPayara);
        stop(payara);
        output.join(2000);
        System.exit(1);
    }

    /**
     * Asks {@code /health/ready} until it answers 200 (null), Payara Micro says no application is deployed, or
     * {@link #READY_WITHIN} passes (the reason, in a few words).
     */
    private static String awaitReadiness(String address, Process payara)
            throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(address + "health/ready"))
                .timeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plus(READY_WITHIN);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!payara.isAlive()) {
                return "Payara Micro ended with exit code " + payara.exitValue();
            }
            try {
                HttpResponse<String> answer = http.send(readiness, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return null;
                }
                String body = answer.body().strip();
                // Payara's own answer when the deployment failed: a DOWN check of that name, not the application's.
                if (body.contains(NOT_DEPLOYED)) {
                    return "the application is not deployed (" + address + "health/ready answers "
                            + answer.statusCode() + " \"" + NOT_DEPLOYED + "\")";
                }
                last = answer.statusCode() + " " + body;
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(1000);
        }
        return "not ready within " + READY_WITHIN.toSeconds() + " s (" + address + "health/ready answers " + last
                + ")";
    }

    /** Copies Payara Micro's output to ours, noting its "ready" and "failed to start" lines. */
    private static void passOn(Process payara, CompletableFuture<Void> payaraReady,
            CompletableFuture<Void> payaraFailed) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(payara.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                System.out.println(line);
                if (line.contains(PAYARA_READY)) {
                    payaraReady.complete(null);
                } else if (line.contains(PAYARA_FAILED)) {
                    payaraFailed.complete(null);
                }
            }
        } catch (IOException e) {
            // Payara Micro ended: main notices
        }
    }

    private static boolean taken(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static String valueOf(String[] args, String name, String otherwise) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return otherwise;
    }

    /** As Ctrl-C would stop it, then forcibly if it has not ended within a minute. */
    private static void stop(Process payara) {
        if (!payara.isAlive()) {
            return;
        }
        payara.destroy();
        try {
            if (!payara.waitFor(60, TimeUnit.SECONDS)) {
                payara.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            payara.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
