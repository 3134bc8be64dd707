package org.dialogue.meetings.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    private static Optional<SmtpServer> server(Map<String, String> values) {
        return MailSettings.server(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void withoutAHostThereIsNoServer() {
        assertThat(server(Map.of(MailSettings.PORT, "2525", MailSettings.SENDER, "a@example.org"))).isEmpty();
    }

    @Test
    void everySettingIsRead() {
        SmtpServer server = server(Map.of(MailSettings.HOST, " smtp.example.org ", MailSettings.PORT, "2525",
                MailSettings.USER, "mailer", MailSettings.PASSWORD, "pw-s3cr3t", MailSettings.TLS, "true",
                MailSettings.SENDER, "Dialogue Secretariat <secretariat@example.org>")).orElseThrow();
        assertThat(server).isEqualTo(new SmtpServer("smtp.example.org", 2525, "mailer", "pw-s3cr3t", true,
                "Dialogue Secretariat <secretariat@example.org>"));
        assertThat(server.signsIn()).isTrue();
        assertThat(server.describe()).doesNotContain("s3cr3t").contains("smtp.example.org:2525", "STARTTLS");
        assertThat(server.toString()).doesNotContain("s3cr3t");
    }

    @Test
    void defaultsForPortAndSender() {
        assertThat(server(Map.of(MailSettings.HOST, "localhost")).orElseThrow())
                .isEqualTo(new SmtpServer("localhost", 25, null, null, false, "no-reply@localhost"));
        assertThat(server(Map.of(MailSettings.HOST, "smtp.example.org", MailSettings.TLS, "true",
                MailSettings.USER, "bot@example.org")).orElseThrow())
                .isEqualTo(new SmtpServer("smtp.example.org", 587, "bot@example.org", null, true, "bot@example.org"));
    }

    @Test
    void aBadPortIsExplained() {
        assertThatThrownBy(() -> server(Map.of(MailSettings.HOST, "h", MailSettings.PORT, "smtp")))
                .hasMessageContaining(MailSettings.PORT);
        assertThatThrownBy(() -> server(Map.of(MailSettings.HOST, "h", MailSettings.PORT, "70000")))
                .hasMessageContaining(MailSettings.PORT);
    }

    @Test
    void reminderDaysAreWholeDaysLargestFirst() {
        assertThat(MailSettings.reminderDays(Optional.empty())).containsExactly(7, 1);
        assertThat(MailSettings.reminderDays(Optional.of("1, 14,3,3"))).containsExactly(14, 3, 1);
        assertThat(MailSettings.reminderDays(Optional.of(" "))).isEmpty();
        assertThatThrownBy(() -> MailSettings.reminderDays(Optional.of("7,one")))
                .hasMessageContaining(MailSettings.REMINDER_DAYS);
    }

    @Test
    void thePublicAddressHasNoTrailingSlash() {
        assertThat(MailSettings.publicUrl(Optional.empty())).isEqualTo("http://localhost:8080");
        assertThat(MailSettings.publicUrl(Optional.of("https://meetings.example.org/"))).isEqualTo(
                "https://meetings.example.org");
    }
}
