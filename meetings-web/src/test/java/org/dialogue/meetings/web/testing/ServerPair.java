package org.dialogue.meetings.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Two instances of the test WAR clustered behind HAProxy on a PostgreSQL cluster of their own, started and stopped
 * with {@code ops/pair}, the command the operations guide gives (so the test runs the documented set-up, not one of
 * its own), on free ports, in {@code target/pair}. Needs root, as that command does (it creates a Debian PostgreSQL
 * cluster).
 */
public final class ServerPair implements AutoCloseable {

    /** The pair's PostgreSQL cluster: a name of the tests' own, deleted again at the end. */
    private static final String DATABASE_CLUSTER = "dialogue-pair-it";

    private final Path folder;
    private final Map<String, String> environment;
    private final int httpPort;
    private final int[] instancePorts;
    private final int databasePort;

    private ServerPair(Path folder, Map<String, String> environment, int httpPort, int[] instancePorts,
            int databasePort) {
        this.folder = folder;
        this.environment = environment;
        this.httpPort = httpPort;
        this.instancePorts = instancePorts;
        this.databasePort = databasePort;
    }

    /** Whether this process may run {@code ops/pair} (root), so that a run without root skips, saying why. */
    public static boolean canRun() {
        return "root".equals(System.getProperty("user.name"));
    }

    /**
     * Deletes what a previous run may have left, then starts the pair with the test WAR (the fixtures included), the
     * tests' administrator password and {@code javaOptions} for both instances; returns when HAProxy serves them.
     */
    public static ServerPair start(String javaOptions) {
        Path folder = Path.of(TestServer.required("pair.dir")).toAbsolutePath();
        Map<String, String> environment = new HashMap<>();
        environment.put("PAIR_DIR", folder.toString());
        environment.put("PAIR_DB_CLUSTER", DATABASE_CLUSTER);
        int httpPort = TestServer.freePort();
        int[] instancePorts = {TestServer.freePort(), TestServer.freePort()};
        int databasePort = TestServer.freePort();
        environment.put("PAIR_HTTP_PORT", Integer.toString(httpPort));
        environment.put("PAIR_INSTANCE_PORTS", instancePorts[0] + " " + instancePorts[1]);
        environment.put("PAIR_GRID_PORTS", TestServer.freePort() + " " + TestServer.freePort());
        environment.put("PAIR_DB_PORT", Integer.toString(databasePort));
        environment.put("PAIR_ADMIN_PASSWORD", TestServer.required("it.admin.password"));
        environment.put("PAIR_JAVA_OPTS", (System.getProperty("test.server.jvmOptions", "") + " " + javaOptions)
                .strip());
        ServerPair pair = new ServerPair(folder, environment, httpPort, instancePorts, databasePort);
        pair.run("delete");
        Path war = TestServer.buildTestWar(folder.getParent().resolve("pair-war").resolve("meetings-tests.war"));
        environment.put("PAIR_WAR", war.toString());
        pair.run("start");
        return pair;
    }

    /** HAProxy's address, where users go; ends with a slash. */
    public String address() {
        return "http://localhost:" + httpPort + "/";
    }

    /** Instance 1 or 2, directly; ends with a slash. */
    public String instance(int number) {
        return "http://localhost:" + instancePorts[number - 1] + "/";
    }

    /** The name HAProxy's cookie gives the instance ({@code instance-1}). */
    public static String instanceName(int number) {
        return "instance-" + number;
    }

    public Path log(int number) {
        return folder.resolve("instance-" + number).resolve("server.log");
    }

    public String log(int number, long fromCharacter) {
        try {
            String text = Files.readString(log(number), StandardCharsets.UTF_8);
            return text.substring((int) Math.min(fromCharacter, text.length()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long logLength(int number) {
        return log(number, 0).length();
    }

    /** SIGKILL to instance 1 or 2: it gets no chance to hand anything over. */
    public void kill(int number) {
        try {
            long pid = Long.parseLong(Files.readString(folder.resolve("instance-" + number).resolve("pid")).strip());
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            ProcessHandle.of(pid).ifPresent(process -> process.onExit().join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + databasePort + "/meetings";
    }

    public String databaseUser() {
        return "meetings";
    }

    public String databasePassword() {
        try {
            return Files.readString(folder.resolve("secrets").resolve("db-password")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the pair's PostgreSQL (fast shutdown: open connections are cut, as in an outage). */
    public void stopDatabase() {
        exec(List.of("pg_ctlcluster", "-m", "fast", postgresVersion(), DATABASE_CLUSTER, "stop"));
    }

    public void startDatabase() {
        exec(List.of("pg_ctlcluster", postgresVersion(), DATABASE_CLUSTER, "start"));
    }

    /** Stops everything and deletes the database cluster; the instances' logs are kept in {@code target/pair-logs}. */
    @Override
    public void close() {
        try {
            Path kept = folder.getParent().resolve("pair-logs");
            Files.createDirectories(kept);
            for (int number = 1; number <= 2; number++) {
                if (Files.exists(log(number))) {
                    Files.copy(log(number), kept.resolve("instance-" + number + ".log"),
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            System.out.println("ServerPair: logs not kept: " + e);
        }
        run("delete");
    }

    private String postgresVersion() {
        String clusters = exec(List.of("pg_lsclusters", "--no-header"));
        return clusters.lines().map(line -> line.trim().split("\\s+"))
                .filter(fields -> fields.length > 1 && fields[1].equals(DATABASE_CLUSTER)).map(fields -> fields[0])
                .findFirst().orElseThrow(() -> new IllegalStateException("No cluster " + DATABASE_CLUSTER + " in "
                        + clusters));
    }

    private void run(String command) {
        exec(List.of(TestServer.required("pair.command"), command));
    }

    private String exec(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
            System.out.print(output);
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
