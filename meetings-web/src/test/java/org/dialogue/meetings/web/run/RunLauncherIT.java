package org.dialogue.meetings.web.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dialogue.meetings.web.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The run command's launcher ({@code src/run/java/RunDialogueMeetings.java}, started as the run profile starts it) on
 * a deployment that fails: Payara Micro logs "ready" all the same, and the launcher must say plainly that the
 * application did not deploy, stop Payara Micro and end with a non-zero status instead of running on with 404 on every
 * page. The deployment fails here on a database URL no driver accepts (the schema migration fails at start), with a
 * data and root folder of its own under {@code target/}. One Payara Micro start.
 */
class RunLauncherIT {

    private Process launcher;

    @AfterEach
    void stopLauncher() {
        if (launcher != null && launcher.isAlive()) {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
    }

    @Test
    void aFailedDeploymentIsSaidPlainlyAndEndsTheRunWithAFailure() throws Exception {
        Path folder = Path.of(TestServer.required("application.war")).toAbsolutePath().getParent()
                .resolve("run-launcher");
        deleteRecursively(folder);
        Files.createDirectories(folder);
        Path output = folder.resolve("output.txt");
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), TestServer.required("run.launcher"), TestServer.required("payara.noCallsOut")));
        command.addAll(List.of("-Dmeetings.db.url=jdbc:no-such-driver:meetings",
                "-Dmeetings.data.dir=" + folder.resolve("data"),
                "-Dmeetings.admin.password=" + TestServer.required("it.admin.password"),
                "-jar", TestServer.required("payara.microJar"), "--deploy", TestServer.required("application.war"),
                "--contextroot", "/", "--port", Integer.toString(port), "--rootDir",
                folder.resolve("payara-micro").toString(), "--nocluster", "--prebootcommandfile",
                TestServer.required("payara.postBootCommands")));

        launcher = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        List<ProcessHandle> payara = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
        while (launcher.isAlive() && System.nanoTime() < deadline) {
            launcher.descendants().filter(child -> !payara.contains(child)).forEach(payara::add);
            launcher.waitFor(200, TimeUnit.MILLISECONDS);
        }

        assertThat(launcher.isAlive()).as("the launcher still runs after 10 minutes; output in %s", output).isFalse();
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        String last = lines.get(lines.size() - 1);
        assertThat(launcher.exitValue()).as("exit status; output in %s", output).isNotZero();
        assertThat(last).isEqualTo("Dialogue Meetings did not deploy: the application is not deployed (http://localhost:"
                + port + "/health/ready answers 503 \"No Application deployed\"); see the log above");
        // Payara Micro's own log came first: its error, and its "ready" in spite of it.
        assertThat(lines).anyMatch(line -> line.contains("SEVERE"));
        assertThat(lines).anyMatch(line -> line.contains(") ready in "));
        assertThat(lines).noneMatch(line -> line.startsWith("Dialogue Meetings is ready"));
        assertThat(payara).as("Payara Micro started by the launcher").isNotEmpty();
        for (ProcessHandle process : payara) {
            process.onExit().get(60, TimeUnit.SECONDS);
            assertThat(process.isAlive()).as("process %d after the launcher ended", process.pid()).isFalse();
        }
    }

    @Test
    void aPortAlreadyTakenIsSaidPlainlyBeforePayaraMicroStarts() throws Exception {
        try (ServerSocket earlierRun = new ServerSocket(0)) {
            int port = earlierRun.getLocalPort();
            launcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    TestServer.required("run.launcher"), "-jar", TestServer.required("payara.microJar"), "--port",
                    Integer.toString(port)).redirectErrorStream(true).start();
            String output = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(launcher.exitValue()).isNotZero();
            assertThat(output.strip()).isEqualTo("Dialogue Meetings did not start: port " + port + " is in use (an"
                    + " earlier run still going? another program?); stop it or give another port with"
                    + " -Dhttp.port=...");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
        }
    }
}
