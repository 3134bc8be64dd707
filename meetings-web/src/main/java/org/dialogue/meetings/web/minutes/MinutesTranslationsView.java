package org.dialogue.meetings.web.minutes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.dialogue.meetings.application.MinutesTranslationService;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.domain.minutes.MinutesLanguage;
import org.dialogue.meetings.domain.minutes.MinutesTranslation;
import org.dialogue.meetings.web.support.Feedback;

/**
 * The translations part of the minutes page ({@code WEB-INF/includes/minutes-translations.xhtml}): the list of the
 * minutes' translations with their status, one translation opened to read (with its own {@code lang} and
 * {@code dir}), and for the secretariat the form that adds or edits one and the verify, reopen and remove steps.
 *
 * <p>Every step goes through the service against the version of the translation the page loaded: when someone else
 * saved it meanwhile the service refuses, the reason is shown in the form and what was typed stays. A verified
 * translation is reopened as a draft (an explicit step) before it can be edited.
 */
@Named
@ViewScoped
public class MinutesTranslationsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String LIST_FORM = "translationsForm";
    static final String EDIT_FORM = "translationEditForm";

    @Inject
    private MinutesTranslationService translationService;

    @Inject
    private MinutesView minutesView;

    @Inject
    private Feedback feedback;

    private List<MinutesTranslation> translations;
    private MinutesTranslation shown;

    // The form, as typed: a new translation (editedId null) or an edit of one, at the version loaded
    private boolean formOpen;
    private Long editedId;
    private long editedVersion;
    private MinutesLanguage language;
    private String text;

    /** The translations of the minutes on the page, loaded once per view and again after each change. */
    public List<MinutesTranslation> getTranslations() {
        if (translations == null) {
            Minutes minutes = minutesView.getMinutes();
            translations = minutes == null ? List.of() : translationService.ofMinutes(minutes.getId());
        }
        return translations;
    }

    // --- reading ---

    public void open(MinutesTranslation translation) {
        shown = translation;
    }

    public void closeShown() {
        shown = null;
    }

    // --- the secretariat's form ---

    public void startAdd() {
        formOpen = true;
        editedId = null;
        language = getLanguagesToAdd().stream().findFirst().orElse(null);
        text = null;
    }

    public void startEdit(MinutesTranslation translation) {
        formOpen = true;
        editedId = translation.getId();
        editedVersion = translation.getVersion();
        language = translation.getLanguage();
        text = translation.getBodyHtml();
    }

    public void cancel() {
        formOpen = false;
        editedId = null;
        text = null;
    }

    public void save() {
        long minutesId = minutesView.getMinutes().getId();
        Optional<MinutesTranslation> saved = feedback.attempt(EDIT_FORM, editedId == null
                ? () -> translationService.add(minutesId, language, text)
                : () -> translationService.edit(editedId, editedVersion, text));
        saved.ifPresent(translation -> {
            feedback.info(editedId == null ? "translation.added" : "translation.saved", languageName(translation));
            cancel();
            reload();
        });
    }

    public void verify(MinutesTranslation translation) {
        step(() -> translationService.verify(translation.getId(), translation.getVersion()), "translation.verified",
                translation);
    }

    public void reopen(MinutesTranslation translation) {
        step(() -> translationService.reopen(translation.getId(), translation.getVersion()), "translation.reopened",
                translation);
    }

    public void remove(MinutesTranslation translation) {
        step(() -> {
            translationService.remove(translation.getId(), translation.getVersion());
            return null;
        }, "translation.removed", translation);
    }

    private void step(Supplier<MinutesTranslation> change, String doneKey, MinutesTranslation translation) {
        boolean done = feedback.attempt(LIST_FORM, () -> {
            change.get();
            return Boolean.TRUE;
        }).isPresent();
        if (done) {
            feedback.info(doneKey, languageName(translation));
            if (editedId != null && editedId.equals(translation.getId())) {
                cancel();
            }
            reload();
        }
    }

    /** Reads the list again; the translation shown is shown as it is now (or no more, once removed). */
    private void reload() {
        Long shownId = shown == null ? null : shown.getId();
        translations = null;
        shown = getTranslations().stream().filter(t -> t.getId().equals(shownId)).findFirst().orElse(null);
    }

    private String languageName(MinutesTranslation translation) {
        return feedback.text(languageKey(translation.getLanguage()));
    }

    /** The bundle key of a language's name ({@code minutes.language.fr}), as the pages use it. */
    static String languageKey(MinutesLanguage language) {
        return "minutes.language." + language.getCode();
    }

    // --- what the part shows ---

    public boolean isCanWrite() {
        return minutesView.isSecretariat();
    }

    /** The languages the minutes may still be translated into: not their own, not one already translated. */
    public List<MinutesLanguage> getLanguagesToAdd() {
        Minutes minutes = minutesView.getMinutes();
        List<MinutesLanguage> taken = getTranslations().stream().map(MinutesTranslation::getLanguage).toList();
        return Arrays.stream(MinutesLanguage.values())
                .filter(l -> minutes != null && l != minutes.getLanguage() && !taken.contains(l)).toList();
    }

    public boolean isCanAdd() {
        return isCanWrite() && !formOpen && !getLanguagesToAdd().isEmpty();
    }

    public boolean isAdding() {
        return formOpen && editedId == null;
    }

    public MinutesTranslation getShown() {
        return shown;
    }

    public boolean isFormOpen() {
        return formOpen;
    }

    public MinutesLanguage getLanguage() {
        return language;
    }

    public void setLanguage(MinutesLanguage language) {
        this.language = language;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
