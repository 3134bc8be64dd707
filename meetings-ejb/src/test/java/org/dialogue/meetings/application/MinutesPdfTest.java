package org.dialogue.meetings.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.dialogue.meetings.domain.action.ActionItem;
import org.dialogue.meetings.domain.action.ActionStatus;
import org.dialogue.meetings.domain.edition.DialogueEdition;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.MeetingKind;
import org.dialogue.meetings.domain.meeting.ParticipantRole;
import org.dialogue.meetings.domain.minutes.ApprovalSignature;
import org.dialogue.meetings.domain.minutes.Attendance;
import org.dialogue.meetings.domain.minutes.AttendanceStatus;
import org.dialogue.meetings.domain.minutes.Decision;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.domain.minutes.MinutesItem;
import org.dialogue.meetings.domain.minutes.MinutesSigner;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.organisation.OrganisationKind;
import org.dialogue.meetings.domain.shared.TimeSlot;
import org.dialogue.meetings.domain.shared.Venue;
import org.dialogue.meetings.infrastructure.text.RichText;
import org.junit.jupiter.api.Test;

/**
 * The PDF of minutes, rendered from minutes built in memory (no database) and read back with PDFBox: what the text
 * says, accented names exactly as written, the DRAFT mark only before approval, the hash on approved minutes, notes
 * without their tags, and the font embedded.
 */
class MinutesPdfTest {

    private static final Instant NOW = Instant.parse("2031-03-02T10:00:00Z");
    private static final Instant DEADLINE = NOW.plus(Duration.ofDays(7));
    private static final String SIGNING_KEY_ID = "5f0c".repeat(16);
    /** The PDF prints the signing key's id; the signature's bytes are the signing tests' concern. */
    private static final MinutesSigner SIGNER = text -> new ApprovalSignature(SIGNING_KEY_ID, new byte[] {48, 0});
    private static final String NOTES = "<p>Opened by <b>the chair</b> &amp; <i>welcomed</i> <u>everyone</u>.</p>"
            + "<ol><li data-list=\"bullet\">First point</li><li data-list=\"bullet\">Second point</li></ol>"
            + "<ol><li>Numbered one</li><li>Numbered two</li></ol>"
            + "<p>See <a href=\"https://example.org/report?a=1&amp;b=2\">the report</a><br>and "
            + "<script>alert(1)</script>more.</p>";

    private final Organisation afripol = organisation("AFRIPOL", "African Union Mechanism for Police Cooperation", 1);
    private final Organisation europol = organisation("EUROPOL", "Agence de l'Union européenne", 2);
    private final Meeting meeting = meeting();
    private final Minutes minutes = draft();
    private final List<ActionItem> actions = new ArrayList<>();

    @Test
    void aDraftPrintsItsContentWithAccentsAndTheDraftMarkOnEveryPage() throws IOException {
        actions.add(action("Share the contact list of liaison officers", europol, "Jan Novák", 1));
        minutes.writeNotes(minutes.getItems().get(2).getId(),
                RichText.sanitise("<p>A long discussion.</p>".repeat(80)), ""); // more than one page

        byte[] pdf = MinutesPdf.render(minutes, actions, NOW);

        String text = PdfText.of(pdf);
        assertThat(text).contains("Minutes", "Joint meeting on data protection", "Joint operational meeting",
                "2031-03-01 09:00 Europe/Paris", "2031-03-01 17:00 Europe/Paris", "Headquarters, Lyon, France",
                "Edition 4: Fourth Dialogue", "Revision", "Draft (not circulated)");
        // Accented names exactly as written.
        assertThat(text).contains("Jan Novák", "Søren Ødegård", "José Muñoz", "François Çelik", "Sécurité des données",
                "Agence de l'Union européenne");
        // Attendance grouped by organisation, with the status and the unannounced guest marked.
        assertThat(text).containsSubsequence("AFRIPOL", "Amina Haddad: Present", "José Muñoz: Excused",
                "EUROPOL", "Jan Novák: Present", "Søren Ødegård: Absent",
                "François Çelik: Present (came unannounced)");
        assertThat(text).containsSubsequence("1. Opening", "2. Sécurité des données");
        assertThat(text).contains("Decision 1. Both organisations exchange liaison officers. (agenda item 2)",
                "Decision 2. A joint report is written by June.");
        assertThat(text).containsSubsequence("Action", "Owner", "Focal point", "Due", "Status",
                "Share the contact list of liaison officers", "EUROPOL", "Jan Novák", "2031-04-30", "Open",
                "(decision 1)");
        assertThat(text).contains("Not circulated to the delegations yet.").doesNotContain("SHA-256");

        assertThat(PdfText.diagonalMarks(pdf)).as("every page carries the diagonal mark").hasSizeGreaterThan(1)
                .containsOnly(MinutesPdf.DRAFT_MARK);
    }

