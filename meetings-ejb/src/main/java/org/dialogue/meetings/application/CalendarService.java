package org.dialogue.meetings.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dialogue.meetings.application.calendar.CalendarMethod;
import org.dialogue.meetings.application.calendar.MeetingCalendar;
import org.dialogue.meetings.domain.account.Roles;
import org.dialogue.meetings.domain.account.UserAccount;
import org.dialogue.meetings.domain.audit.AuditAction;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.infrastructure.persistence.CalendarRepository;

/**
 * Meetings as iCalendar files: one meeting to download, and each user's personal feed for calendar applications.
 *
 * <p>A download is {@link MeetingService#find}'s: a meeting the caller may not see is reported exactly like one that
 * does not exist. A feed is read without signing in (calendar applications cannot), so its address carries a long
 * random secret, the feed token (32 random bytes, base64url): only its SHA-256 hash is stored, the token itself is
 * handed out once, when it is made, and making a new one stops the old one. The feed holds what its owner may see,
 * evaluated as that user at each read (a disabled account's feed answers nothing), from {@link #FEED_PAST} back on,
 * cancelled meetings included so that calendars remove them.
 */
@Stateless
@Interceptors(CallerAccountCheck.class) // the account is checked on every call, not only at sign-in
@RolesAllowed({Roles.ADMINISTRATOR, Roles.SECRETARIAT, Roles.DELEGATE, Roles.OBSERVER})
public class CalendarService {

    /** How far back a feed goes. */
    public static final Duration FEED_PAST = Duration.ofDays(30);

    /** At most this many meetings in one feed (the soonest). */
    static final int FEED_MAX_MEETINGS = 1000;

    private static final String RECORD = "User";
    private static final int TOKEN_BYTES = 32;
    /** 32 bytes in base64url without padding: 43 characters. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @EJB
    private MeetingService meetingService;

    @Inject
    private CalendarRepository calendars;

    @Inject
    private MeetingCalendar writer;

    @Inject
    private Callers callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** One meeting's calendar file (METHOD:PUBLISH) with its invited people, if the caller may see the meeting. */
    public Optional<byte[]> meetingFile(long meetingId) {
        return meetingService.find(meetingId).map(meeting -> writer.bytes(CalendarMethod.PUBLISH, meeting,
                calendars.invitationsOf(List.of(meeting.getId()))));
    }

    /** When the caller's current feed address was made; empty when they have none yet. */
    public Optional<Instant> feedIssuedAt() {
        return callers.account(context).getCalendarFeedIssuedAt();
    }

    /**
     * Makes a new feed address for the caller and returns its token, which is shown to them now and never again;
     * the previous address stops working at once.
     */
    public String renewFeed() {
        UserAccount me = callers.account(context);
        boolean hadOne = me.getCalendarFeedIssuedAt().isPresent();
        byte[] secret = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        me.issueCalendarFeed(hash(token), clock.instant());
        audit.record(me.getUsername(), AuditAction.USER_UPDATE, RECORD, me.getId(), hadOne
                ? "calendar feed address replaced (the previous one no longer works)"
                : "calendar feed address created");
        return token;
    }

    /**
     * The feed behind a token, as its owner would see it: empty for a token that is not one, an unknown one, a
     * replaced one, or a disabled account's. Open to everyone: the token is the credential.
     */
    @PermitAll
    public Optional<byte[]> feed(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Optional<UserAccount> owner = calendars.accountByFeedHash(hash(token)).filter(UserAccount::isEnabled);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        UserAccount account = owner.get();
        List<Meeting> meetings = calendars.meetingsFrom(account.asReader(), clock.instant().minus(FEED_PAST),
                FEED_MAX_MEETINGS);
        return Optional.of(writer.feed("Dialogue meetings (" + account.getUsername() + ")", meetings,
                calendars.invitationsOf(meetings.stream().map(Meeting::getId).toList())));
    }

    /** The stored form of a token: its SHA-256 hash in hex. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
