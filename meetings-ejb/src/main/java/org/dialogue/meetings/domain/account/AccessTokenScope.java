package org.dialogue.meetings.domain.account;

/** What a personal access token may do: read only (GET), or read and write as its owner may. */
public enum AccessTokenScope {
    READ_ONLY, READ_WRITE;

    /** Whether a request of this HTTP method is within the scope: a read-only token reads, never changes. */
    public boolean allows(String httpMethod) {
        return this == READ_WRITE || "GET".equals(httpMethod) || "HEAD".equals(httpMethod)
                || "OPTIONS".equals(httpMethod);
    }
}