    @Test
    void notesPrintAsTextWithTheirFormattingAndNoTagIsEverPrinted() throws IOException {
        String text = PdfText.of(MinutesPdf.render(minutes, actions, NOW));

        assertThat(text).contains("Opened by the chair & welcomed everyone.", "• First point", "• Second point",
                "1. Numbered one", "2. Numbered two", "See the report <https://example.org/report?a=1&b=2>",
                "and more.");
        assertThat(text).doesNotContain("<p", "</", "<b>", "<li", "data-list", "&amp;", "href", "script", "alert");
        assertThat(text).contains("No notes.");
    }

    @Test
    void approvedMinutesPrintTheApprovalRecordAndTheirHashWithoutTheDraftMark() throws IOException {
        minutes.circulate(List.of(afripol, europol), DEADLINE, "secretariat.one", NOW);
        minutes.approve(afripol, 1, "amina.haddad", NOW.plus(Duration.ofHours(2)));
        minutes.approve(europol, 1, "jan.novak", NOW.plus(Duration.ofHours(3)));
        minutes.freeze(CanonicalMinutes.of(minutes, actions), SIGNER, NOW.plus(Duration.ofHours(3)));

        byte[] pdf = MinutesPdf.render(minutes, actions, NOW.plus(Duration.ofDays(1)));

        String text = PdfText.of(pdf);
        assertThat(text).doesNotContain(MinutesPdf.DRAFT_MARK);
        assertThat(PdfText.diagonalMarks(pdf)).containsOnly("");
        assertThat(text).containsSubsequence("Approval record", "Round 1",
                "Circulated 2031-03-02 11:00 Europe/Paris by secretariat.one; deadline 2031-03-09 11:00 Europe/Paris.",
                "Outcome: approved by every organisation", "AFRIPOL", "Approved", "amina.haddad",
                "2031-03-02 13:00 Europe/Paris", "EUROPOL", "Approved", "jan.novak");
        assertThat(minutes.getApprovedSha256()).hasSize(64);
        assertThat(text).contains("SHA-256 of the canonical text", minutes.getApprovedSha256(), "sha256sum",
                "Status Approved");
        assertThat(text).containsSubsequence(minutes.getApprovedSha256(), "Signed with the application's key",
                SIGNING_KEY_ID);
    }

    @Test
    void theHashAndTheFirstRoundStayOnThePageOfTheirHeadingsWhereverThePageEnds() throws IOException {
        // Notes one paragraph longer each time move the approval record down the page line by line, until its end
        // crosses a page's foot: the hash and its heading are printed on one page every time, and so are the
        // section's heading and its first round.
        Set<Integer> headingPages = new TreeSet<>();
        for (int paragraphs = 0; paragraphs <= 60; paragraphs++) {
            Minutes approved = draft();
            approved.writeNotes(approved.getItems().get(2).getId(),
                    RichText.sanitise("<p>A long discussion.</p>".repeat(paragraphs)), "");
            approved.circulate(List.of(afripol, europol), DEADLINE, "secretariat.one", NOW);
            approved.approve(afripol, 1, "amina.haddad", NOW.plus(Duration.ofHours(2)));
            approved.approve(europol, 1, "jan.novak", NOW.plus(Duration.ofHours(3)));
            approved.freeze(CanonicalMinutes.of(approved, actions), SIGNER, NOW.plus(Duration.ofHours(3)));

            List<String> pages = PdfText.pages(MinutesPdf.render(approved, actions, NOW.plus(Duration.ofDays(1))));

            int heading = pageOf(pages, "SHA-256 of the canonical text");
            assertThat(pageOf(pages, approved.getApprovedSha256())).as("the hash's page, with %d paragraphs of notes",
                    paragraphs).isEqualTo(heading);
            assertThat(pageOf(pages, "Round 1")).as("the first round's page, with %d paragraphs of notes",
                    paragraphs).isEqualTo(pageOf(pages, "Approval record"));
            headingPages.add(heading);
        }
        assertThat(headingPages).as("the notes moved the block across a page's foot").hasSizeGreaterThan(1);
    }

