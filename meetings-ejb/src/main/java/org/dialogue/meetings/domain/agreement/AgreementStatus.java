package org.dialogue.meetings.domain.agreement;

public enum AgreementStatus {
    DRAFT, IN_FORCE, EXPIRED, TERMINATED
}
