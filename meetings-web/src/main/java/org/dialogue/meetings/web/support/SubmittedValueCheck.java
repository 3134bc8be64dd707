package org.dialogue.meetings.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.validator.LengthValidator;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.dialogue.meetings.domain.shared.LocalFormats;

/**
 * Refuses, with a message next to the field, what PrimeFaces would otherwise correct without a word before the
 * page's own validation runs (registered for {@code PreValidateEvent} in faces-config.xml):
 * <ul>
 * <li>text longer than the field's {@code maxlength} (which the browser enforces only for typing): PrimeFaces cuts it
 * at the limit, so a forged 5,000-character title would be saved as its first 300 characters;
 * <li>values of a multiple-choice menu that the menu does not offer (an id forged into the page): PrimeFaces drops
 * them, so the rest of the form would be saved as if they had not been sent.
 * </ul>
 * The input is then invalid: nothing is saved, and the form shows what was wrong.
 */
public class SubmittedValueCheck implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIInput;
    }

    @Override
    public void processEvent(SystemEvent event) {
        UIInput input = (UIInput) event.getSource();
        FacesContext context = FacesContext.getCurrentInstance();
        String clientId = input.getClientId(context);
        if (input instanceof UISelectMany) {
            String[] sent = context.getExternalContext().getRequestParameterValuesMap().get(clientId);
            if (sent != null && input.getSubmittedValue() instanceof String[] kept && !offered(sent, kept)) {
                refuse(context, input, clientId, message(context, UISelectMany.INVALID_MESSAGE_ID, label(input)));
            }
            return;
        }
        if (input.getAttributes().get("maxlength") instanceof Integer maximum && maximum > 0) {
            String sent = context.getExternalContext().getRequestParameterMap().get(clientId);
            if (sent != null && sent.length() > maximum) {
                refuse(context, input, clientId,
                        message(context, LengthValidator.MAXIMUM_MESSAGE_ID, maximum, label(input)));
            }
        }
    }

    /** Whether every non-empty value sent is one the menu kept, that is one it offers. */
    private static boolean offered(String[] sent, String[] kept) {
        Set<String> offered = new HashSet<>(Arrays.asList(kept));
        return Arrays.stream(sent).allMatch(value -> value.isEmpty() || offered.contains(value));
    }

    private static void refuse(FacesContext context, UIInput input, String clientId, String message) {
        input.setValid(false);
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        context.validationFailed();
    }

    private static Object label(UIInput input) {
        Object label = input.getAttributes().get("label");
        return label != null ? label : input.getClientId();
    }

    /** A message of the application's Faces message bundle (i18n/faces.properties). */
    private static String message(FacesContext context, String key, Object... arguments) {
        Locale locale = context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle(context.getApplication().getMessageBundle(), locale,
                Thread.currentThread().getContextClassLoader());
        return LocalFormats.message(bundle.getString(key), locale, arguments);
    }
}
