package org.dialogue.meetings.domain.minutes;

import org.dialogue.meetings.domain.shared.BusinessRuleException;

/** A rule of the minutes' workflow, named by its message key; each factory method below is one rule. */
public class MinutesRuleException extends BusinessRuleException {

    private MinutesRuleException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }

    /** Approved minutes never change; a correction is a new revision. */
    public static MinutesRuleException frozen(int revision) {
        return new MinutesRuleException("error.minutes.frozen", null, revision);
    }

    /** Only a draft is edited or circulated: circulated minutes are revised first. */
    public static MinutesRuleException notDraft() {
        return new MinutesRuleException("error.minutes.notDraft", null);
    }

    /** Answers, replies and revisions need a round that is under way. */
    public static MinutesRuleException notCirculated() {
        return new MinutesRuleException("error.minutes.notCirculated", null);
    }

    public static MinutesRuleException alreadyOpened(String meetingTitle) {
        return new MinutesRuleException("error.minutes.alreadyOpened", null, meetingTitle);
    }

    public static MinutesRuleException meetingCancelled(String meetingTitle) {
        return new MinutesRuleException("error.minutes.meetingCancelled", null, meetingTitle);
    }

    public static MinutesRuleException deadlineNotInFuture() {
        return new MinutesRuleException("error.minutes.deadlineNotInFuture", "deadline");
    }

    /** Circulation needs at least one organisation to answer: co-organisers or organisations of participants. */
    public static MinutesRuleException nobodyToApprove() {
        return new MinutesRuleException("error.minutes.nobodyToApprove", null);
    }

    public static MinutesRuleException notAnswering(String organisation) {
        return new MinutesRuleException("error.minutes.notAnswering", null, organisation);
    }

    public static MinutesRuleException alreadyAnswered(String organisation, String by) {
        return new MinutesRuleException("error.minutes.alreadyAnswered", null, organisation, by);
    }

    /** A comment says what is wrong; an empty one helps nobody. */
    public static MinutesRuleException commentRequired() {
        return new MinutesRuleException("error.minutes.commentRequired", "comment");
    }

    public static MinutesRuleException reasonRequired() {
        return new MinutesRuleException("error.minutes.reasonRequired", "reason");
    }

    /** One correction at a time: the newest revision must be approved before another is opened. */
    public static MinutesRuleException notLatestApproved() {
        return new MinutesRuleException("error.minutes.notLatestApproved", null);
    }

    public static MinutesRuleException notesTooLong(String item, int max) {
        return new MinutesRuleException("error.minutes.notesTooLong", null, item, max);
    }
}
