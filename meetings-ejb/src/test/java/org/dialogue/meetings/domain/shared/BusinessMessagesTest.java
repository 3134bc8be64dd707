package org.dialogue.meetings.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dialogue.meetings.application.MissingFieldException;
import org.dialogue.meetings.application.Passwords;
import org.dialogue.meetings.domain.account.OrganisationRequiredException;
import org.dialogue.meetings.domain.account.Role;
import org.dialogue.meetings.domain.account.WeakPasswordException;
import org.junit.jupiter.api.Test;

/** Every business rule names a message that exists, so a refused change always explains itself. */
class BusinessMessagesTest {

    private static final Pattern KEY = Pattern.compile("\"(error\\.[A-Za-z.]+)\"");
    private final ResourceBundle bundle = ResourceBundle.getBundle(BusinessRuleException.BUNDLE, Locale.ENGLISH);

    @Test
    void everyMessageKeyInTheRulesExists() throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }

        assertThat(keys).hasSizeGreaterThan(10);
        assertThat(keys).filteredOn(key -> !key.endsWith(".") && !bundle.containsKey(key)).isEmpty();
    }

    @Test
    void missingFieldsAndRecordKindsReadAsWords() {
        for (String field : List.of("timeZone", "start", "end", "organisation")) {
            assertThat(new MissingFieldException(field).getMessage()).doesNotContain("error.");
        }
        assertThat(new StaleRecordException("AgendaItem", 7).getMessage())
                .startsWith("Someone else saved this agenda item while you were editing it.");
        assertThat(new RecordNotFoundException("Edition", 12).getMessage())
                .isEqualTo("This edition (id 12) does not exist any more. It may have been deleted by someone else.");
    }

    /**
     * A refused password names each broken rule as {@code error.password.<Passay code>}, keys the source scan above
     * cannot see: every code the policy produces, and the service's own SAME_AS_CURRENT, has a message.
     */
    @Test
    void everyPasswordRuleThePolicyCanBreakHasAMessage() {
        Passwords passwords = new Passwords(); // the policy needs nothing injected
        Set<String> broken = new LinkedHashSet<>();
        for (String password : List.of("short", "x".repeat(Passwords.MAXIMUM_LENGTH + 1),
                "long enough but AMINA.HADDAD inside", "long enough but " + new StringBuilder("Amina.Haddad").reverse()
                        + " inside", "Amina.Haddad")) {
            try {
                passwords.checkPolicy("newPassword", "amina.haddad", password);
            } catch (WeakPasswordException e) {
                broken.addAll(e.brokenRules());
            }
        }
        broken.add("SAME_AS_CURRENT"); // AccountService.changeOwnPassword's own rule

        assertThat(broken).containsExactlyInAnyOrder("TOO_SHORT", "TOO_LONG", "ILLEGAL_USERNAME",
                "ILLEGAL_USERNAME_REVERSED", "SAME_AS_CURRENT");
        for (String rule : broken) {
            assertThat(bundle.containsKey("error.password." + rule)).as(rule).isTrue();
            assertThat(new WeakPasswordException("newPassword", List.of(rule), Passwords.MINIMUM_LENGTH).getMessage())
                    .as(rule).doesNotContain("error.", "{");
        }
        assertThat(new WeakPasswordException("newPassword", List.of("TOO_SHORT"), 12).getMessage())
                .isEqualTo("The password must have at least 12 characters.");
    }

    @Test
    void aRoleInAMessageReadsAsAWord() {
        assertThat(new OrganisationRequiredException(Role.DELEGATE).getMessage())
                .isEqualTo("Delegates and observers speak for an organisation: choose the organisation of this"
                        + " delegate.");
        assertThat(new OrganisationRequiredException(Role.OBSERVER).getMessage()).endsWith(" this observer.")
                .doesNotContain("OBSERVER");
        assertThat(new RecordNotFoundException("User", 4).getMessage()).startsWith("This user (id 4)");
    }
}
