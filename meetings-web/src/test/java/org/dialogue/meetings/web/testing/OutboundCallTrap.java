package org.dialogue.meetings.web.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The outside world's web as the run's test server sees it: the server is told to reach every http and https address
 * through this proxy (Java's standard proxy settings), which notes the first line of each request and answers none.
 * Nothing the server runs may call out ({@code OutboundCallsIT}): a meetings server of a police organisation does not
 * tell anyone it exists, and may run where nothing outside can be reached. Addresses on this machine (localhost,
 * 127.*) bypass the proxy, as Java's default {@code http.nonProxyHosts} says.
 */
public final class OutboundCallTrap {

    private static OutboundCallTrap run;

    private final ServerSocket socket;
    private final Queue<String> requests = new ConcurrentLinkedQueue<>();
    private final Instant openedAt = Instant.now();

    private OutboundCallTrap() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread listener = new Thread(this::listen, "outbound-call-trap");
        listener.setDaemon(true);
        listener.start();
    }

    /** The trap of the run's test server, opened when that server starts. */
    public static synchronized OutboundCallTrap ofTheRun() {
        if (run == null) {
            run = new OutboundCallTrap();
        }
        return run;
    }

    /** The JVM options that send the server's http and https requests to this trap. */
    public List<String> jvmOptions() {
        String port = Integer.toString(socket.getLocalPort());
        return List.of("-Dhttp.proxyHost=127.0.0.1", "-Dhttp.proxyPort=" + port, "-Dhttps.proxyHost=127.0.0.1",
                "-Dhttps.proxyPort=" + port);
    }

    /** When the trap opened: just before the server it watches started. */
    public Instant openedAt() {
        return openedAt;
    }

    /** The first line of each request received so far ({@code GET http://...}, {@code CONNECT host:443 ...}). */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    private void listen() {
        while (!socket.isClosed()) {
            try (Socket caller = socket.accept()) {
                caller.setSoTimeout(2_000);
                String first = new BufferedReader(new InputStreamReader(caller.getInputStream(),
                        StandardCharsets.ISO_8859_1)).readLine();
                requests.add(first == null ? "(a connection that sent nothing)" : first);
            } catch (IOException e) {
                requests.add("(a connection that failed: " + e + ")");
            }
        }
    }
}
