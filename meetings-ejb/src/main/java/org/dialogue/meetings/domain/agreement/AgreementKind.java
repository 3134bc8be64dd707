package org.dialogue.meetings.domain.agreement;

public enum AgreementKind {
    INSTITUTIONAL, OPERATIONAL
}
