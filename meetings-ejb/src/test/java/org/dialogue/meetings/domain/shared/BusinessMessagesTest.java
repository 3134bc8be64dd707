package org.dialogue.meetings.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dialogue.meetings.application.MissingFieldException;
import org.junit.jupiter.api.Test;

/** Every business rule names a message that exists, so a refused change always explains itself. */
class BusinessMessagesTest {

    private static final Pattern KEY = Pattern.compile("\"(error\\.[A-Za-z.]+)\"");
    private final ResourceBundle bundle = ResourceBundle.getBundle(BusinessRuleException.BUNDLE, Locale.ENGLISH);

    @Test
    void everyMessageKeyInTheRulesExists() throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }

        assertThat(keys).hasSizeGreaterThan(10);
        assertThat(keys).filteredOn(key -> !key.endsWith(".") && !bundle.containsKey(key)).isEmpty();
    }

    @Test
    void missingFieldsAndRecordKindsReadAsWords() {
        for (String field : List.of("timeZone", "start", "end", "organisation")) {
            assertThat(new MissingFieldException(field).getMessage()).doesNotContain("error.");
        }
        assertThat(new StaleRecordException("AgendaItem", 7).getMessage())
                .startsWith("Someone else saved this agenda item while you were editing it.");
        assertThat(new RecordNotFoundException("Edition", 12).getMessage())
                .isEqualTo("This edition (id 12) does not exist any more. It may have been deleted by someone else.");
    }
}
