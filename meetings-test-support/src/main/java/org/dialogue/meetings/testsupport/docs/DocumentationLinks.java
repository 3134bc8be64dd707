package org.dialogue.meetings.testsupport.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks the links between Markdown files (the README and {@code docs/}), as GitHub shows them:
 *
 * <ul>
 *   <li>every relative link's target exists (a file or a folder), and does not leave the root folder;</li>
 *   <li>every {@code #anchor}, in the same file or in another Markdown file, is the anchor of one of that file's
 *       headings, by GitHub's rules ({@link #slug(String)}; a heading written again gets {@code -1}, {@code -2} ...),
 *       or of an HTML {@code id}/{@code name} written in the file;</li>
 *   <li>every image ({@code ![alt](path)}, {@code <img src>}) is an existing file.</li>
 * </ul>
 *
 * <p>Links with a scheme ({@code http:}, {@code https:}, {@code mailto:} ...) are not followed: nothing is fetched.
 * Code (fenced blocks and {@code `inline`} spans) is not read for links, and a {@code #} line inside a fenced block is
 * not a heading.
 */
public final class DocumentationLinks {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    /** {@code [text](target "title")} and {@code ![alt](target)}; the text may hold one level of brackets. */
    private static final Pattern INLINE_LINK = Pattern.compile(
            "(!?)\\[((?:[^\\[\\]]|\\[[^\\]]*])*)]\\(\\s*(<[^>]*>|[^\\s)]*)(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*\\)");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+]:\\s*(<[^>]*>|\\S+)");
    private static final Pattern HTML_LINK = Pattern.compile("<(a|img)\\b[^>]*?\\b(href|src)\\s*=\\s*\"([^\"]*)\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_ANCHOR = Pattern.compile("<[a-z][^>]*?\\b(?:id|name)\\s*=\\s*\"([^\"]+)\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]+>");
    private static final Pattern MARKDOWN_LINK_IN_HEADING = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");

    private final Path root;
    private final Map<Path, Set<String>> anchors = new HashMap<>();
    private int linksChecked;

    /** @param root the folder the links may not leave (the project's root) */
    public DocumentationLinks(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The project's documentation: {@code README.md} and every {@code .md} file under {@code docs/}. */
    public static List<Path> documentationOf(Path root) {
        List<Path> files = new ArrayList<>();
        files.add(root.resolve("README.md"));
        Path docs = root.resolve("docs");
        if (Files.isDirectory(docs)) {
            try (Stream<Path> walk = Files.walk(docs)) {
                walk.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** Every broken link of the files, one line each ({@code file:line: what}); empty when none. */
    public List<String> problems(List<Path> files) {
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            Path absolute = file.toAbsolutePath().normalize();
            if (!Files.isRegularFile(absolute)) {
                problems.add(relative(absolute) + ": the file does not exist");
                continue;
            }
            List<String> lines = readLines(absolute);
            Fences fences = new Fences();
            CodeSpans spans = new CodeSpans();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (fences.isCode(line)) {
                    continue;
                }
                checkLine(absolute, i + 1, spans.outside(line), problems);
            }
        }
        return problems;
    }

    /** How many links the last calls of {@link #problems(List)} looked at (external ones included). */
    public int linksChecked() {
        return linksChecked;
    }

    private void checkLine(Path file, int lineNumber, String line, List<String> problems) {
        Matcher link = INLINE_LINK.matcher(line);
        while (link.find()) {
            check(file, lineNumber, link.group(3), !link.group(1).isEmpty(), problems);
        }
        Matcher definition = REFERENCE_DEFINITION.matcher(line);
        if (definition.find()) {
            check(file, lineNumber, definition.group(1), false, problems);
        }
        Matcher html = HTML_LINK.matcher(line);
        while (html.find()) {
            check(file, lineNumber, html.group(3), html.group(1).equalsIgnoreCase("img"), problems);
        }
    }

    private void check(Path file, int lineNumber, String rawTarget, boolean image, List<String> problems) {
        linksChecked++;
        String target = rawTarget.startsWith("<") && rawTarget.endsWith(">")
                ? rawTarget.substring(1, rawTarget.length() - 1) : rawTarget;
        String where = relative(file) + ":" + lineNumber + ": ";
        if (target.isEmpty()) {
            problems.add(where + "a link without a target");
            return;
        }
        if (SCHEME.matcher(target).find()) {
            return; // http:, https:, mailto: ... are not fetched
        }
        int hash = target.indexOf('#');
        String pathPart = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : decode(target.substring(hash + 1));
        int query = pathPart.indexOf('?');
        if (query >= 0) {
            pathPart = pathPart.substring(0, query);
        }
        Path targetFile;
        if (pathPart.isEmpty()) {
            targetFile = file;
        } else {
            targetFile = (pathPart.startsWith("/") ? root.resolve(decode(pathPart.substring(1)))
                    : file.getParent().resolve(decode(pathPart))).normalize();
            if (!targetFile.startsWith(root)) {
                problems.add(where + "the link " + rawTarget + " leaves the project's folder");
                return;
            }
            if (!Files.exists(targetFile)) {
                problems.add(where + (image ? "the image " : "the link's target ") + relative(targetFile)
                        + " does not exist");
                return;
            }
        }
        if (image && !Files.isRegularFile(targetFile)) {
            problems.add(where + "the image " + relative(targetFile) + " is not a file");
            return;
        }
        if (anchor != null && targetFile.toString().endsWith(".md") && Files.isRegularFile(targetFile)
                && !anchorsOf(targetFile).contains(anchor)) {
            problems.add(where + "no heading of " + relative(targetFile) + " has the anchor #" + anchor
                    + nearest(anchor, anchorsOf(targetFile)));
        }
    }

    /** The anchors of a Markdown file's headings, as GitHub makes them, and of its HTML ids and names. */
    public Set<String> anchorsOf(Path file) {
        return anchors.computeIfAbsent(file.toAbsolutePath().normalize(), DocumentationLinks::readAnchors);
    }

    private static Set<String> readAnchors(Path file) {
        Set<String> result = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        List<String> lines = readLines(file);
        Fences fences = new Fences();
        String previous = null;
        for (String line : lines) {
            if (fences.isCode(line)) {
                previous = null;
                continue;
            }
            String heading = null;
            Matcher atx = ATX_HEADING.matcher(line);
            if (atx.matches()) {
                heading = atx.group(1) == null ? "" : atx.group(1);
            } else if (previous != null && SETEXT_UNDERLINE.matcher(line).matches()) {
                heading = previous.strip();
            }
            if (heading != null) {
                String slug = slug(heading);
                String unique = slug;
                Integer count = seen.get(slug);
                if (count != null) {
                    do {
                        count++;
                        unique = slug + "-" + count;
                    } while (seen.containsKey(unique));
                    seen.put(slug, count);
                } else {
                    seen.put(slug, 0);
                }
                seen.putIfAbsent(unique, 0);
                result.add(unique);
                previous = null;
                continue;
            }
            Matcher html = HTML_ANCHOR.matcher(line);
            while (html.find()) {
                result.add(html.group(1));
            }
            boolean paragraphText = !line.isBlank() && !line.startsWith("|") && !line.startsWith("    ")
                    && !line.stripLeading().startsWith("- ") && !line.stripLeading().startsWith("* ")
                    && !line.stripLeading().startsWith(">");
            previous = paragraphText ? line : null;
        }
        return result;
    }

    /**
     * A heading's anchor as GitHub makes it: the heading's text (Markdown links and images reduced to their text,
     * code spans to their content, HTML tags removed), in lower case, every character but letters, digits, marks,
     * spaces, {@code -} and {@code _} removed, and each space turned into {@code -}.
     */
    public static String slug(String heading) {
        String text = MARKDOWN_LINK_IN_HEADING.matcher(heading).replaceAll("$1");
        text = HTML_TAG.matcher(text).replaceAll("");
        text = text.strip().toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == ' ') {
                slug.append('-');
            } else if (c == '-' || c == '_' || Character.isLetterOrDigit(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                slug.appendCodePoint(c);
            }
        });
        return slug.toString();
    }

    private static String nearest(String anchor, Set<String> known) {
        String start = anchor.length() > 4 ? anchor.substring(0, 4) : anchor;
        List<String> close = known.stream().filter(k -> k.startsWith(start)).limit(5).toList();
        return close.isEmpty() ? "" : " (headings there: " + String.join(", ", close) + " ...)";
    }

    /** Follows fenced code blocks line by line: a line that opens, closes or is inside one is code. */
    private static final class Fences {

        private String open;

        boolean isCode(String line) {
            Matcher fence = FENCE.matcher(line);
            if (open == null) {
                if (fence.find()) {
                    open = fence.group(1);
                    return true;
                }
                return false;
            }
            String stripped = line.strip();
            if (fence.find() && fence.group(1).charAt(0) == open.charAt(0) && fence.group(1).length() >= open.length()
                    && stripped.chars().allMatch(c -> c == open.charAt(0))) {
                open = null;
            }
            return true;
        }
    }

    /** Removes code spans from the lines of a paragraph, a span being able to go on over the next line. */
    private static final class CodeSpans {

        /** The length of the backtick run that opened a span still open; 0 when none is. */
        private int open;

        String outside(String line) {
            if (line.isBlank()) {
                open = 0;
                return line;
            }
            StringBuilder text = new StringBuilder();
            int i = 0;
            while (i < line.length()) {
                if (line.charAt(i) == '`') {
                    int end = i;
                    while (end < line.length() && line.charAt(end) == '`') {
                        end++;
                    }
                    if (open == 0) {
                        open = end - i;
                    } else if (open == end - i) {
                        open = 0;
                    }
                    i = end;
                    continue;
                }
                if (open == 0) {
                    text.append(line.charAt(i));
                }
                i++;
            }
            return text.toString();
        }
    }

    private String relative(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
