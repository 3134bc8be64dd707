package org.dialogue.meetings.domain.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2030-01-15T10:00:00Z");

    private static OutboxMail mail(String address, boolean server) {
        return new OutboxMail("invitation:1", MailKind.INVITATION, 1L, 2L, "Amina", address, "Subject", "Body",
                new CalendarAttachment("BEGIN:VCALENDAR", CalendarAttachment.REQUEST), server, NOW);
    }

    @Test
    void aMailWithAnAddressAndAServerIsDueAtOnce() {
        OutboxMail mail = mail("amina@example.org", true);
        assertThat(mail.getStatus()).isEqualTo(MailStatus.DUE);
        assertThat(mail.getNextAttemptAt()).isEqualTo(NOW);
        assertThat(mail.getAttachment()).contains(new CalendarAttachment("BEGIN:VCALENDAR", "REQUEST"));
    }

    @Test
    void withoutAnAddressOrAServerItIsRecordedAsNotSent() {
        assertThat(mail(null, true).getStatus()).isEqualTo(MailStatus.NO_ADDRESS);
        assertThat(mail(" ", false).getStatus()).isEqualTo(MailStatus.NO_ADDRESS);
        assertThat(mail("amina@example.org", false).getStatus()).isEqualTo(MailStatus.NO_SERVER);
        assertThat(mail(null, true).isRetryable()).isFalse();
        assertThat(mail("amina@example.org", false).isRetryable()).isTrue();
    }

    @Test
    void failuresWaitLongerEachTimeThenGiveUpAndARetryStartsAgain() {
        OutboxMail mail = mail("amina@example.org", true);
        RetryPolicy policy = new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 3);
        mail.failed("Connection refused", NOW, policy);
        assertThat(mail.getStatus()).isEqualTo(MailStatus.DUE);
        assertThat(mail.getAttempts()).isEqualTo(1);
        assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        mail.failed("Connection refused", NOW, policy);
        assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
        mail.failed("x".repeat(5000), NOW, policy);
        assertThat(mail.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(mail.getNextAttemptAt()).isNull();
        assertThat(mail.getLastError()).hasSize(2000);

        assertThat(mail.retry(NOW.plusSeconds(60))).isTrue();
        assertThat(mail.getStatus()).isEqualTo(MailStatus.DUE);
        assertThat(mail.getAttempts()).isZero();
        assertThat(mail.retry(NOW.plusSeconds(60))).isFalse(); // already due

        mail.sent(NOW.plusSeconds(90));
        assertThat(mail.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(mail.getAttempts()).isEqualTo(1);
        assertThat(mail.getLastError()).isNull();
        assertThat(mail.retry(NOW.plusSeconds(120))).isFalse(); // never sent twice from the page
    }
}
