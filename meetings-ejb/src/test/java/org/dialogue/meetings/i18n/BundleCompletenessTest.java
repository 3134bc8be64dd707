package org.dialogue.meetings.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The EJB module's bundles exist in English, French, Spanish and Arabic, key for key, placeholder for placeholder, and
 * nothing is left in English in another language's file ({@link BundleCompleteness}).
 */
class BundleCompletenessTest {

    @ParameterizedTest
    @ValueSource(strings = {"org.dialogue.meetings.domain.shared.BusinessMessages", "ValidationMessages",
        "org.dialogue.meetings.application.mail.MailMessages"})
    void everyLanguageHasEveryKeyTranslated(String bundle) {
        List<String> problems = new BundleCompleteness(Path.of("src/main/resources"), Path.of("src/test/resources/i18n"))
                .problems(bundle);

        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }
}
