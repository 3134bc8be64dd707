package org.dialogue.meetings.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dialogue.meetings.testsupport.i18n.BundleCompleteness;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The EJB module's bundles exist in English, French, Spanish and Arabic, key for key, placeholder for placeholder, and
 * nothing is left in English in another language's file ({@link BundleCompleteness}, shared with the
 * other module's test from {@code meetings-test-support}).
 */
class BundleCompletenessTest {

    @ParameterizedTest
    @ValueSource(strings = {"org.dialogue.meetings.domain.shared.BusinessMessages", "ValidationMessages",
        "org.dialogue.meetings.application.mail.MailMessages",
        "org.dialogue.meetings.application.mail.MinutesMailMessages"})
    void everyLanguageHasEveryKeyTranslated(String bundle) {
        List<String> problems = BundleCompleteness.ofModule().problems(bundle);

        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }
}
