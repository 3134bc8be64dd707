package org.dialogue.meetings.domain.meeting;

public enum ParticipantRole {
    HEAD_OF_DELEGATION, DELEGATE, OBSERVER, LIAISON_OFFICER
}
