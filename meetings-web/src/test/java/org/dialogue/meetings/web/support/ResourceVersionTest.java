package org.dialogue.meetings.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The version on the addresses of the application's resources changes whenever one of them does, and only then:
 * otherwise browsers, which keep a versioned resource for a year, would go on using an old file after a release.
 */
class ResourceVersionTest {

    private static final String SERVER = "Payara Micro 6.2025.10";

    @Test
    void sameContentsGiveTheSameVersion() {
        assertThat(ResourceVersion.versionOf(files("body { color: black; }", "init();"), SERVER))
                .isEqualTo(ResourceVersion.versionOf(files("body { color: black; }", "init();"), SERVER))
                .matches("[0-9a-f]{10}");
    }

    @Test
    void aChangedFileGivesAnotherVersion() {
        assertThat(ResourceVersion.versionOf(files("body { color: black; }", "init();"), SERVER))
                .isNotEqualTo(ResourceVersion.versionOf(files("body { color: navy; }", "init();"), SERVER));
    }

    @Test
    void anAddedRenamedOrRemovedFileGivesAnotherVersion() {
        Map<String, byte[]> before = files("a", "b");
        Map<String, byte[]> added = new LinkedHashMap<>(before);
        added.put("/resources/js/new.js", bytes(""));
        Map<String, byte[]> renamed = new LinkedHashMap<>();
        renamed.put("/resources/css/app.css", bytes("a"));
        renamed.put("/resources/js/other.js", bytes("b"));
        Map<String, byte[]> removed = new LinkedHashMap<>(before);
        removed.remove("/resources/js/app.js");

        assertThat(Set.of(version(before), version(added), version(renamed), version(removed))).hasSize(4);
    }

    @Test
    void contentMovedBetweenFilesGivesAnotherVersion() {
        assertThat(version(files("ab", ""))).isNotEqualTo(version(files("a", "b")));
    }

    @Test
    void anotherServerGivesAnotherVersion() {
        assertThat(ResourceVersion.versionOf(files("a", "b"), SERVER))
                .isNotEqualTo(ResourceVersion.versionOf(files("a", "b"), "Payara Server 6.2025.11"));
    }

    @Test
    void theWebApplicationsResourcesFolderIsReadWithItsSubfolders() {
        Map<String, byte[]> served = files("body { color: black; }", "init();");

        assertThat(ResourceVersion.versionOf(servletContextServing(served))).isEqualTo(version(served));
    }

    private static String version(Map<String, byte[]> files) {
        return ResourceVersion.versionOf(files, SERVER);
    }

    private static Map<String, byte[]> files(String styleSheet, String script) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("/resources/css/app.css", bytes(styleSheet));
        files.put("/resources/js/app.js", bytes(script));
        return files;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A servlet context serving these files, listing folders as a container does (subfolders end with a slash). */
    private static ServletContext servletContextServing(Map<String, byte[]> files) {
        return (ServletContext) Proxy.newProxyInstance(ServletContext.class.getClassLoader(),
                new Class<?>[] {ServletContext.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "getServerInfo" -> SERVER;
                    case "getResourceAsStream" -> files.containsKey((String) arguments[0])
                            ? new ByteArrayInputStream(files.get((String) arguments[0])) : null;
                    case "getResourcePaths" -> children(files, (String) arguments[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Set<String> children(Map<String, byte[]> files, String folder) {
        Set<String> children = new TreeSet<>();
        for (String path : files.keySet()) {
            if (path.startsWith(folder)) {
                String rest = path.substring(folder.length());
                int slash = rest.indexOf('/');
                children.add(folder + (slash < 0 ? rest : rest.substring(0, slash + 1)));
            }
        }
        return children.isEmpty() ? null : children;
    }
}
