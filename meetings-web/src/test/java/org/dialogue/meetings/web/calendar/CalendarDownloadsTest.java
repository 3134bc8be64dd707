package org.dialogue.meetings.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the calendar addresses accept as the name before ".ics": one path segment, nothing else. */
class CalendarDownloadsTest {

    @Test
    void theNameIsTheOneSegmentBeforeIcs() {
        assertThat(CalendarDownloads.name("/123.ics")).contains("123");
        assertThat(CalendarDownloads.name("/Ab-_9.ics")).contains("Ab-_9");
    }

    @Test
    void anythingElseHasNoName() {
        for (String path : new String[] {null, "", "/", "/.ics", "/123", "123.ics", "/a/b.ics", "/../x.ics/",
                "/123.ics/"}) {
            assertThat(CalendarDownloads.name(path)).as(String.valueOf(path)).isEmpty();
        }
    }
}