    @Test
    void anAgendaItemsTitleAndAnOrganisationsNameStayWithTheirFirstLineWhereverThePageEnds() throws IOException {
        // Longer notes of the first item, then more people of the first organisation, move the next titles down the
        // page line by line across a page's foot: each is printed on the page of its first line every time.
        Set<Integer> titlePages = new TreeSet<>();
        Set<Integer> organisationPages = new TreeSet<>();
        for (int lines = 0; lines <= 60; lines++) {
            Minutes longer = draft();
            longer.writeNotes(longer.getItems().get(0).getId(),
                    RichText.sanitise(NOTES + "<p>A long discussion.</p>".repeat(lines)), "");
            longer.writeNotes(longer.getItems().get(1).getId(), RichText.sanitise("<p>Item two, first line.</p>"), "");
            List<String> pages = PdfText.pages(MinutesPdf.render(longer, actions, NOW));

            int title = pageOf(pages, "2. Sécurité des données");
            assertThat(pageOf(pages, "Item two, first line.")).as("item 2, %d lines before", lines).isEqualTo(title);
            assertThat(pageOf(pages, "No notes.")).as("item 3, %d lines before", lines)
                    .isEqualTo(pageOf(pages, "3. Any other business"));
            titlePages.add(title);

            Minutes crowded = draft();
            List<Attendance> attendance = new ArrayList<>();
            for (int i = 0; i < lines; i++) {
                attendance.add(new Attendance("Guest " + i, afripol, AttendanceStatus.PRESENT, false));
            }
            attendance.addAll(attendance());
            crowded.recordAttendance(attendance);
            pages = PdfText.pages(MinutesPdf.render(crowded, actions, NOW));

            int organisation = pageOf(pages, "EUROPOL (Agence de l'Union européenne)");
            assertThat(pageOf(pages, "Jan Novák: Present")).as("EUROPOL, %d people before", lines)
                    .isEqualTo(organisation);
            organisationPages.add(organisation);
        }
        assertThat(titlePages).as("the notes moved the titles across a page's foot").hasSizeGreaterThan(1);
        assertThat(organisationPages).as("the people moved EUROPOL across a page's foot").hasSizeGreaterThan(1);
    }

    @Test
    void commentsRevisionsAndSilenceAreOnTheRecord() throws IOException {
        minutes.circulate(List.of(afripol, europol), DEADLINE, "secretariat.one", NOW);
        minutes.comment(europol, 1, "Say \"pilot\", not \"programme\".", 201L, "jan.novak", NOW.plusSeconds(600));
        minutes.revise("EUROPOL's comment on item 2", NOW.plusSeconds(1200));
        minutes.circulate(List.of(afripol, europol), DEADLINE, "secretariat.one", NOW.plusSeconds(1800));
        minutes.approve(afripol, 2, "amina.haddad", NOW.plusSeconds(2400));
        minutes.closeIfDue(DEADLINE);
        minutes.freeze(CanonicalMinutes.of(minutes, actions), SIGNER, DEADLINE);

        String text = PdfText.of(MinutesPdf.render(minutes, actions, DEADLINE));

        assertThat(text).containsSubsequence("Round 1",
                "Outcome: withdrawn by the secretariat for revision", "EUROPOL's comment on item 2",
                "Commented", "jan.novak", "On agenda item 2: Say \"pilot\", not \"programme\".",
                "Round 2", "Outcome: approved by silence", "AFRIPOL", "Approved", "amina.haddad",
                "EUROPOL", "Approved by silence");
        assertThat(text).doesNotContain(MinutesPdf.DRAFT_MARK);
    }

