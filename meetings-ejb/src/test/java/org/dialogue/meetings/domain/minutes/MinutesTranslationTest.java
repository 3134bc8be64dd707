package org.dialogue.meetings.domain.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.MeetingKind;
import org.dialogue.meetings.domain.meeting.ParticipantRole;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.organisation.OrganisationKind;
import org.dialogue.meetings.domain.shared.TimeSlot;
import org.dialogue.meetings.domain.shared.Venue;
import org.junit.jupiter.api.Test;

/** The minutes' language and the rules of their translations, without a database. */
class MinutesTranslationTest {

    private static final Instant NOW = Instant.parse("2031-03-02T10:00:00Z");

    private final Organisation afripol = organisation("AFRIPOL", 1);
    private final Organisation europol = organisation("EUROPOL", 2);
    private final Minutes minutes = Minutes.open(meeting(), "sec", NOW);

    @Test
    void minutesAreInEnglishUntilTheSecretariatSaysOtherwiseAndArabicReadsRightToLeft() {
        assertThat(minutes.getLanguage()).isEqualTo(MinutesLanguage.EN);
        assertThat(minutes.getLanguage().getDirection()).isEqualTo("ltr");

        minutes.writeIn(MinutesLanguage.AR, List.of());

        assertThat(minutes.getLanguage()).isEqualTo(MinutesLanguage.AR);
        assertThat(minutes.getLanguage().getCode()).isEqualTo("ar");
        assertThat(minutes.getLanguage().getDirection()).isEqualTo("rtl");
        assertThat(minutes.auditFields()).containsEntry("language", "ar");
    }

    @Test
    void aPageLanguageOrACodeReadsAsOneOfTheFourAndAnythingElseAsEnglish() {
        assertThat(MinutesLanguage.of(Locale.forLanguageTag("fr-CA"))).isEqualTo(MinutesLanguage.FR);
        assertThat(MinutesLanguage.of(Locale.forLanguageTag("ar-EG"))).isEqualTo(MinutesLanguage.AR);
        assertThat(MinutesLanguage.of(Locale.GERMAN)).isEqualTo(MinutesLanguage.EN);
        assertThat(MinutesLanguage.of(null)).isEqualTo(MinutesLanguage.EN);
        assertThat(MinutesLanguage.ofCode("es")).contains(MinutesLanguage.ES);
        assertThat(MinutesLanguage.ofCode("de")).isEmpty();
        assertThat(MinutesLanguage.ofCode(" ")).isEmpty();
    }

    @Test
    void theLanguageChangesOnlyInADraftAndNeverToALanguageTheMinutesAreTranslatedInto() {
        assertThatThrownBy(() -> minutes.writeIn(null, List.of())).isInstanceOf(TranslationRuleException.class)
                .hasMessage("Choose the language: English, French, Spanish or Arabic.");
        assertThatThrownBy(() -> minutes.writeIn(MinutesLanguage.FR, List.of(MinutesLanguage.FR)))
                .isInstanceOf(TranslationRuleException.class)
                .hasMessage("These minutes already have a translation into French. Remove that translation before"
                        + " writing the minutes in French.");
        assertThat(minutes.getLanguage()).isEqualTo(MinutesLanguage.EN);

        minutes.circulate(List.of(afripol, europol), NOW.plus(Duration.ofDays(7)), "sec", NOW);
        assertThatThrownBy(() -> minutes.writeIn(MinutesLanguage.ES, List.of()))
                .isInstanceOf(MinutesRuleException.class).hasMessageContaining("cannot be edited now");

        minutes.approve(afripol, 1, "af", NOW);
        minutes.approve(europol, 1, "eu", NOW);
        minutes.freeze("text", text -> new ApprovalSignature("0".repeat(64), new byte[] {1}), NOW);
        assertThatThrownBy(() -> minutes.writeIn(MinutesLanguage.ES, List.of()))
                .isInstanceOf(MinutesRuleException.class).hasMessageContaining("approved and frozen");
        assertThat(minutes.getLanguage()).isEqualTo(MinutesLanguage.EN);
    }

