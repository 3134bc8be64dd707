package org.dialogue.meetings.domain.account;

/**
 * Who is reading, as far as need-to-know is concerned: the signed-in user's id, role and organisation. Services build
 * it from the caller and hand it to the queries, so every list, count and page applies the same rule.
 *
 * @param userId         the user's account id
 * @param username       the sign-in name, for the audit trail
 * @param role           the user's role
 * @param organisationId the user's organisation, or null (administrators and the secretariat may have none)
 */
public record Reader(long userId, String username, Role role, Long organisationId) {

    /** The secretariat organises every meeting and so reads all of them, whatever their classification. */
    public boolean readsEveryMeeting() {
        return role == Role.SECRETARIAT;
    }
}
