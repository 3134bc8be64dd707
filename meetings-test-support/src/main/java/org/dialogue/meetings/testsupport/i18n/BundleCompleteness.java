package org.dialogue.meetings.testsupport.i18n;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a bundle's translations with its English base file (the one without a suffix): every key of the base in
 * each language, no key the base lacks, the same placeholders ({@code {0}}, {@code {max}}), no value left in English
 * unless the language's list says it reads the same ({@code src/test/resources/i18n/same-as-english_<lang>.txt}, lines
 * {@code <bundle base name> <key>}), no key written twice in a file, and an empty {@code _en} file (so that English
 * stays English on a server whose default locale is another language). Values without letters (a format such as
 * {@code {0} – {1}}) may equal the English one. In every language, English included, a message with numbered
 * placeholders ({@code {0}}) writes an apostrophe as {@code ''}: such messages go through {@code MessageFormat}
 * ({@code h:outputFormat}, {@code Feedback.text}, the exceptions' and mails' messages), where a single {@code '} starts
 * a quoted part and is dropped from the text. Messages without numbered placeholders are not checked: some are shown
 * as written ({@code h:outputText}), where {@code ''} would show doubled.
 *
 * <p>One class for the whole project (module {@code meetings-test-support}): the {@code BundleCompletenessTest} of
 * {@code meetings-ejb} and of {@code meetings-web} each check their own module's bundles with it, through
 * {@link #ofModule()}.
 */
public final class BundleCompleteness {

    /** The languages besides English, each with its own bundle files. */
    public static final List<String> LANGUAGES = List.of("fr", "es", "ar");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)[,}]");

    /** MessageFormat's placeholders ({0}, {1,number}); named ones ({max}) are Bean Validation's, without quoting. */
    private static final Pattern NUMBERED_PLACEHOLDER = Pattern.compile("\\{\\d+[,}]");

    private final Path resources;
    private final Path sameAsEnglishFolder;

    /**
     * @param resources the folder holding the bundles ({@code src/main/resources})
     * @param sameAsEnglishFolder the folder of the {@code same-as-english_<lang>.txt} lists
     */
    public BundleCompleteness(Path resources, Path sameAsEnglishFolder) {
        this.resources = resources;
        this.sameAsEnglishFolder = sameAsEnglishFolder;
    }

    /**
     * The check of the module under test: its {@code src/main/resources} and {@code src/test/resources/i18n}, found
     * from the module's folder (the {@code basedir} system property surefire sets, else the working directory), so the
     * test passes whatever folder Maven was started from.
     */
    public static BundleCompleteness ofModule() {
        Path module = Path.of(System.getProperty("basedir", "."));
        return new BundleCompleteness(module.resolve("src/main/resources"), module.resolve("src/test/resources/i18n"));
    }

    /** Every problem of the bundle (base name with dots, as ResourceBundle knows it), one line each; empty when none. */
    public List<String> problems(String baseName) {
        List<String> problems = new ArrayList<>();
        Path base = file(baseName, "");
        Map<String, String> english = read(base, problems);
        if (english.isEmpty()) {
            problems.add(baseName + ": the English base file " + base + " is missing or empty");
            return problems;
        }
        problems.addAll(unescapedApostrophes(baseName, "en", english));
        Path en = file(baseName, "_en");
        if (!Files.exists(en)) {
            problems.add(baseName + ": " + en + " is missing (empty, it keeps English English on any server)");
        } else if (!read(en, problems).isEmpty()) {
            problems.add(baseName + ": " + en + " must stay empty (English is the base file)");
        }
        for (String language : LANGUAGES) {
            Path translated = file(baseName, "_" + language);
            if (!Files.exists(translated)) {
                problems.add(baseName + " [" + language + "]: no file " + translated + " (" + english.size()
                        + " keys to translate)");
                continue;
            }
            Map<String, String> values = read(translated, problems);
            problems.addAll(unescapedApostrophes(baseName, language, values));
            Set<String> allowed = sameAsEnglish(language, baseName);
            List<String> missing = new ArrayList<>();
            for (Map.Entry<String, String> entry : english.entrySet()) {
                String key = entry.getKey();
                String value = values.get(key);
                if (value == null) {
                    missing.add(key);
                    continue;
                }
                if (!placeholders(value).equals(placeholders(entry.getValue()))) {
                    problems.add(baseName + " [" + language + "] " + key + ": placeholders " + placeholders(value)
                            + " instead of " + placeholders(entry.getValue()));
                }
                if (value.strip().equals(entry.getValue().strip()) && hasLetters(value) && !allowed.contains(key)) {
                    problems.add(baseName + " [" + language + "] " + key + ": still in English (\"" + abbreviated(
                            value) + "\"); translate it, or list \"" + baseName + " " + key + "\" in "
                            + sameAsEnglishFolder.resolve("same-as-english_" + language + ".txt"));
                }
            }
            if (!missing.isEmpty()) {
                problems.add(baseName + " [" + language + "]: " + missing.size() + " keys missing: " + missing);
            }
            Set<String> extra = new TreeSet<>(values.keySet());
            extra.removeAll(english.keySet());
            if (!extra.isEmpty()) {
                problems.add(baseName + " [" + language + "]: keys the English base file lacks: " + extra);
            }
        }
        return problems;
    }

    /** Messages with numbered placeholders whose apostrophe MessageFormat would swallow (a single ' not written ''). */
    private static List<String> unescapedApostrophes(String baseName, String language, Map<String, String> values) {
        List<String> problems = new ArrayList<>();
        values.forEach((key, value) -> {
            if (NUMBERED_PLACEHOLDER.matcher(value).find() && value.replace("''", "").contains("'")) {
                problems.add(baseName + " [" + language + "] " + key + ": a single ' in a message with placeholders"
                        + " (MessageFormat drops it); write '' (\"" + abbreviated(value) + "\")");
            }
        });
        return problems;
    }

    private Path file(String baseName, String suffix) {
        return resources.resolve(baseName.replace('.', '/') + suffix + ".properties");
    }

    /** The file's keys and values (empty when the file is absent); keys written twice are reported. */
    private static Map<String, String> read(Path file, List<String> problems) {
        if (!Files.exists(file)) {
            return Map.of();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Properties properties = new Properties();
            properties.load(new StringReader(text));
            Map<String, String> values = new java.util.TreeMap<>();
            properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
            Set<String> seen = new HashSet<>();
            for (String key : keysInOrder(text)) {
                if (!seen.add(key)) {
                    problems.add(file + ": the key " + key + " is written twice (the last one wins)");
                }
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The keys as the file writes them, one per logical line, for the check of keys written twice. */
    private static List<String> keysInOrder(String text) {
        List<String> keys = new ArrayList<>();
        boolean continued = false;
        for (String line : text.split("\r?\n")) {
            String stripped = line.stripLeading();
            boolean wasContinued = continued;
            continued = endsWithOddBackslashes(line);
            if (wasContinued || stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
                continue;
            }
            Properties one = new Properties();
            try {
                one.load(new StringReader(stripped.replaceAll("\\\\$", "")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            keys.addAll(one.stringPropertyNames());
        }
        return keys;
    }

    private static boolean endsWithOddBackslashes(String line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }

    private Set<String> sameAsEnglish(String language, String baseName) {
        Path list = sameAsEnglishFolder.resolve("same-as-english_" + language + ".txt");
        Set<String> keys = new HashSet<>();
        if (Files.exists(list)) {
            try {
                for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                    String[] parts = line.strip().split("\\s+");
                    if (parts.length == 2 && parts[0].equals(baseName)) {
                        keys.add(parts[1]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keys;
    }

    /** The names of a value's placeholders: "{0}", "{1,number}" and "{max}" give 0, 1 and max. */
    public static Set<String> placeholders(String value) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(value);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static boolean hasLetters(String value) {
        return PLACEHOLDER_OR_SPACE.matcher(value).replaceAll("").codePoints().anyMatch(Character::isLetter);
    }

    private static final Pattern PLACEHOLDER_OR_SPACE = Pattern.compile("\\{[^}]*}|\\s");

    private static String abbreviated(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