    @Test
    void circulatedMinutesStillCarryTheDraftMarkAndSupersededOnesSaySo() throws IOException {
        minutes.circulate(List.of(afripol), DEADLINE, "secretariat.one", NOW);
        byte[] circulated = MinutesPdf.render(minutes, actions, NOW);
        assertThat(PdfText.of(circulated)).contains("DRAFT: not approved", "Circulated for approval, not approved",
                "Round 1", "No answer yet", "under way");
        assertThat(PdfText.diagonalMarks(circulated)).containsOnly(MinutesPdf.DRAFT_MARK);

        minutes.approve(afripol, 1, "amina.haddad", NOW);
        minutes.freeze(CanonicalMinutes.of(minutes, actions), SIGNER, NOW);
        minutes.supersede(NOW.plus(Duration.ofDays(30)));

        String text = PdfText.of(MinutesPdf.render(minutes, actions, NOW));
        assertThat(text).contains("SUPERSEDED", "superseded by a later revision", minutes.getApprovedSha256())
                .doesNotContain(MinutesPdf.DRAFT_MARK);
    }

    @Test
    void theFontIsEmbeddedSoEveryReaderSeesTheSameLetters() throws IOException {
        try (PDDocument document = Loader.loadPDF(MinutesPdf.render(minutes, actions, NOW))) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(name -> assertThat(name).contains("DejaVuSans"));
        }
    }

    @Test
    void theFileNameNamesTheMeetingAndTheRevision() {
        assertThat(MinutesPdf.fileName(minutes)).isEqualTo("minutes-7-rev1.pdf");
    }

    // --- languages ---

    @Test
    void arabicMinutesAreShapedRightToLeftInTheEmbeddedFontAndReadBackInOrder() throws IOException {
        Minutes arabic = arabicMinutes();
        actions.add(arabicAction(arabic));

        byte[] pdf = MinutesPdf.render(arabic, actions, NOW, Locale.forLanguageTag("ar"));

        String drawn = PdfText.drawn(pdf);
        // Joined letters, drawn right to left: محضر as final reh, medial dad, medial hah, initial meem (presentation
        // forms), and lam-alef as one ligature (the lam-alef-hamza of الأعمال), not as isolated letters.
        assertThat(drawn).contains("\uFEAE\uFEC0\uFEA4\uFEE3");
        assertThat(drawn).containsAnyOf("\uFEF7", "\uFEF8");
        String text = PdfText.normalised(pdf);
        assertThat(text).contains("محضر الاجتماع", "اجتماع مشترك بشأن حماية البيانات", "النوع",
                "اجتماع عملياتي مشترك", "الحضور", "أمينة حداد: حاضر", "جدول الأعمال والملاحظات", "القرارات",
                "الإجراءات المطلوبة", "سجل الموافقة", "لم يعمم على الوفود بعد.");
        // The minutes' own Arabic text, with a Latin acronym and numbers inside, comes back in logical order.
        assertThat(text).contains("رحب الرئيس بالوفود وعرض خطة INTERPOL لعام 2031.",
                "يتبادل الطرفان 12 ضابط اتصال قبل نهاية السنة.", "إعداد قائمة جهات الاتصال",
                "2031-03-01 09:00 Europe/Paris");
        assertThat(text).containsSubsequence("1. الافتتاح", "2. تبادل المعلومات");
        // Latin digits throughout, as on the Arabic pages and in the mails (LocalFormats).
        assertThat(text).doesNotContainPattern("[\u0660-\u0669\u06f0-\u06f9]");
        assertThat(PdfText.missingGlyphs(pdf)).as("characters printed as .notdef or unmapped").isZero();
        // The diagonal mark, read glyph by glyph as drawn (left to right): مسودة backwards.
        assertThat(PdfText.diagonalMarks(pdf)).map(mark -> Normalizer.normalize(mark, Normalizer.Form.NFKC))
                .containsOnly(new StringBuilder(MinutesPdf.draftMark(Locale.forLanguageTag("ar"))).reverse().toString())
                .containsOnly("ةدوسم");

        // Right to left: the first line (the heading) ends on the right margin, far from the left one.
        float[] edges = PdfText.firstLineEdges(pdf);
        assertThat(edges[1]).isBetween(595f - 56f - 2f, 595f - 56f + 1f);
        assertThat(edges[0]).isGreaterThan(300f);
    }

    @Test
    void arabicNotesInEnglishMinutesAreShapedTooAndTheLayoutStaysLeftToRight() throws IOException {
        Minutes arabic = arabicMinutes();

        byte[] pdf = MinutesPdf.render(arabic, actions, NOW, Locale.ENGLISH);

        String text = PdfText.normalised(pdf);
        // The decision's full stop is drawn at the Arabic sentence's end (its left), which PDFBox, guessing the
        // direction of a mixed line, reads back at the sentence's start: the words are checked without it.
        assertThat(text).contains("Minutes", "Attendance", "Agenda and notes", "Decision 1.",
                "رحب الرئيس بالوفود وعرض خطة INTERPOL لعام 2031.", "يتبادل الطرفان 12 ضابط اتصال قبل نهاية السنة")
                .doesNotContain("\u200F", "\u200E");
        assertThat(PdfText.drawn(pdf)).as("رحب joined, drawn right to left: final beh, initial hah, reh")
                .contains("\uFE90\uFEA3\uFEAD");
        assertThat(PdfText.missingGlyphs(pdf)).isZero();
        assertThat(PdfText.firstLineEdges(pdf)[0]).isBetween(55f, 58f);
    }

    @Test
    void frenchMinutesHaveFrenchHeadingsAndMark() throws IOException {
        actions.add(action("Share the contact list of liaison officers", europol, "Jan Novák", 1));
        byte[] pdf = MinutesPdf.render(minutes, actions, NOW, Locale.FRANCE);

        String text = PdfText.of(pdf);
        assertThat(text).contains("Procès-verbal", "Type Réunion opérationnelle conjointe", "Début", "Lieu",
                "Édition 4 : Fourth Dialogue", "Statut Projet (non diffusé)", "PROJET : non approuvé.",
                "Liste de présence", "Amina Haddad: Présent", "José Muñoz: Excusé",
                "François Çelik: Présent (présence non annoncée)", "Ordre du jour et notes", "Aucune note.",
                "Décisions", "Décision 1. Both organisations exchange liaison officers. (point 2 de l'ordre du jour)",
                "Suites à donner", "Responsable", "Échéance", "Ouverte", "Procédure d'approbation",
                "Pas encore diffusé aux délégations.", "procès-verbal, révision 1");
        assertThat(PdfText.diagonalMarks(pdf)).containsOnly(MinutesPdf.draftMark(Locale.FRENCH)).containsOnly("PROJET");
        assertThat(PdfText.missingGlyphs(pdf)).isZero();
    }

    @Test
    void spanishMinutesHaveSpanishHeadingsAndMark() throws IOException {
        minutes.circulate(List.of(afripol, europol), DEADLINE, "secretariat.one", NOW);
        byte[] pdf = MinutesPdf.render(minutes, actions, NOW, Locale.forLanguageTag("es-AR"));

        String text = PdfText.of(pdf);
        assertThat(text).contains("Acta", "Tipo Reunión operativa conjunta", "Inicio", "Lugar", "Edición 4: Fourth",
                "Estado Distribuida para aprobación, no aprobada", "BORRADOR: no aprobada.", "Asistencia",
                "José Muñoz: Excusado", "Orden del día y notas", "Sin notas.", "Decisiones",
                "Decisión 1. Both organisations exchange liaison officers. (punto 2 del orden del día)",
                "No se han registrado acciones.", "Registro de aprobación", "Ronda 1", "Sin respuesta aún");
        assertThat(PdfText.diagonalMarks(pdf)).containsOnly("BORRADOR");
    }

    @Test
    void aLanguageWithoutTranslationGivesEnglish() {
        assertThat(MinutesPdf.language(Locale.GERMAN)).isEqualTo(Locale.ENGLISH);
        assertThat(MinutesPdf.language(null)).isEqualTo(Locale.ENGLISH);
        assertThat(MinutesPdf.language(Locale.forLanguageTag("ar-EG"))).isEqualTo(Locale.forLanguageTag("ar"));
        assertThat(MinutesPdf.draftMark(Locale.GERMAN)).isEqualTo(MinutesPdf.DRAFT_MARK);
    }

    /** The number (from 1) of the first page whose text contains the given text. */
    private static int pageOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("\"" + text + "\" is on no page");
    }

    // --- Arabic fixture ---

    private Minutes arabicMinutes() {
        Meeting scheduled = new Meeting(MeetingKind.JOINT_OPERATIONAL_MEETING, "اجتماع مشترك بشأن حماية البيانات",
                TimeSlot.ofLocal(LocalDateTime.of(2031, 3, 1, 9, 0), LocalDateTime.of(2031, 3, 1, 17, 0),
                        ZoneId.of("Europe/Paris")),
                new Venue("المقر", null, "Lyon", "France"));
        setId(Meeting.class, scheduled, 8);
        scheduled.addAgendaItem("الافتتاح", null, Duration.ofMinutes(15), null);
        scheduled.addAgendaItem("تبادل المعلومات", afripol, Duration.ofMinutes(60), null);
        long id = 400;
        for (var item : scheduled.getAgenda()) {
            setId(item.getClass(), item, id++);
        }
        Minutes arabic = Minutes.open(scheduled, "secretariat.one", NOW);
        id = 500;
        for (MinutesItem item : arabic.getItems()) {
            setId(MinutesItem.class, item, id++);
        }
        setId(Minutes.class, arabic, 60);
        arabic.writeNotes(arabic.getItems().get(0).getId(),
                RichText.sanitise("<p>رحب الرئيس بالوفود وعرض خطة INTERPOL لعام 2031.</p>"), "");
        arabic.recordAttendance(List.of(new Attendance("أمينة حداد", afripol, AttendanceStatus.PRESENT, false)));
        arabic.recordDecisions(List.of(new Decision("يتبادل الطرفان 12 ضابط اتصال قبل نهاية السنة.", 401L, null, "")));
        return arabic;
    }

    private ActionItem arabicAction(Minutes arabic) {
        ActionItem action = new ActionItem(arabic);
        action.describe(0, "إعداد قائمة جهات الاتصال", afripol, "أمينة حداد", LocalDate.of(2031, 4, 30), 1, null, "");
        return action;
    }

    // --- fixture ---

    private Minutes draft() {
        Minutes draft = Minutes.open(meeting, "secretariat.one", NOW);
        long id = 300;
        for (MinutesItem item : draft.getItems()) {
            setId(MinutesItem.class, item, id++);
        }
        setId(Minutes.class, draft, 50);
        draft.writeNotes(draft.getItems().get(0).getId(), RichText.sanitise(NOTES), "");
        draft.recordAttendance(attendance());
        draft.recordDecisions(List.of(
                new Decision("Both organisations exchange liaison officers.", 201L, null, ""),
                new Decision("A joint report is written by June.", null, null, "")));
        return draft;
    }

    private List<Attendance> attendance() {
        return List.of(
                new Attendance("Amina Haddad", afripol, AttendanceStatus.PRESENT, false),
                new Attendance("José Muñoz", afripol, AttendanceStatus.EXCUSED, false),
                new Attendance("Jan Novák", europol, AttendanceStatus.PRESENT, false),
                new Attendance("Søren Ødegård", europol, AttendanceStatus.ABSENT, false),
                new Attendance("François Çelik", europol, AttendanceStatus.PRESENT, true));
    }

    private ActionItem action(String title, Organisation owner, String focalPoint, Integer decision) {
        ActionItem action = new ActionItem(minutes);
        action.describe(actions.size(), title, owner, focalPoint, LocalDate.of(2031, 4, 30), decision, null, "");
        assertThat(action.getStatus()).isEqualTo(ActionStatus.OPEN);
        return action;
    }

    private Meeting meeting() {
        Meeting scheduled = new Meeting(MeetingKind.JOINT_OPERATIONAL_MEETING, "Joint meeting on data protection",
                TimeSlot.ofLocal(LocalDateTime.of(2031, 3, 1, 9, 0), LocalDateTime.of(2031, 3, 1, 17, 0),
                        ZoneId.of("Europe/Paris")),
                new Venue("Headquarters", null, "Lyon", "France"));
        setId(Meeting.class, scheduled, 7);
        scheduled.assignToEdition(new DialogueEdition(4, "Fourth Dialogue"));
        scheduled.addAgendaItem("Opening", null, Duration.ofMinutes(15), null);
        scheduled.addAgendaItem("Sécurité des données", europol, Duration.ofMinutes(60), null);
        scheduled.addAgendaItem("Any other business", null, Duration.ofMinutes(10), null);
        long id = 200;
        for (var item : scheduled.getAgenda()) {
            setId(item.getClass(), item, id++);
        }
        scheduled.addParticipant("Amina Haddad", afripol, ParticipantRole.HEAD_OF_DELEGATION);
        scheduled.addParticipant("Jan Novák", europol, ParticipantRole.DELEGATE);
        return scheduled;
    }

    private static Organisation organisation(String acronym, String name, long id) {
        Organisation organisation = new Organisation(acronym, name, OrganisationKind.REGIONAL);
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
