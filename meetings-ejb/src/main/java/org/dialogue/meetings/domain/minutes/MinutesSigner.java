package org.dialogue.meetings.domain.minutes;

/**
 * Signs the canonical text of minutes at approval ({@link Minutes#freeze}): given exactly the bytes that are stored and
 * served (UTF-8), it answers their signature with the id of its key.
 */
@FunctionalInterface
public interface MinutesSigner {

    ApprovalSignature sign(byte[] canonicalTextUtf8);
}
