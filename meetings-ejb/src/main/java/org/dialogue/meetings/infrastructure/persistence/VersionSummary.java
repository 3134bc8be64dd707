package org.dialogue.meetings.infrastructure.persistence;

import java.io.Serializable;
import java.time.Instant;

/** A saved version of a draft as lists show it: number, when and by whom, without its text. */
public record VersionSummary(int number, Instant savedAt, String savedBy) implements Serializable {
}
