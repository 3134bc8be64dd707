package org.dialogue.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.MeetingKind;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.organisation.OrganisationKind;
import org.dialogue.meetings.domain.shared.TimeSlot;
import org.dialogue.meetings.domain.shared.Venue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each constraint has an explicit message from ValidationMessages.properties, not the provider's default. */
class ValidationMessagesTest {

    private static Validator validator;

    @BeforeAll
    static void createValidator() {
        Locale.setDefault(Locale.ENGLISH);
        validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    @Test
    void aMeetingWithoutTitleOrCityGetsTheProductsOwnMessages() {
        Meeting meeting = new Meeting(MeetingKind.OTHER, " ", TimeSlot.ofLocal(LocalDateTime.of(2030, 1, 1, 9, 0),
                LocalDateTime.of(2030, 1, 1, 10, 0), ZoneId.of("UTC")), new Venue(null, null, "", "France"));

        Set<ConstraintViolation<Meeting>> violations = validator.validate(meeting);

        assertThat(violations).extracting(v -> v.getPropertyPath() + ": " + v.getMessage())
                .containsExactlyInAnyOrder("title: Enter the title of the meeting.",
                        "venue.city: Enter the city of the venue.");
    }

    @Test
    void anAcronymWithLowerCaseLettersIsStoredInCapitals() {
        Organisation organisation = new Organisation(" eco ", "Economic Cooperation Organization",
                OrganisationKind.OTHER);

        assertThat(organisation.getAcronym()).isEqualTo("ECO");
        assertThat(validator.validate(organisation)).isEmpty();
    }
}
