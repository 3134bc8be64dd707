package org.dialogue.meetings.web.edition;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.dialogue.meetings.application.EditionService;
import org.dialogue.meetings.domain.edition.DialogueEdition;

@Named
@RequestScoped
public class EditionListView {

    @Inject
    private EditionService editionService;

    private List<DialogueEdition> editions;

    /** All editions, newest first (a few dozen at most: one list, no paging). */
    public List<DialogueEdition> getEditions() {
        if (editions == null) {
            editions = editionService.findAll();
        }
        return editions;
    }
}
