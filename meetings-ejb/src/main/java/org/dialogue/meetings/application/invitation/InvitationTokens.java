package org.dialogue.meetings.application.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.dialogue.meetings.domain.invitation.Invitation;
import org.dialogue.meetings.domain.invitation.InvitationRuleException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The tokens of the reply links in invitation e-mails (see {@link SignedTokens}): single-purpose
 * ({@value #PURPOSE}), naming the invitation, valid until the meeting's end.
 *
 * <p>The secret is {@value #SECRET_PROPERTY} from MicroProfile Config (at least 32 characters) when it is set;
 * otherwise one is generated at random the first time it is needed and kept in the database, so every instance of a
 * cluster shares it and links stay valid across restarts. Changing the configured secret invalidates every link sent.
 */
@ApplicationScoped
public class InvitationTokens {

    public static final String PURPOSE = "invitation-reply";
    public static final String SECRET_PROPERTY = "meetings.tokens.secret";
    public static final String STORED_SECRET_NAME = "invitation-reply-tokens";

    private static final Logger LOG = Logger.getLogger(InvitationTokens.class.getName());

    @Inject
    private SecretStore store;

    @Inject
    private Clock clock;

    private volatile SignedTokens tokens;

    /** A reply token for this invitation, valid until its meeting ends. The invitation must have its id. */
    public String issue(Invitation invitation) {
        if (invitation.getId() == null) {
            throw new IllegalStateException("Issue a token once the invitation has its id (after a flush)");
        }
        return tokens().sign(PURPOSE, invitation.getId(), invitation.getMeeting().getEndsAt());
    }

    /**
     * The id of the invitation the token was issued for. Refuses, with a message for the person who followed the
     * link, a token that was changed or made up, one issued for another purpose, and one whose meeting has ended.
     */
    public long verify(String token) {
        SignedTokens.Check check = tokens().verify(token, PURPOSE, clock.instant());
        return switch (check.verdict()) {
            case VALID -> check.subject();
            case EXPIRED -> throw InvitationRuleException.expiredToken();
            case INVALID -> throw InvitationRuleException.invalidToken();
        };
    }

    private SignedTokens tokens() {
        SignedTokens current = tokens;
        if (current == null) {
            synchronized (this) {
                current = tokens;
                if (current == null) {
                    current = new SignedTokens(secret());
                    tokens = current;
                }
            }
        }
        return current;
    }

    private byte[] secret() {
        Optional<String> configured = ConfigProvider.getConfig().getOptionalValue(SECRET_PROPERTY, String.class)
                .map(String::strip).filter(s -> !s.isEmpty());
        if (configured.isPresent()) {
            byte[] bytes = configured.get().getBytes(StandardCharsets.UTF_8);
            if (bytes.length < 32) {
                throw new IllegalStateException(SECRET_PROPERTY + " must have at least 32 characters");
            }
            return bytes;
        }
        String stored = store.find(STORED_SECRET_NAME).orElseGet(() -> {
            try {
                String created = store.create(STORED_SECRET_NAME);
                LOG.info(() -> "Generated the secret of invitation reply links and kept it in the database ("
                        + SECRET_PROPERTY + " is not set)");
                return created;
            } catch (RuntimeException e) { // another instance stored one at the same moment: use that one
                return store.find(STORED_SECRET_NAME).orElseThrow(() -> e);
            }
        });
        return Base64.getUrlDecoder().decode(stored);
    }
}
