package org.dialogue.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dialogue.meetings.domain.account.Role;
import org.dialogue.meetings.domain.account.UserAccount;
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

    @Test
    void aUserWithABadNameAndNoFullNameGetsTheProductsOwnMessages() {
        UserAccount user = new UserAccount("-Amina Haddad", "  ", Role.SECRETARIAT, null, "hash",
                Instant.parse("2030-01-01T00:00:00Z"));

        assertThat(validator.validate(user)).extracting(v -> v.getPropertyPath() + ": " + v.getMessage())
                .containsExactlyInAnyOrder("username: The user name uses lower-case letters, digits, dots, hyphens"
                        + " and underscores, and starts with a letter or digit.",
                        "fullName: Enter the person's full name.");
    }

    @Test
    void everyMessageKeyOfAConstraintExists() throws IOException {
        Pattern key = Pattern.compile("message = \"\\{([A-Za-z.]+)}\"");
        ResourceBundle messages = ResourceBundle.getBundle("ValidationMessages", Locale.ENGLISH);
        List<String> keys = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = key.matcher(Files.readString(source));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }

        assertThat(keys).contains("user.username.pattern", "meeting.classification.required");
        assertThat(keys).filteredOn(k -> !messages.containsKey(k)).isEmpty();
    }
}
