package org.dialogue.meetings.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.dialogue.meetings.domain.account.Role;
import org.dialogue.meetings.domain.account.UserAccount;
import org.junit.jupiter.api.Test;

class TimeZonesTest {

    @Test
    void regionZonesAndUtcAreAcceptedAndEverythingElseIsNot() {
        assertThat(TimeZones.personal("Europe/Paris")).contains(ZoneId.of("Europe/Paris"));
        assertThat(TimeZones.personal(" Asia/Kolkata ")).contains(ZoneId.of("Asia/Kolkata"));
        assertThat(TimeZones.personal("America/Argentina/Buenos_Aires")).isPresent();
        assertThat(TimeZones.personal("UTC")).contains(TimeZones.UTC);
        assertThat(TimeZones.personal("Etc/UTC")).contains(TimeZones.UTC); // what some browsers report
        assertThat(TimeZones.personal("GMT")).contains(TimeZones.UTC);

        assertThat(TimeZones.personal(null)).isEmpty();
        assertThat(TimeZones.personal("")).isEmpty();
        assertThat(TimeZones.personal("Mars/Olympus_Mons")).isEmpty();
        assertThat(TimeZones.personal("CET")).isEmpty();
        assertThat(TimeZones.personal("+05:30")).isEmpty();
        assertThat(TimeZones.personal("Etc/GMT+5")).isEmpty();
        assertThat(TimeZones.personal("SystemV/EST5")).isEmpty();
        assertThat(TimeZones.personal("<script>alert(1)</script>")).isEmpty();
    }

    @Test
    void theBrowserZoneIsTakenOnlyByAnAccountWithoutOne() {
        UserAccount account = new UserAccount("zoned", "Zoned User", Role.SECRETARIAT, null, "hash",
                java.time.Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(account.getTimeZone()).isNull();

        assertThat(account.adoptTimeZone(ZoneId.of("Asia/Singapore"))).isTrue();
        assertThat(account.adoptTimeZone(ZoneId.of("Europe/Paris"))).isFalse();
        assertThat(account.getTimeZone()).isEqualTo(ZoneId.of("Asia/Singapore"));

        account.chooseTimeZone(ZoneId.of("Pacific/Auckland"));
        assertThat(account.getTimeZone()).isEqualTo(ZoneId.of("Pacific/Auckland"));
        assertThat(account.auditFields()).containsEntry("timeZone", "Pacific/Auckland");
    }
}
