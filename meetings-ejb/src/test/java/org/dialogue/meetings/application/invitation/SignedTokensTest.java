package org.dialogue.meetings.application.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.dialogue.meetings.application.invitation.SignedTokens.Verdict;
import org.junit.jupiter.api.Test;

/** The signed reply tokens, without a container: what passes, and each way a token is refused. */
class SignedTokensTest {

    private static final String PURPOSE = "invitation-reply";
    private static final Instant NOW = Instant.parse("2030-03-04T08:00:00Z");
    private static final Instant MEETING_END = Instant.parse("2030-03-04T16:00:00Z");

    private final SignedTokens tokens = new SignedTokens(secret('a'));

    @Test
    void aTokenIssuedForAnInvitationNamesItUntilItExpires() {
        String token = tokens.sign(PURPOSE, 4711, MEETING_END);

        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"); // base64url: safe in a link as it is
        assertThat(tokens.verify(token, PURPOSE, NOW)).isEqualTo(new SignedTokens.Check(Verdict.VALID, 4711));
        assertThat(tokens.verify(token, PURPOSE, MEETING_END.minusSeconds(1)).verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void aTokenExpiresAtTheEndOfItsMeeting() {
        String token = tokens.sign(PURPOSE, 4711, MEETING_END);

        assertThat(tokens.verify(token, PURPOSE, MEETING_END).verdict()).isEqualTo(Verdict.EXPIRED);
        assertThat(tokens.verify(token, PURPOSE, MEETING_END.plus(Duration.ofDays(3))).verdict())
                .isEqualTo(Verdict.EXPIRED);
    }

    @Test
    void aChangedTokenIsRefused() {
        String token = tokens.sign(PURPOSE, 4711, MEETING_END);
        String payload = token.substring(0, token.indexOf('.'));
        String signature = token.substring(token.indexOf('.') + 1);
        String otherInvitation = encode(PURPOSE + ".4712." + MEETING_END.getEpochSecond());
        String laterExpiry = encode(PURPOSE + ".4711." + MEETING_END.plus(Duration.ofDays(365)).getEpochSecond());

        assertThat(tokens.verify(otherInvitation + "." + signature, PURPOSE, NOW).verdict())
                .isEqualTo(Verdict.INVALID);
        assertThat(tokens.verify(laterExpiry + "." + signature, PURPOSE, MEETING_END.plusSeconds(10)).verdict())
                .isEqualTo(Verdict.INVALID);
        assertThat(tokens.verify(payload + "." + flipLastCharacter(signature), PURPOSE, NOW).verdict())
                .isEqualTo(Verdict.INVALID);
        assertThat(tokens.verify(flipLastCharacter(payload) + "." + signature, PURPOSE, NOW).verdict())
                .isEqualTo(Verdict.INVALID);
        assertThat(tokens.verify(payload + "." + flipFirstCharacter(signature), PURPOSE, NOW).verdict())
                .isEqualTo(Verdict.INVALID);
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() {
        String foreign = new SignedTokens(secret('b')).sign(PURPOSE, 4711, MEETING_END);

        assertThat(tokens.verify(foreign, PURPOSE, NOW).verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void aTokenForAnotherPurposeIsRefusedEvenWithTheRightSignature() {
        String feed = tokens.sign("calendar-feed", 4711, MEETING_END);

        assertThat(tokens.verify(feed, "calendar-feed", NOW).verdict()).isEqualTo(Verdict.VALID);
        assertThat(tokens.verify(feed, PURPOSE, NOW).verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void malformedTokensAreRefusedWithoutAnException() {
        for (String token : new String[] {null, "", ".", "abc", "abc.", ".abc", "a.b.c", "!!!.???", "x".repeat(5000),
                encode("invitation-reply.x.y") + "." + encode("sig"), "%2F%2F.%2F"}) {
            assertThat(tokens.verify(token, PURPOSE, NOW).verdict()).as(String.valueOf(token))
                    .isEqualTo(Verdict.INVALID);
        }
    }

    @Test
    void aShortSecretOrAPurposeWithADotIsAProgrammingError() {
        assertThatThrownBy(() -> new SignedTokens(new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.sign("invitation.reply", 1, MEETING_END))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] secret(char c) {
        return String.valueOf(c).repeat(40).getBytes(StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String flipFirstCharacter(String text) {
        return (text.charAt(0) == 'A' ? 'B' : 'A') + text.substring(1);
    }

    /** The last character of unpadded base64 also holds unused bits: a changed spelling of the same bytes. */
    private static String flipLastCharacter(String text) {
        char last = text.charAt(text.length() - 1);
        return text.substring(0, text.length() - 1) + (last == 'A' ? 'B' : 'A');
    }
}
