package org.dialogue.meetings.domain.agreement;

/** What an agreement covers, as listed in the partnership texts. */
public enum AgreementScope {
    JOINT_OPERATIONS, LIAISON_OFFICER_EXCHANGE, CRIMINAL_DATA_SHARING, JOINT_OPERATIONAL_MEETINGS
}
