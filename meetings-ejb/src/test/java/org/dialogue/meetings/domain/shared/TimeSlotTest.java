package org.dialogue.meetings.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeSlotTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void venueTimesBecomeInstantsAcrossTheAutumnChange() {
        TimeSlot slot = TimeSlot.ofLocal(LocalDateTime.of(2026, 10, 24, 18, 0), LocalDateTime.of(2026, 10, 25, 18, 0),
                PARIS);

        assertThat(slot.start()).isEqualTo(Instant.parse("2026-10-24T16:00:00Z"));
        assertThat(slot.end()).isEqualTo(Instant.parse("2026-10-25T17:00:00Z"));
        assertThat(slot.duration()).isEqualTo(Duration.ofHours(25));
        assertThat(slot.localEnd().toLocalTime()).hasToString("18:00");
    }

    @Test
    void halfHourOffsetsAndZonesWithoutDaylightSavingAreExact() {
        TimeSlot slot = TimeSlot.ofLocal(LocalDateTime.of(2026, 3, 29, 9, 0), LocalDateTime.of(2026, 3, 29, 10, 30),
                ZoneId.of("Asia/Kolkata"));

        assertThat(slot.start()).isEqualTo(Instant.parse("2026-03-29T03:30:00Z"));
        assertThat(slot.duration()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void aTimeInTheSpringGapIsRefusedNotMoved() {
        assertThatThrownBy(() -> TimeSlot.ofLocal(LocalDateTime.of(2026, 3, 29, 2, 30),
                LocalDateTime.of(2026, 3, 29, 4, 0), PARIS))
                .isInstanceOf(NonExistentLocalTimeException.class)
                .hasMessage("The time 2026-03-29 02:30 does not exist in Europe/Paris: the clocks skip it for"
                        + " daylight-saving time. Choose another time.");
    }

    @Test
    void anAmbiguousAutumnTimeMeansItsFirstOccurrence() {
        TimeSlot slot = TimeSlot.ofLocal(LocalDateTime.of(2026, 10, 25, 2, 30), LocalDateTime.of(2026, 10, 25, 4, 0),
                PARIS);

        assertThat(slot.start()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void theEndMustComeAfterTheStart() {
        LocalDateTime nine = LocalDateTime.of(2026, 5, 4, 9, 0);
        assertThatThrownBy(() -> TimeSlot.ofLocal(nine, nine, PARIS))
                .isInstanceOfSatisfying(InvalidTimeRangeException.class,
                        e -> assertThat(e.field()).contains("end"));
    }
}
