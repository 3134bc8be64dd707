package org.dialogue.meetings.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The log of the run's test server ({@link TestServer}, {@code server.log} in its folder), read from a mark on: what
 * the server wrote while a test did something.
 */
public final class ServerLog {

    /** Payara's record header carries the level's number: WARNING is 900, SEVERE 1000. */
    private static final Pattern LEVEL_VALUE = Pattern.compile("\\[levelValue: (\\d+)]");
    private static final int WARNING = 900;

    private final Path file;

    private ServerLog(Path file) {
        this.file = file;
    }

    /** The log of the server the {@link ApplicationTest} classes share. */
    public static ServerLog ofTheRun() {
        return new ServerLog(TestServer.runFolder().resolve("server.log"));
    }

    /** Where the log ends now. */
    public Mark mark() {
        try {
            return new Mark(Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A place in the log; what was written after it. */
    public final class Mark {

        private final long offset;

        private Mark(long offset) {
            this.offset = offset;
        }

        /** Everything written since the mark. */
        public String since() {
            try {
                byte[] all = Files.readAllBytes(file);
                return new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset),
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The records written since the mark at WARNING or SEVERE, each with the line that follows its header. */
        public List<String> linesAtWarningOrAbove() {
            List<String> lines = since().lines().toList();
            List<String> found = new java.util.ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Matcher level = LEVEL_VALUE.matcher(lines.get(i));
                if (level.find() && Integer.parseInt(level.group(1)) >= WARNING) {
                    found.add(lines.get(i) + (i + 1 < lines.size() ? " / " + lines.get(i + 1) : ""));
                }
            }
            return found;
        }
    }
}
