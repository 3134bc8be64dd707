package org.dialogue.meetings.domain.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A translation of one revision of minutes into another of the four languages: a rich text (sanitised HTML), written by
 * the secretariat, a draft until it is verified. At most one per language, never in the minutes' own language.
 *
 * <p>Its own aggregate, with its own version: writing a translation never stands in the way of someone editing the
 * minutes, and two people editing the same translation never overwrite each other. A verified translation is not
 * changed behind the verifier's back: editing it is refused until someone reopens it as a draft, an explicit step of
 * its own (in the audit trail), after which it needs verifying again. Translations are not part of the minutes'
 * approved text: frozen minutes can still be translated.
 */
@Entity
@Table(name = "minutes_translation")
@NamedQuery(name = MinutesTranslation.OF_MINUTES,
        query = "SELECT t FROM MinutesTranslation t WHERE t.minutes.id = :minutes ORDER BY t.language")
public class MinutesTranslation implements Serializable {

    public static final String OF_MINUTES = "MinutesTranslation.ofMinutes";

    /** Room for the translation of a long session's minutes (the column's size). */
    public static final int MAX_TEXT = 1_000_000;

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
    @SequenceGenerator(name = "ids", sequenceName = "id_sequence", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "minutes_id", updatable = false)
    private Minutes minutes;

    @Column(nullable = false, updatable = false, length = 2)
    private String language;

    @Column(name = "body_html", nullable = false, length = MAX_TEXT)
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TranslationStatus status = TranslationStatus.DRAFT;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "written_by", nullable = false, length = 60)
    private String writtenBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "verified_by", length = 60)
    private String verifiedBy;

    protected MinutesTranslation() {
        // for JPA
    }

    private MinutesTranslation(Minutes minutes, MinutesLanguage language) {
        this.minutes = minutes;
        this.language = language.getCode();
    }

    /**
     * A new translation, a draft. {@code existing}: the languages the minutes are already translated into.
     * {@code sanitisedHtml}: the text as the sanitiser left it (null when nothing but white space was written).
     */
    public static MinutesTranslation write(Minutes minutes, MinutesLanguage language,
            Collection<MinutesLanguage> existing, String sanitisedHtml, String by, Instant at) {
        if (language == null) {
            throw TranslationRuleException.languageRequired();
        }
        if (language == minutes.getLanguage()) {
            throw TranslationRuleException.sameLanguageAsMinutes(language);
        }
        if (existing.contains(language)) {
            throw TranslationRuleException.duplicate(language);
        }
        MinutesTranslation translation = new MinutesTranslation(minutes, language);
        translation.text(sanitisedHtml, by, at);
        return translation;
    }

    /** Rewrites a draft translation; a verified one is reopened first (see {@link #reopen}). */
    public void rewrite(String sanitisedHtml, String by, Instant at) {
        if (isVerified()) {
            throw TranslationRuleException.verifiedUnchangeable(getLanguage());
        }
        text(sanitisedHtml, by, at);
    }

    /** The secretariat checked the translation against the minutes. */
    public void verify(String by, Instant at) {
        if (isVerified()) {
            throw TranslationRuleException.alreadyVerified(getLanguage());
        }
        status = TranslationStatus.VERIFIED;
        verifiedBy = by;
        verifiedAt = at;
    }

    /** Takes a verified translation back to draft, so that it can be changed; it needs verifying again. */
    public void reopen() {
        if (!isVerified()) {
            throw TranslationRuleException.notVerified(getLanguage());
        }
        status = TranslationStatus.DRAFT;
        verifiedBy = null;
        verifiedAt = null;
    }

    private void text(String sanitisedHtml, String by, Instant at) {
        if (sanitisedHtml == null || sanitisedHtml.isBlank()) {
            throw TranslationRuleException.textRequired();
        }
        if (sanitisedHtml.length() > MAX_TEXT) {
            throw TranslationRuleException.tooLong(MAX_TEXT);
        }
        bodyHtml = sanitisedHtml;
        writtenBy = by;
        writtenAt = at;
    }

    /** The minutes were saved after this translation was last written: it may not say what they say now. */
    public boolean isOlderThanMinutes() {
        return minutes.getSavedAt().isAfter(writtenAt);
    }

    public boolean isVerified() {
        return status == TranslationStatus.VERIFIED;
    }

    public Map<String, String> auditFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("minutes", String.valueOf(minutes.getId()));
        fields.put("language", language);
        fields.put("status", String.valueOf(status));
        fields.put("characters", String.valueOf(bodyHtml == null ? 0 : bodyHtml.length()));
        fields.put("sha256", bodyHtml == null ? "" : Minutes.sha256(bodyHtml));
        fields.put("verified by", verifiedBy == null ? "" : verifiedBy);
        return fields;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Minutes getMinutes() {
        return minutes;
    }

    public MinutesLanguage getLanguage() {
        return MinutesLanguage.stored(language);
    }

    /** The text as stored: sanitised before it was, so safe to show as HTML. */
    public String getBodyHtml() {
        return bodyHtml;
    }

    public TranslationStatus getStatus() {
        return status;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }
}
