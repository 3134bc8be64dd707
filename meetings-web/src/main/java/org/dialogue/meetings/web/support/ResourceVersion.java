package org.dialogue.meetings.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The version put on the addresses of the application's own style sheets and scripts ({@code ?v=...}, by OmniFaces'
 * VersionedResourceHandler, see faces-config.xml and web.xml): a short hash of every file under the web
 * application's {@code /resources} folder, computed once when the application starts. Browsers keep a versioned
 * resource for a year ({@link CacheHeadersFilter}); a release that changes any of these files changes the version, so
 * its pages link new addresses and no browser goes on using an old file.
 *
 * <p>The server's name and version are part of the hash too: the few resources of the Faces implementation itself
 * that have no version of their own (faces.js) change with the server, not with our files.
 */
@Named
@ApplicationScoped
public class ResourceVersion {

    /** The web application's folder of Faces resources. */
    static final String RESOURCES_FOLDER = "/resources/";

    /** Hex digits kept: 40 bits, far more than enough to tell releases apart. */
    private static final int LENGTH = 10;

    private volatile String version;

    /**
     * Computed once, as the application starts: the files do not change while it runs. (The servlet context is taken
     * from the start-up event: the one CDI injects can be used only during a request.)
     */
    void computeAtStart(@Observes @Initialized(ApplicationScoped.class) ServletContext started) {
        version = versionOf(started);
    }

    /**
     * The version of the application's resources, as it appears in their addresses; null before the start-up event
     * (then OmniFaces adds none, and CacheHeadersFilter lets no resource of ours be kept long).
     */
    public String getVersion() {
        return version;
    }

    /** The version of the resources this web application serves, read through its servlet context. */
    public static String versionOf(ServletContext context) {
        Map<String, byte[]> contents = new TreeMap<>();
        collect(context, RESOURCES_FOLDER, contents);
        return versionOf(contents, context.getServerInfo());
    }

    /**
     * The version of the given files (content by path) served by the given server: equal for equal contents, and
     * different as soon as one file's content, name or presence differs.
     */
    public static String versionOf(Map<String, byte[]> contentsByPath, String serverInfo) {
        MessageDigest digest = sha256();
        digest.update(String.valueOf(serverInfo).getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> file : new TreeMap<>(contentsByPath).entrySet()) {
            byte[] path = file.getKey().getBytes(StandardCharsets.UTF_8);
            // Lengths first, so that no two different sets of files give the same stream of bytes.
            digest.update(ByteBuffer.allocate(2 * Long.BYTES).putLong(path.length).putLong(file.getValue().length)
                    .array());
            digest.update(path);
            digest.update(file.getValue());
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, LENGTH);
    }

    private static void collect(ServletContext context, String folder, Map<String, byte[]> contents) {
        Set<String> paths = context.getResourcePaths(folder);
        if (paths == null) {
            return;
        }
        for (String path : paths) {
            if (path.endsWith("/")) {
                collect(context, path, contents);
            } else {
                try (InputStream in = context.getResourceAsStream(path)) {
                    if (in != null) {
                        contents.put(path, in.readAllBytes());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + path, e);
                }
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
