package org.dialogue.meetings.application;

import java.util.List;
import org.dialogue.meetings.domain.invitation.Invitation;
import org.dialogue.meetings.domain.organisation.Person;

/**
 * What an invitation request did: the invitations issued now, the people who had been invited already (nothing
 * changes for them, and no second mail goes out), and the people who joined their organisation's delegation on the
 * way (a person invited on their own who was not yet a participant).
 */
public record Invited(List<Invitation> issued, List<Invitation> alreadyInvited, List<Person> joinedDelegation) {

    public Invited {
        issued = List.copyOf(issued);
        alreadyInvited = List.copyOf(alreadyInvited);
        joinedDelegation = List.copyOf(joinedDelegation);
    }
}
