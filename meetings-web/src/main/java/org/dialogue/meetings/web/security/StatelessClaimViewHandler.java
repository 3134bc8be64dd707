package org.dialogue.meetings.web.security;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.render.ResponseStateManager;

/**
 * A form post whose view state says "stateless" is accepted only by the pages that keep no state (the sign-in and
 * error pages). Sent to any other page, it is a forged view state and gets the "session expired" page like every
 * other one, instead of the general error page Faces would show ("Unable to restore view").
 */
public class StatelessClaimViewHandler extends ViewHandlerWrapper {

    private static final String STATELESS = "stateless";

    public StatelessClaimViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot restoreView(FacesContext context, String viewId) {
        try {
            return super.restoreView(context, viewId);
        } catch (FacesException e) {
            String claimed = context.getExternalContext().getRequestParameterMap()
                    .get(ResponseStateManager.VIEW_STATE_PARAM);
            if (STATELESS.equals(claimed)) {
                // Without the cause: the error pages look at the innermost exception (OmniFaces unwraps).
                throw new ViewExpiredException("A stateless view state was posted to " + viewId, viewId);
            }
            throw e;
        }
    }
}