    @Test
    void aCorrectionIsWrittenInTheLanguageOfTheMinutesItCorrects() {
        minutes.writeIn(MinutesLanguage.ES, List.of());
        minutes.circulate(List.of(afripol), NOW.plus(Duration.ofDays(7)), "sec", NOW);
        minutes.approve(afripol, 1, "af", NOW);
        minutes.freeze("text", text -> new ApprovalSignature("0".repeat(64), new byte[] {1}), NOW);

        assertThat(minutes.correct("A name was misspelt", "sec", NOW).getLanguage()).isEqualTo(MinutesLanguage.ES);
    }

    @Test
    void aTranslationIsADraftInAnotherLanguageThanTheMinutesOnePerLanguageAndNeverEmpty() {
        MinutesTranslation french = MinutesTranslation.write(minutes, MinutesLanguage.FR, List.of(),
                "<p>Ouverture</p>", "sec", NOW);

        assertThat(french.getStatus()).isEqualTo(TranslationStatus.DRAFT);
        assertThat(french.getLanguage()).isEqualTo(MinutesLanguage.FR);
        assertThat(french.getWrittenBy()).isEqualTo("sec");
        assertThat(french.getWrittenAt()).isEqualTo(NOW);
        assertThat(french.getVerifiedBy()).isNull();

        assertThatThrownBy(() -> MinutesTranslation.write(minutes, MinutesLanguage.EN, List.of(), "<p>x</p>", "sec",
                NOW)).isInstanceOf(TranslationRuleException.class)
                .hasMessage("These minutes are written in English: a translation is into another language.");
        assertThatThrownBy(() -> MinutesTranslation.write(minutes, MinutesLanguage.FR, List.of(MinutesLanguage.FR),
                "<p>x</p>", "sec", NOW)).isInstanceOf(TranslationRuleException.class)
                .hasMessage("These minutes already have a translation into French. Edit that translation instead of"
                        + " adding another.");
        assertThatThrownBy(() -> MinutesTranslation.write(minutes, null, List.of(), "<p>x</p>", "sec", NOW))
                .isInstanceOf(TranslationRuleException.class).extracting(e -> ((TranslationRuleException) e).field())
                .isEqualTo(java.util.Optional.of("language"));
        assertThatThrownBy(() -> MinutesTranslation.write(minutes, MinutesLanguage.ES, List.of(), null, "sec", NOW))
                .isInstanceOf(TranslationRuleException.class).hasMessage("Write the translation.");
        assertThatThrownBy(() -> MinutesTranslation.write(minutes, MinutesLanguage.ES, List.of(),
                "x".repeat(MinutesTranslation.MAX_TEXT + 1), "sec", NOW))
                .isInstanceOf(TranslationRuleException.class).hasMessageContaining("too long");
    }

