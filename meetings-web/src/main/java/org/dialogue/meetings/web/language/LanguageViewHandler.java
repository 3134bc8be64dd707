package org.dialogue.meetings.web.language;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * Gives every new view the language {@link LanguageFilter} decided for the request, instead of Faces' own match of
 * the browser's languages: the saved choice and the switch's cookie come first.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        if (context.getExternalContext().getRequest() instanceof HttpServletRequest request) {
            return LanguageFilter.localeOf(request);
        }
        return super.calculateLocale(context);
    }
}
