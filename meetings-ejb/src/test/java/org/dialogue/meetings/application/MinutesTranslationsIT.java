package org.dialogue.meetings.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.dialogue.meetings.ServiceDeployment;
import org.dialogue.meetings.domain.audit.AuditAction;
import org.dialogue.meetings.domain.audit.AuditEntry;
import org.dialogue.meetings.domain.audit.AuditSearch;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.MeetingKind;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.domain.minutes.MinutesLanguage;
import org.dialogue.meetings.domain.minutes.MinutesRuleException;
import org.dialogue.meetings.domain.minutes.MinutesState;
import org.dialogue.meetings.domain.minutes.MinutesTranslation;
import org.dialogue.meetings.domain.minutes.TranslationRuleException;
import org.dialogue.meetings.domain.minutes.TranslationStatus;
import org.dialogue.meetings.domain.shared.RecordNotFoundException;
import org.dialogue.meetings.domain.shared.StaleRecordException;
import org.dialogue.meetings.testing.Caller;
import org.dialogue.meetings.testing.ContainerTest;
import org.dialogue.meetings.testing.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The language of minutes and their translations, through the real services in Payara Micro (H2, and PostgreSQL in
 * CI): the language chosen at opening, changed in the draft and refused once circulated or frozen, and named in the
 * canonical text of non-English minutes only; translations added, edited, verified, reopened and removed, one per
 * language, with concurrent edits refused, sanitised text, need-to-know for an organisation that does not take part,
 * and the audit trail. Each meeting here is co-organised by AFRIPOL ({@link TestUsers#delegate}) alone: EUROPOL
 * ({@link TestUsers#secondDelegate}) is the outsider.
 */
@ContainerTest
class MinutesTranslationsIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @Inject
    private TestUsers users;

    @EJB
    private MeetingService meetingService;

    @EJB
    private OrganisationService organisationService;

    @EJB
    private MinutesService minutesService;

    @EJB
    private MinutesTranslationService translationService;

    @EJB
    private AuditService auditService;

    private Caller secretariat;
    private Caller afripol;
    private Caller outsider;

    @BeforeEach
    void accounts() {
        users.ensureAccounts();
        secretariat = users.secretariat();
        afripol = users.delegate();
        outsider = users.secondDelegate();
    }

    @Test
    void theLanguageIsChosenAtOpeningChangedInTheDraftAndRefusedOnceCirculatedOrFrozen() {
        Minutes arabic = secretariat.call(() -> minutesService.open(meeting().getId(), MinutesLanguage.AR));
        assertThat(arabic.getLanguage()).isEqualTo(MinutesLanguage.AR);
        assertThat(secretariat.call(() -> minutesService.canonicalText(arabic.getId())))
                .contains("\nRevision: 1\nLanguage: ar\n");

        Minutes french = secretariat.call(() -> minutesService.changeLanguage(arabic.getId(), arabic.getVersion(),
                MinutesLanguage.FR));
        assertThat(french.getLanguage()).isEqualTo(MinutesLanguage.FR);
        assertThat(read(french).getLanguage()).as("stored").isEqualTo(MinutesLanguage.FR);
        assertThatThrownBy(() -> secretariat.call(() -> minutesService.changeLanguage(arabic.getId(),
                arabic.getVersion(), MinutesLanguage.ES))).as("an older copy").isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> secretariat.call(() -> minutesService.changeLanguage(french.getId(),
                french.getVersion(), null))).isInstanceOf(TranslationRuleException.class)
                .hasMessageContaining("Choose the language");

        secretariat.call(() -> translationService.add(french.getId(), MinutesLanguage.ES, "<p>Apertura</p>"));
        assertThatThrownBy(() -> secretariat.call(() -> minutesService.changeLanguage(french.getId(),
                french.getVersion(), MinutesLanguage.ES))).isInstanceOf(TranslationRuleException.class)
                .hasMessage("These minutes already have a translation into Spanish. Remove that translation before"
                        + " writing the minutes in Spanish.");
        assertThat(read(french).getLanguage()).isEqualTo(MinutesLanguage.FR);

        Minutes circulated = circulate(french);
        assertThatThrownBy(() -> secretariat.call(() -> minutesService.changeLanguage(circulated.getId(),
                circulated.getVersion(), MinutesLanguage.EN))).isInstanceOf(MinutesRuleException.class)
                .hasMessageContaining("cannot be edited now");

        Minutes approved = afripol.call(() -> minutesService.approve(circulated.getId(), 1));
        assertThat(approved.getState()).isEqualTo(MinutesState.APPROVED);
        assertThat(approved.getApprovedText()).contains("\nLanguage: fr\n");
        assertThat(approved.getApprovedSha256()).isEqualTo(Minutes.sha256(approved.getApprovedText()));
        assertThatThrownBy(() -> secretariat.call(() -> minutesService.changeLanguage(approved.getId(),
                approved.getVersion(), MinutesLanguage.EN))).isInstanceOf(MinutesRuleException.class)
                .hasMessageContaining("approved and frozen");
        assertThat(read(approved).getLanguage()).isEqualTo(MinutesLanguage.FR);
        assertThat(audit("Minutes", arabic.getId())).anySatisfy(e -> assertThat(e.getChanges())
                .contains("language: ar → fr"));
    }

    @Test
    void englishMinutesKeepTheCanonicalTextAndHashTheyHadBeforeMinutesHadALanguage() {
        Minutes english = secretariat.call(() -> minutesService.open(meeting().getId()));
        assertThat(english.getLanguage()).isEqualTo(MinutesLanguage.EN);
        Minutes approved = afripol.call(() -> minutesService.approve(circulate(english).getId(), 1));

        assertThat(approved.getApprovedText()).startsWith("MINUTES\nFormat: dialogue-minutes/1\n")
                .doesNotContain("Language");
        assertThat(secretariat.call(() -> minutesService.canonicalText(approved.getId())))
                .isEqualTo(approved.getApprovedText());
        assertThat(approved.getApprovedSha256()).isEqualTo(Minutes.sha256(approved.getApprovedText()));
    }

    @Test
    void aTranslationIsAddedSanitisedEditedVerifiedReopenedAndRemovedOnePerLanguageAllInTheAuditTrail() {
        Minutes minutes = secretariat.call(() -> minutesService.open(meeting().getId(), MinutesLanguage.EN));

        MinutesTranslation added = secretariat.call(() -> translationService.add(minutes.getId(),
                MinutesLanguage.FR, "<p onclick=\"steal()\">Ouverture <b>du</b> dialogue</p>"
                        + "<script>alert(1)</script><img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">x</a>"));
        assertThat(added.getStatus()).isEqualTo(TranslationStatus.DRAFT);
        assertThat(added.getWrittenBy()).isEqualTo(TestUsers.SECRETARIAT);
        assertThat(added.getBodyHtml()).contains("Ouverture <b>du</b> dialogue")
                .doesNotContain("onclick", "script", "alert", "img", "javascript", "onerror");

        assertThatThrownBy(() -> secretariat.call(() -> translationService.add(minutes.getId(), MinutesLanguage.FR,
                "<p>Encore</p>"))).isInstanceOf(TranslationRuleException.class)
                .hasMessageContaining("already have a translation into French");
        assertThatThrownBy(() -> secretariat.call(() -> translationService.add(minutes.getId(), MinutesLanguage.EN,
                "<p>Opening</p>"))).isInstanceOf(TranslationRuleException.class)
                .hasMessageContaining("written in English");
        assertThatThrownBy(() -> secretariat.call(() -> translationService.add(minutes.getId(), MinutesLanguage.AR,
                "<p> </p><script>x</script>"))).isInstanceOf(TranslationRuleException.class)
                .hasMessage("Write the translation.");

        MinutesTranslation edited = secretariat.call(() -> translationService.edit(added.getId(), added.getVersion(),
                "<p>Ouverture du dialogue par la présidence</p>"));
        assertThat(edited.getVersion()).isGreaterThan(added.getVersion());
        MinutesTranslation verified = secretariat.call(() -> translationService.verify(edited.getId(),
                edited.getVersion()));
        assertThat(verified.getStatus()).isEqualTo(TranslationStatus.VERIFIED);
        assertThat(verified.getVerifiedBy()).isEqualTo(TestUsers.SECRETARIAT);
        assertThat(verified.getVerifiedAt()).isNotNull();

        assertThatThrownBy(() -> secretariat.call(() -> translationService.edit(verified.getId(),
                verified.getVersion(), "<p>Changed quietly</p>"))).isInstanceOf(TranslationRuleException.class)
                .hasMessageContaining("is verified and cannot be changed as it stands");
        MinutesTranslation stillVerified = secretariat.call(() -> translationService.find(added.getId()))
                .orElseThrow();
        assertThat(stillVerified.getStatus()).isEqualTo(TranslationStatus.VERIFIED);
        assertThat(stillVerified.getBodyHtml()).isEqualTo("<p>Ouverture du dialogue par la présidence</p>");

        MinutesTranslation reopened = secretariat.call(() -> translationService.reopen(verified.getId(),
                verified.getVersion()));
        assertThat(reopened.getStatus()).isEqualTo(TranslationStatus.DRAFT);
        assertThat(reopened.getVerifiedBy()).isNull();
        MinutesTranslation rewritten = secretariat.call(() -> translationService.edit(reopened.getId(),
                reopened.getVersion(), "<p>Ouverture de la session</p>"));

        secretariat.run(() -> translationService.remove(rewritten.getId(), rewritten.getVersion()));
        assertThat(secretariat.call(() -> translationService.ofMinutes(minutes.getId()))).isEmpty();
        assertThat(secretariat.call(() -> translationService.find(added.getId()))).isEmpty();

        List<AuditEntry> trail = audit("MinutesTranslation", added.getId());
        assertThat(trail).extracting(AuditEntry::getAction).contains(AuditAction.CREATE, AuditAction.UPDATE,
                AuditAction.STATE_CHANGE, AuditAction.DELETE_PART);
        assertThat(trail).allSatisfy(e -> assertThat(e.getActor()).isEqualTo(TestUsers.SECRETARIAT));
        assertThat(trail).anySatisfy(e -> assertThat(e.getChanges()).contains("status: DRAFT → VERIFIED",
                "why: verified"));
        assertThat(trail).anySatisfy(e -> assertThat(e.getChanges()).contains("status: VERIFIED → DRAFT",
                "why: reopened as a draft"));
        assertThat(trail).anySatisfy(e -> assertThat(e.getChanges()).startsWith("removed:").contains("language=fr"));
    }

    @Test
    void aSecondEditorOnAnOlderCopyIsRefusedAndTheFirstEditStays() {
        Minutes minutes = secretariat.call(() -> minutesService.open(meeting().getId(), MinutesLanguage.FR));
        MinutesTranslation loaded = secretariat.call(() -> translationService.add(minutes.getId(),
                MinutesLanguage.AR, "<p>الافتتاح</p>"));

        secretariat.call(() -> translationService.edit(loaded.getId(), loaded.getVersion(), "<p>افتتاح الدورة</p>"));
        assertThatThrownBy(() -> secretariat.call(() -> translationService.edit(loaded.getId(), loaded.getVersion(),
                "<p>نص آخر</p>"))).isInstanceOf(StaleRecordException.class)
                .hasMessageContaining("Someone else saved this translation");
        assertThatThrownBy(() -> secretariat.call(() -> translationService.verify(loaded.getId(),
                loaded.getVersion()))).isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> secretariat.run(() -> translationService.remove(loaded.getId(),
                loaded.getVersion()))).isInstanceOf(StaleRecordException.class);

        MinutesTranslation stored = secretariat.call(() -> translationService.find(loaded.getId())).orElseThrow();
        assertThat(stored.getBodyHtml()).isEqualTo("<p>افتتاح الدورة</p>");
        assertThat(stored.getStatus()).isEqualTo(TranslationStatus.DRAFT);
        assertThat(read(minutes).getVersion()).as("a translation never moves the minutes' version")
                .isEqualTo(minutes.getVersion());
    }

    @Test
    void theDelegationsReadTranslationsOfMinutesTheyMayReadAndAnOutsiderNeverDoes() {
        Minutes minutes = secretariat.call(() -> minutesService.open(meeting().getId(), MinutesLanguage.EN));
        MinutesTranslation spanish = secretariat.call(() -> translationService.add(minutes.getId(),
                MinutesLanguage.ES, "<p>Apertura</p>"));

        // a draft of the minutes: the secretariat's only
        assertThatThrownBy(() -> afripol.call(() -> translationService.ofMinutes(minutes.getId())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(afripol.call(() -> translationService.find(spanish.getId()))).isEmpty();

        circulate(minutes);
        assertThat(afripol.call(() -> translationService.ofMinutes(minutes.getId())))
                .extracting(MinutesTranslation::getLanguage, MinutesTranslation::getStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MinutesLanguage.ES, TranslationStatus.DRAFT));
        assertThat(afripol.call(() -> translationService.find(spanish.getId()))).get()
                .extracting(MinutesTranslation::getBodyHtml).isEqualTo("<p>Apertura</p>");

        // EUROPOL takes no part in this restricted meeting: its delegate reads nothing, not even that it exists
        assertThatThrownBy(() -> outsider.call(() -> translationService.ofMinutes(minutes.getId())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(outsider.call(() -> translationService.find(spanish.getId()))).isEmpty();

        // reading is not writing
        assertThatThrownBy(() -> afripol.call(() -> translationService.add(minutes.getId(), MinutesLanguage.AR,
                "<p>x</p>"))).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> afripol.call(() -> translationService.verify(spanish.getId(),
                spanish.getVersion()))).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void frozenMinutesCanStillBeTranslated() {
        Minutes minutes = secretariat.call(() -> minutesService.open(meeting().getId(), MinutesLanguage.ES));
        Minutes approved = afripol.call(() -> minutesService.approve(circulate(minutes).getId(), 1));
        assertThat(approved.getState().isFrozen()).isTrue();

        MinutesTranslation english = secretariat.call(() -> translationService.add(approved.getId(),
                MinutesLanguage.EN, "<p>Opening</p>"));
        MinutesTranslation verified = secretariat.call(() -> translationService.verify(english.getId(),
                english.getVersion()));

        assertThat(verified.getStatus()).isEqualTo(TranslationStatus.VERIFIED);
        assertThat(read(approved).getApprovedSha256()).isEqualTo(approved.getApprovedSha256());
        assertThat(afripol.call(() -> translationService.ofMinutes(approved.getId())))
                .extracting(MinutesTranslation::getLanguage).containsExactly(MinutesLanguage.EN);
    }

    // --- helpers ---

    /** A restricted joint meeting co-organised by AFRIPOL alone, with one agenda item. */
    private Meeting meeting() {
        LocalDateTime start = LocalDateTime.of(2031, 3, 3, 9, 0).plusDays(ThreadLocalRandom.current().nextInt(300));
        long afripolId = secretariat.call(() -> organisationService.findByAcronym(TestUsers.ORGANISATION))
                .orElseThrow().getId();
        return secretariat.call(() -> {
            Meeting meeting = meetingService.schedule(new MeetingDetails(MeetingKind.JOINT_OPERATIONAL_MEETING,
                    "Translations IT " + unique(), start, start.plusHours(8), PARIS, "Headquarters",
                    "Room " + unique(), "Lyon", "France", Set.of(afripolId), null, null, null, null));
            return meetingService.addAgendaItem(meeting.getId(), meeting.getVersion(),
                    new AgendaItemDetails("Opening", null, 15, null));
        });
    }

    private Minutes circulate(Minutes minutes) {
        Minutes current = read(minutes);
        return secretariat.call(() -> minutesService.circulate(current.getId(), current.getVersion(),
                Instant.now().plus(Duration.ofDays(7))));
    }

    private Minutes read(Minutes minutes) {
        return secretariat.call(() -> minutesService.find(minutes.getId())).orElseThrow();
    }

    private List<AuditEntry> audit(String kind, long id) {
        return users.administrator().call(() -> auditService.search(new AuditSearch(null, kind, id, null, null,
                null), 0, 100));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
