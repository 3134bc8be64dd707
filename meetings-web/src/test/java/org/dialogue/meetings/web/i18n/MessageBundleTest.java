package org.dialogue.meetings.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dialogue.meetings.domain.account.Role;
import org.dialogue.meetings.domain.agreement.AgreementKind;
import org.dialogue.meetings.domain.agreement.AgreementScope;
import org.dialogue.meetings.domain.agreement.AgreementStatus;
import org.dialogue.meetings.domain.audit.AuditAction;
import org.dialogue.meetings.domain.edition.EditionStatus;
import org.dialogue.meetings.domain.meeting.Classification;
import org.dialogue.meetings.domain.meeting.MeetingKind;
import org.dialogue.meetings.domain.meeting.MeetingStatus;
import org.dialogue.meetings.domain.meeting.ParticipantRole;
import org.dialogue.meetings.domain.organisation.OrganisationKind;
import org.dialogue.meetings.web.account.AuditTrailView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every label the pages and beans ask for exists in the bundle, so no page ever shows a missing-key marker. */
class MessageBundleTest {

    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "(?:info|infoAfterRedirect|text)\\(\"([A-Za-z0-9_.]+)\"");

    private static Properties labels;

    @BeforeAll
    static void loadBundle() throws IOException {
        labels = new Properties();
        try (InputStream in = MessageBundleTest.class.getResourceAsStream("/i18n/messages.properties")) {
            labels.load(in);
        }
    }

    @Test
    void everyKeyUsedInAPageExists() throws IOException {
        List<String> used = keysUsed(Path.of("src/main/webapp"), ".xhtml", PAGE_KEY);

        assertThat(used).hasSizeGreaterThan(100); // the pattern does find the pages' labels
        assertThat(used).filteredOn(key -> !labels.containsKey(key)).isEmpty();
    }

    @Test
    void everyKeyUsedByABackingBeanExists() throws IOException {
        List<String> used = keysUsed(Path.of("src/main/java"), ".java", JAVA_KEY);

        assertThat(used).hasSizeGreaterThan(10);
        assertThat(used).filteredOn(key -> !labels.containsKey(key)).isEmpty();
    }

    @Test
    void everyValueOfTheEnumerationsShownHasALabel() {
        List<Class<? extends Enum<?>>> shown = List.of(MeetingKind.class, MeetingStatus.class, ParticipantRole.class,
                EditionStatus.class, AgreementKind.class, AgreementScope.class, AgreementStatus.class,
                OrganisationKind.class, Role.class, Classification.class, AuditAction.class,
                org.dialogue.meetings.domain.minutes.TranslationStatus.class);
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : shown) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String key = type.getSimpleName() + "." + constant.name();
                if (!labels.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyClassificationHasItsExplanationAndEveryAuditedRecordKindItsLabel() {
        List<String> keys = new ArrayList<>();
        for (Classification classification : Classification.values()) {
            keys.add("Classification." + classification.name() + ".hint");
        }
        AuditTrailView.RECORD_KINDS.forEach(kind -> keys.add("AuditRecord." + kind));
        org.dialogue.meetings.domain.organisation.Person.LANGUAGES.forEach(language -> keys.add("language." + language));
        for (org.dialogue.meetings.domain.minutes.MinutesLanguage language
                : org.dialogue.meetings.domain.minutes.MinutesLanguage.values()) {
            keys.add("minutes.language." + language.getCode());
        }

        assertThat(keys).filteredOn(key -> !labels.containsKey(key)).isEmpty();
    }

    private static List<String> keysUsed(Path root, String suffix, Pattern keyPattern) throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher matcher = keyPattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }
}
