package org.dialogue.meetings.web.edition;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.dialogue.meetings.application.EditionService;
import org.dialogue.meetings.web.support.Feedback;

/**
 * "The next one" on the edition page: a new edition numbered after the highest, with this one's participating
 * organisations and, if asked, its priority axes; its form opens so that the organiser sets the title and dates.
 */
@Named
@ViewScoped
public class EditionCopyView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "copyEditionForm";

    @Inject
    private EditionService editionService;

    @Inject
    private Feedback feedback;

    private boolean withPriorityAxes = true;

    public String copy(long editionId) {
        return feedback.attempt(FORM, () -> editionService.copyToNextNumber(editionId, withPriorityAxes))
                .map(copy -> {
                    feedback.infoAfterRedirect("edition.copied", copy.getNumber());
                    return "/editions/edit?faces-redirect=true&id=" + copy.getId();
                })
                .orElse(null);
    }

    public boolean isWithPriorityAxes() {
        return withPriorityAxes;
    }

    public void setWithPriorityAxes(boolean withPriorityAxes) {
        this.withPriorityAxes = withPriorityAxes;
    }
}
