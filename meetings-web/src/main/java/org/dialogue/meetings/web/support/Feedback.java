package org.dialogue.meetings.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.dialogue.meetings.domain.shared.BusinessRuleException;
import org.dialogue.meetings.domain.shared.InvalidInputException;
import org.dialogue.meetings.domain.shared.LocalFormats;

/**
 * Turns outcomes into messages for the reader: a business failure next to the field it concerns (when the form has
 * that field) or at the top of the form, a success message that survives the redirect after a save.
 *
 * <p>Field names in exceptions are property paths of the domain ({@code venue.city}); form inputs carry the same
 * name in camel case ({@code venueCity}), so one rule maps both.
 */
@RequestScoped
public class Feedback {


    /** An information message at the top of the page. */
    public void info(String key, Object... arguments) {
        faces().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    /** An information message shown on the page the action redirects to. */
    public void infoAfterRedirect(String key, Object... arguments) {
        info(key, arguments);
        faces().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** A refused change's reason at the top of the page the action redirects to (the page then shows what is stored). */
    public void rejectAfterRedirect(BusinessRuleException failure) {
        faces().addMessage(null, error(failure.localizedMessage(locale())));
        faces().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** An error from the bundle at the top of the page the action redirects to. */
    public void errorAfterRedirect(String key, Object... arguments) {
        faces().addMessage(null, error(text(key, arguments)));
        faces().getExternalContext().getFlash().setKeepMessages(true);
    }

    /**
     * Shows a refused change: each message beside its field in the given form, or at the top of that form (its
     * {@code <p:messages for="formId">}) when the rule concerns no field the form has.
     */
    public void reject(BusinessRuleException failure, String formId) {
        Locale locale = locale();
        if (failure instanceof InvalidInputException invalid) {
            addAtForm(formId, failure.localizedMessage(locale));
            invalid.violations().forEach(v -> addAtField(formId, v.field(), v.localizedMessage(locale)));
        } else {
            String message = failure.localizedMessage(locale);
            failure.field().ifPresentOrElse(field -> addAtField(formId, field, message),
                    () -> addAtForm(formId, message));
        }
        faces().validationFailed();
    }

    /**
     * Runs a change through a service: its result when it was accepted, or empty after showing why it was refused
     * (in the given form, {@code null} for the top of the page). What the user typed stays in the form either way.
     */
    public <T> Optional<T> attempt(String formId, Supplier<T> change) {
        try {
            return Optional.of(change.get());
        } catch (BusinessRuleException refused) {
            reject(refused, formId);
            return Optional.empty();
        }
    }

    /** An error from the bundle beside one field of a form; the submitted values stay in the form. */
    public void errorAtField(String formId, String field, String key, Object... arguments) {
        addAtField(formId, field, text(key, arguments));
        faces().validationFailed();
    }

    /** An error from the bundle at the top of a form (its {@code <p:messages for="formId">}). */
    public void errorAtForm(String formId, String key, Object... arguments) {
        addAtForm(formId, text(key, arguments));
        faces().validationFailed();
    }

    private void addAtField(String formId, String field, String message) {
        Optional<UIComponent> input = formId == null ? Optional.empty() : find(formId + ":" + inputId(field));
        if (input.isPresent()) {
            if (input.get() instanceof UIInput uiInput) {
                uiInput.setValid(false);
            }
            faces().addMessage(input.get().getClientId(faces()), error(message));
        } else {
            addAtForm(formId, message);
        }
    }

    /** At the top of the form, or of the page when there is no form ({@code null}). */
    private void addAtForm(String formId, String message) {
        String clientId = formId == null ? null
                : find(formId).map(form -> form.getClientId(faces())).orElse(null);
        faces().addMessage(clientId, error(message));
    }

    private Optional<UIComponent> find(String clientId) {
        return Optional.ofNullable(faces().getViewRoot()).map(root -> root.findComponent(clientId));
    }

    private static FacesMessage error(String message) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null);
    }

    /** {@code venue.city} becomes {@code venueCity}. */
    static String inputId(String propertyPath) {
        StringBuilder id = new StringBuilder();
        boolean upper = false;
        for (char c : propertyPath.toCharArray()) {
            if (c == '.') {
                upper = true;
            } else if (Character.isLetterOrDigit(c)) {
                id.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return id.toString();
    }

    public String text(String key, Object... arguments) {
        ResourceBundle bundle = faces().getApplication().getResourceBundle(faces(), "msg");
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : LocalFormats.message(pattern, locale(), arguments);
    }

    private Locale locale() {
        return faces().getViewRoot() != null ? faces().getViewRoot().getLocale() : Locale.ENGLISH;
    }

    /**
     * The current Faces context, looked up at each use: an error page shown in the same request as a page that failed
     * runs in a new one, and a context injected earlier in the request would be the failed page's, already released.
     */
    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }
}
