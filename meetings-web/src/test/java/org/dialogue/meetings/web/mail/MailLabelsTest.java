package org.dialogue.meetings.web.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.dialogue.meetings.domain.mail.MailKind;
import org.dialogue.meetings.domain.mail.MailStatus;
import org.junit.jupiter.api.Test;

/** Every status and kind of mail the mail page shows has its label. */
class MailLabelsTest {

    @Test
    void everyMailStatusAndKindHasALabel() throws IOException {
        Properties labels = new Properties();
        try (InputStream in = MailLabelsTest.class.getResourceAsStream("/i18n/messages.properties")) {
            labels.load(in);
        }
        for (MailStatus status : MailStatus.values()) {
            assertThat(labels).containsKey("MailStatus." + status);
        }
        for (MailKind kind : MailKind.values()) {
            assertThat(labels).containsKey("MailKind." + kind);
        }
    }
}
