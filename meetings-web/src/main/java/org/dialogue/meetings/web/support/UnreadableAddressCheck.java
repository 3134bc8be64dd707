package org.dialogue.meetings.web.support;

import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An address whose parameters cannot be read ({@code meetings/edit.xhtml?id=abc}) is the address of no page: it gets
 * the not-found page (404), rather than the page without its parameter, which for a form is an empty form for a new
 * record. Registered for {@code PostValidateEvent} in faces-config.xml; applies to addresses opened, not to forms
 * posted.
 */
public class UnreadableAddressCheck implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewParameter;
    }

    @Override
    public void processEvent(SystemEvent event) {
        UIViewParameter parameter = (UIViewParameter) event.getSource();
        FacesContext context = FacesContext.getCurrentInstance();
        if (!parameter.isValid() && !context.isPostback() && !context.getResponseComplete()) {
            try {
                context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }
    }
}
