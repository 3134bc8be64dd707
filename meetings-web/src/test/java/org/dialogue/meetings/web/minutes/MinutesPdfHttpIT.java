package org.dialogue.meetings.web.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.dialogue.meetings.web.support.HttpVisitor;
import org.dialogue.meetings.web.support.HttpVisitor.Answer;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.junit.jupiter.api.Test;

/**
 * The download address of the minutes' PDF ({@code minutes/pdf?id=...}) at the HTTP level, on the WAR as built: an
 * anonymous request goes to the sign-in page without a session, and a signed-in user asking for minutes that do not
 * exist, or with an id that is not one, gets the not-found page, not a PDF. (Downloading real minutes needs minutes
 * made through the minutes page, which this branch does not have; MinutesPdfIT in the EJB module prints them through
 * the services.)
 */
@ApplicationTest
class MinutesPdfHttpIT {

    @ApplicationAddress
    private String base;

    @Test
    void anAnonymousRequestGoesToTheSignInPageAndCreatesNoSession() {
        HttpVisitor visitor = new HttpVisitor(base);

        Answer answer = visitor.get("minutes/pdf?id=1");

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.setCookies()).isEmpty();
        assertThat(visitor.sessionId()).isNull();
        URI location = answer.location();
        assertThat(location.getPath()).isEqualTo(URI.create(base).getPath() + "login.xhtml");
        assertThat(location.getQuery()).isEqualTo("continue=/minutes/pdf?id=1");
        assertThat(answer.header("Content-Type").orElse("")).doesNotContain("application/pdf");
    }

    @Test
    void unknownOrUnreadableIdsGetTheNotFoundPage() {
        HttpVisitor visitor = new HttpVisitor(base);
        assertThat(visitor.signIn("admin", TestAccounts.ADMIN_PASSWORD).status()).isEqualTo(302);

        for (String address : new String[] {"minutes/pdf?id=987654321098", "minutes/pdf?id=-1",
                "minutes/pdf?id=abc", "minutes/pdf"}) {
            Answer answer = visitor.get(address);

            assertThat(answer.status()).as(address).isEqualTo(404);
            assertThat(answer.header("Content-Type").orElse("")).as(address).doesNotContain("pdf");
            assertThat(answer.header("Content-Disposition")).as(address).isEmpty();
            // (The page names one exception class of its own: PrimeFaces' settings map ViewExpiredException.)
            assertThat(answer.body()).as(address).contains("Page not found").doesNotContain("%PDF",
                    "RecordNotFoundException", "NumberFormatException", "at org.dialogue.");
        }
    }

}