    @Test
    void aVerifiedTranslationChangesOnlyOnceReopenedAsADraftAndThenNeedsVerifyingAgain() {
        MinutesTranslation arabic = MinutesTranslation.write(minutes, MinutesLanguage.AR, List.of(),
                "<p>الافتتاح</p>", "writer", NOW);
        arabic.rewrite("<p>افتتاح الاجتماع</p>", "writer", NOW.plusSeconds(60));
        assertThat(arabic.getBodyHtml()).isEqualTo("<p>افتتاح الاجتماع</p>");
        assertThat(arabic.getWrittenAt()).isEqualTo(NOW.plusSeconds(60));

        arabic.verify("checker", NOW.plusSeconds(120));
        assertThat(arabic.getStatus()).isEqualTo(TranslationStatus.VERIFIED);
        assertThat(arabic.getVerifiedBy()).isEqualTo("checker");
        assertThat(arabic.getVerifiedAt()).isEqualTo(NOW.plusSeconds(120));

        assertThatThrownBy(() -> arabic.rewrite("<p>changed</p>", "other", NOW.plusSeconds(180)))
                .isInstanceOf(TranslationRuleException.class)
                .hasMessage("The translation into Arabic is verified and cannot be changed as it stands. Reopen it"
                        + " as a draft first: it will then need verifying again.");
        assertThat(arabic.getBodyHtml()).isEqualTo("<p>افتتاح الاجتماع</p>");
        assertThatThrownBy(() -> arabic.verify("checker", NOW)).isInstanceOf(TranslationRuleException.class)
                .hasMessage("The translation into Arabic is already verified.");

        arabic.reopen();
        assertThat(arabic.getStatus()).isEqualTo(TranslationStatus.DRAFT);
        assertThat(arabic.getVerifiedBy()).isNull();
        assertThat(arabic.getVerifiedAt()).isNull();
        assertThatThrownBy(arabic::reopen).isInstanceOf(TranslationRuleException.class)
                .hasMessageContaining("is a draft already");
        arabic.rewrite("<p>changed</p>", "other", NOW.plusSeconds(180));
        assertThat(arabic.getBodyHtml()).isEqualTo("<p>changed</p>");
    }

    @Test
    void aTranslationWrittenBeforeTheMinutesWereLastSavedSaysSo() {
        MinutesTranslation spanish = MinutesTranslation.write(minutes, MinutesLanguage.ES, List.of(),
                "<p>Apertura</p>", "sec", NOW.plusSeconds(60));
        assertThat(spanish.isOlderThanMinutes()).isFalse();

        minutes.saved("sec", NOW.plusSeconds(120));

        assertThat(spanish.isOlderThanMinutes()).isTrue();
    }

    @Test
    void rulesSpeakTheReadersLanguageWithTheLanguageNamedInIt() {
        TranslationRuleException duplicate = TranslationRuleException.duplicate(MinutesLanguage.AR);

        assertThat(duplicate.localizedMessage(Locale.FRENCH)).isEqualTo("Ce procès-verbal a déjà une traduction en"
                + " arabe. Modifiez cette traduction au lieu d'en ajouter une autre.");
        assertThat(duplicate.localizedMessage(Locale.forLanguageTag("es")))
                .isEqualTo("Esta acta ya tiene una traducción al árabe. Modifique esa traducción en lugar de añadir"
                        + " otra.");
        assertThat(duplicate.localizedMessage(Locale.forLanguageTag("ar")))
                .isEqualTo("لهذا المحضر ترجمة إلى العربية بالفعل. عدِّل تلك الترجمة بدلًا من إضافة ترجمة أخرى.");
    }

    private Meeting meeting() {
        Meeting meeting = new Meeting(MeetingKind.JOINT_OPERATIONAL_MEETING, "Joint meeting",
                TimeSlot.ofLocal(LocalDateTime.of(2031, 3, 1, 9, 0), LocalDateTime.of(2031, 3, 1, 17, 0),
                        ZoneId.of("Europe/Paris")),
                Venue.inCity("Lyon", "France"));
        meeting.addAgendaItem("Opening", null, Duration.ofMinutes(15), null);
        long id = 100;
        for (var item : meeting.getAgenda()) {
            setId(item.getClass(), item, id++);
        }
        meeting.addParticipant("Amina Haddad", afripol, ParticipantRole.HEAD_OF_DELEGATION);
        meeting.addParticipant("Jan Novák", europol, ParticipantRole.DELEGATE);
        return meeting;
    }

    private static Organisation organisation(String acronym, long id) {
        Organisation organisation = new Organisation(acronym, acronym + " organisation", OrganisationKind.REGIONAL);
        setId(Organisation.class, organisation, id);
        return organisation;
    }

    private static void setId(Class<?> type, Object entity, long id) {
        try {
            Field field = type.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
