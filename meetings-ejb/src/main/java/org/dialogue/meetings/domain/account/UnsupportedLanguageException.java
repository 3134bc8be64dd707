package org.dialogue.meetings.domain.account;

import org.dialogue.meetings.domain.shared.BusinessRuleException;

/** A language the product does not speak (only en, fr, es and ar). */
public class UnsupportedLanguageException extends BusinessRuleException {
    public UnsupportedLanguageException(String code) {
        super("error.account.unsupportedLanguage", "language", code);
    }
}
