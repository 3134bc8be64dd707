package org.dialogue.meetings.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedbackTest {

    @Test
    void propertyPathsOfTheDomainNameTheFormInputs() {
        assertThat(Feedback.inputId("title")).isEqualTo("title");
        assertThat(Feedback.inputId("venue.city")).isEqualTo("venueCity");
        assertThat(Feedback.inputId("priorityAxes[0].title")).isEqualTo("priorityAxes0Title");
    }
}
